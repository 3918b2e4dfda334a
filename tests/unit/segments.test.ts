import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/corpus/segments';

const doc = (body: string, front = 'source: tip-2023\nlang: ru') => `---\n${front}\n---\n\n${body}`;

describe('parseText', () => {
  it('turns every block into a segment with its id, kind, section and line', () => {
    const { segments, problems } = parseText(
      doc(
        `# Title {#title}\n\nIntro text. {#intro}\n\n## Protection {#protection}\n\n- First. {#rec-1}\n- Second. {#rec-2}\n\nBody.[^1] {#protection-1}\n\n[^1]: A note. {#fn-1}\n`,
      ),
    );
    expect(problems).toEqual([]);
    expect(segments.map(({ id, kind, section, line, depth }) => ({ id, kind, section, line, depth }))).toEqual([
      { id: 'title', kind: 'heading', section: 'title', line: 6, depth: 1 },
      { id: 'intro', kind: 'paragraph', section: 'title', line: 8, depth: undefined },
      { id: 'protection', kind: 'heading', section: 'protection', line: 10, depth: 2 },
      { id: 'rec-1', kind: 'list-item', section: 'protection', line: 12, depth: undefined },
      { id: 'rec-2', kind: 'list-item', section: 'protection', line: 13, depth: undefined },
      { id: 'protection-1', kind: 'paragraph', section: 'protection', line: 15, depth: undefined },
      { id: 'fn-1', kind: 'footnote', section: 'notes', line: 17, depth: undefined },
    ]);
  });

  it('puts blocks before the first heading in the section "front"', () => {
    expect(parseText(doc('Masthead. {#journal}\n\n## T {#title}\n')).segments[0]!.section).toBe('front');
  });

  it('removes the marker from text and HTML', () => {
    const [segment] = parseText(doc('Полиция начала расследования по 26 случаям. {#prosecution-2}')).segments;
    expect(segment!.text).toBe('Полиция начала расследования по 26 случаям.');
    expect(segment!.html).toBe('Полиция начала расследования по 26 случаям.');
  });

  it('links a footnote reference to the footnote segment', () => {
    const { segments } = parseText(
      doc('Text<sup>1</sup>[^*] more. {#authors}\n\n[^*]: автор для корреспонденции. {#fn-corresponding}'),
    );
    expect(segments[0]!.html).toBe('Text<sup>1</sup><sup><a href="#fn-corresponding" data-footnote-ref="">*</a></sup> more.');
    expect(segments[0]!.text).toBe('Text1* more.');
  });

  it('keeps line breaks inside a paragraph', () => {
    const [segment] = parseText(doc('First sentence\nSecond sentence {#para-1}')).segments;
    expect(segment!.html).toBe('First sentence<br>\nSecond sentence');
  });

  it('sanitises raw HTML: keeps <sup>, drops scripts, handlers and javascript: links', () => {
    const [segment] = parseText(
      doc('A<sup onclick="x()">2</sup><script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)> {#p}'),
    ).segments;
    expect(segment!.html).toBe('A<sup>2</sup> <a>x</a>');
  });

  it('keeps links and e-mail links', () => {
    const [segment] = parseText(doc('See <https://doi.org/10.1/x> or [a@b.kz](mailto:a@b.kz). {#p}')).segments;
    expect(segment!.html).toBe(
      'See <a href="https://doi.org/10.1/x">https://doi.org/10.1/x</a> or <a href="mailto:a@b.kz">a@b.kz</a>.',
    );
  });

  it('reports unsupported blocks and missing markers with their lines', () => {
    const { problems } = parseText(doc('> quoted {#q}\n\nNo marker here.\n\n```\ncode\n```'));
    expect(problems).toEqual([
      { line: 6, message: 'unsupported block (blockquote); use headings, paragraphs, lists and footnotes' },
      { line: 8, message: 'paragraph has no segment id: end it with {#some-id}' },
      { line: 10, message: 'unsupported block (code); use headings, paragraphs, lists and footnotes' },
    ]);
  });

  it('reports missing or broken front matter', () => {
    expect(parseText('Text {#p}').problems).toEqual([{ line: 1, message: 'front matter (--- source, lang ---) is missing' }]);
    expect(parseText('---\nsource: [\n---\nText {#p}').problems[0]!.message).toMatch(/^front matter is not valid YAML/);
  });
});
