import { describe, expect, it } from 'vitest';
import { atom, atomDate } from '../../src/derive/feed';

describe('Atom feed', () => {
  const feed = atom({
    url: 'https://site/ru/feed.xml',
    home: 'https://site/ru/',
    lang: 'ru',
    title: 'Торговля людьми & источники',
    subtitle: 'Описание',
    entries: [
      { url: 'https://site/ru/a/', title: 'Старое', date: '2020-06', summary: 'A < B', category: 'Новость' },
      { url: 'https://site/ru/b/', title: 'Новое', date: '2023-06-30', summary: 'Text', summaryLang: 'en', category: 'Глава' },
    ],
  });
  it('lists entries newest first, with the newest date as the feed’s', () => {
    expect(feed.indexOf('Новое')).toBeLessThan(feed.indexOf('Старое'));
    expect(feed).toContain('<updated>2023-06-30T00:00:00Z</updated>');
  });
  it('escapes text and declares a summary’s other language', () => {
    expect(feed).toContain('<title>Торговля людьми &amp; источники</title>');
    expect(feed).toContain('<summary>A &lt; B</summary>');
    expect(feed).toContain('<summary xml:lang="en">Text</summary>');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru">');
  });
  it('turns partial dates into timestamps', () => {
    expect(atomDate('2026')).toBe('2026-01-01T00:00:00Z');
    expect(atomDate('2022-11')).toBe('2022-11-01T00:00:00Z');
  });
});
