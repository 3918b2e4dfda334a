import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/i18n';

describe('UI dictionaries', () => {
  it('quote with «…» in Kazakh and Russian, never “…” or „…“', () => {
    for (const l of ['kk', 'ru'] as const)
      for (const [key, value] of Object.entries(dictionaries[l])) expect(value, `${l} ${key}`).not.toMatch(/[“”„]/);
  });
  it('use no non-standard abbreviation for Kazakhstan', () => {
    for (const l of ['kk', 'ru'] as const)
      for (const [key, value] of Object.entries(dictionaries[l]))
        expect(value, `${l} ${key}`).not.toMatch(/(?<!\p{L})(ҚЗ|КЗ)(?!\p{L})/u);
  });
  it('say "шек" (a bound), not "шекара" (a border), in Kazakh', () => {
    for (const [key, value] of Object.entries(dictionaries.kk)) expect(value, key).not.toMatch(/шекара/);
  });
});
