import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { namePassages, passageTitle } from '../../src/derive/passages';
import type { Row } from '../../src/derive/reader';

const seg = (id: string, kind: Row['kind'], section: string, text: string, depth?: number) => ({
  id,
  kind,
  section,
  ...(depth ? { depth } : {}),
  text,
  html: text,
});
const row = (id: string, kind: Row['kind'], section: string, texts: Record<string, string>, depth?: number): Row => ({
  id,
  kind,
  section,
  ...(depth ? { depth } : {}),
  cells: Object.fromEntries(Object.entries(texts).map(([l, text]) => [l, seg(id, kind, section, text, depth)])),
  units: [],
});
const rows: Row[] = [
  row('title', 'heading', 'title', { ru: 'Отчёт', kk: 'Есеп' }, 1),
  row('byline', 'paragraph', 'title', { ru: 'Корреспондент' }),
  row('para-1', 'paragraph', 'title', { ru: 'Первый.' }),
  row('protection', 'heading', 'protection', { ru: 'ЗАЩИТА', kk: 'ҚОРҒАУ' }, 2),
  row('protection-1', 'paragraph', 'protection', { ru: 'А.', kk: 'А.' }),
  row('recommendation-1', 'list-item', 'protection', { ru: 'Б.' }),
  row('protection-2', 'paragraph', 'protection', { ru: 'В.', kk: 'В.' }),
];

describe('passage names', () => {
  it('names passages by section heading and place, never by id', () => {
    const name = namePassages(rows, useTranslations('kk'));
    expect(passageTitle(name('protection-2', ['kk', 'ru']))).toBe('ҚОРҒАУ, 2-абзац');
    expect(passageTitle(name('recommendation-1', ['kk', 'ru']))).toBe('ҚОРҒАУ, 1-тармақ');
    const ru = namePassages(rows, useTranslations('ru'));
    expect(passageTitle(ru('protection-2', ['ru']))).toBe('ЗАЩИТА, абзац 2');
    expect(passageTitle(ru('protection', ['ru']))).toBe('ЗАЩИТА');
  });
  it('does not repeat the document title as a section', () => {
    const name = namePassages(rows, useTranslations('en'));
    expect(name('para-1', ['en', 'ru'])).toEqual({ section: undefined, place: 'paragraph 2' });
    expect(name('title', ['en', 'ru']).place).toBe('');
    expect(passageTitle(name('title', ['en', 'ru']))).toBe('Отчёт');
  });
});
