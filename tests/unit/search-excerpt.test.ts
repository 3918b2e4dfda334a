import { describe, expect, it } from 'vitest';
import { inFoldedCopy, kazakhExcerpt, passageAnchors, passageRange, queryTerms } from '../../src/search/excerpt';
import { foldedWords } from '../../src/search/fold';

// Content as Pagefind stores it for a Kazakh page: each cell's folded copy (an indexed attribute,
// followed by ". ") comes before the cell's text.
const cell = (text: string) => `${foldedWords(text)}. ${text}`;
const first = 'А. Байтұрсынұлы атындағы Қостанай өңірлік университеті, Қостанай, Қазақстан.';
const second = 'Л.Н. Гумилев атындағы Еуразия ұлттық университеті, Астана, Қазақстан.';
const content = `© 2026. ${cell(first)} ${cell(second)}`;

describe('query terms for the Kazakh index', () => {
  it('are bare, lower-cased and folded', () => {
    expect(queryTerms('"Өңірлік  университеті"')).toEqual(['онирлик', 'университети']);
    expect(queryTerms('курбан, саудасы')).toEqual(['курбан', 'саудасы']);
  });
});

describe('folded copies in the content', () => {
  it('are found with their markers', () => {
    const tokens = '© ⟦ онир ⟧. өңір ⟦ x ⟧ y'.split(' ');
    expect(inFoldedCopy(tokens)).toEqual([false, true, true, true, false, true, true, true, false]);
  });
});

describe('Kazakh excerpts', () => {
  it('quote the text as written, never its folded copy, and mark what a folded query found', () => {
    const excerpt = kazakhExcerpt(content, queryTerms('онир'));
    expect(excerpt).toContain('Қостанай <mark>өңірлік</mark> университеті');
    expect(excerpt).not.toMatch(/онирлик|⟦|⟧/);
  });
  it('mark a query typed with the proper letters the same way', () => {
    expect(kazakhExcerpt(content, queryTerms('өңірлік'))).toContain('<mark>өңірлік</mark>');
  });
  it('stay within the passage and start a little before the first match', () => {
    // The second passage starts at its cell, with the cell's folded copy.
    const from = content.split(/\s+/).lastIndexOf('⟦');
    const excerpt = kazakhExcerpt(content, queryTerms('ұлттық'), { from });
    expect(excerpt.startsWith('Л.Н. Гумилев')).toBe(true);
    expect(excerpt).toContain('<mark>ұлттық</mark>');
    const short = kazakhExcerpt(content, queryTerms('астана'), { from, length: 4 });
    expect(short).toBe('… ұлттық университеті, <mark>Астана,</mark> Қазақстан.');
  });
  it('escape the text', () => {
    expect(kazakhExcerpt('a <b> & құрбан', ['курбан'])).toBe('a &lt;b&gt; &amp; <mark>құрбан</mark>');
  });
});

describe('passages', () => {
  const anchors = passageAnchors([
    { element: 'div', id: 'b', title: 'B', location: 40 },
    { element: 'a', id: 'fnref-1', location: 20 },
    { element: 'div', id: 'a', title: 'A', location: 10 },
  ]);
  it('are the titled anchors, in page order', () => {
    expect(anchors.map((a) => a.id)).toEqual(['a', 'b']);
  });
  it('run from their anchor to the next one', () => {
    expect(passageRange(anchors, 10)).toEqual({ from: 10, to: 40 });
    expect(passageRange(anchors, 40)).toEqual({ from: 40, to: undefined });
    expect(passageRange(anchors, undefined)).toEqual({ from: 0, to: 10 });
  });
});
