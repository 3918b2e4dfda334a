/** Names across scripts (src/lang/scripts.ts): the spellings the search tries for names the glossary lacks. */
import { describe, expect, it } from 'vitest';
import { cyrillicSpelling, latinSpelling, nameAcrossScripts } from '../../src/lang/scripts';

describe('names across scripts', () => {
  it('spells Latin names in Cyrillic and Cyrillic names in Latin, digraphs first', () => {
    expect(cyrillicSpelling('zhusan')).toBe('жусан');
    expect(cyrillicSpelling('altyn')).toBe('алтын');
    expect(cyrillicSpelling('akhmetzhanov')).toBe('ахметжанов');
    expect(latinSpelling('ахметжанов')).toBe('akhmetzhanov');
    expect(latinSpelling('нұрмағамбетов')).toBe('nurmagambetov');
    expect(latinSpelling('жусан')).toBe('zhusan');
  });

  it('takes capitalised words as names, keeps Latin acronyms as written, and leaves other words alone', () => {
    expect(nameAcrossScripts('Zhusan', 'zhusan', false)).toBe('жусан');
    expect(nameAcrossScripts('USAID', 'usaid', false)).toBe('usaid');
    expect(nameAcrossScripts('«Жусан»', 'жусан', true)).toBe('zhusan');
    expect(nameAcrossScripts('shelter', 'shelter', false)).toBeNull();
    // An address is written in Latin letters in any text, whatever its case.
    expect(nameAcrossScripts('Polisia.kz', 'polisia.kz', false)).toBe('polisia.kz');
    expect(nameAcrossScripts('adilet.zan.kz', 'adilet.zan.kz', false)).toBe('adilet.zan.kz');
    expect(nameAcrossScripts('labour.', 'labour', false)).toBeNull();
    expect(nameAcrossScripts('Жусан', 'жусан', false)).toBeNull();
    expect(nameAcrossScripts('Zhusan', 'zhusan', true)).toBeNull();
  });
});
