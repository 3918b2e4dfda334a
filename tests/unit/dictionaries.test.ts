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

/** The `{name}` placeholders and the plural blocks of a message (top level). */
function shape(message: string) {
  const names = new Set<string>();
  const plurals: string[][] = [];
  for (const m of message.matchAll(/\{(\w+)(?:\s*,\s*plural\s*,((?:[^{}]|\{[^{}]*\})*))?\}/g)) {
    names.add(m[1]!);
    if (m[2] !== undefined) plurals.push([...m[2].matchAll(/([\w=]+)\s*\{/g)].map((o) => o[1]!));
  }
  return { names, plurals };
}

describe('kk and ru messages fit the code that fills them', () => {
  for (const l of ['kk', 'ru'] as const) {
    it(`${l}: uses only placeholders the English message has (and {langIn} beside {lang})`, () => {
      for (const [key, value] of Object.entries(dictionaries[l])) {
        const allowed = shape(dictionaries.en[key as keyof typeof dictionaries.en]).names;
        if (allowed.has('lang')) allowed.add('langIn');
        for (const name of shape(value).names) expect(allowed, `${l} ${key}: {${name}}`).toContain(name);
      }
    });
    it(`${l}: every counted noun has each plural form the language needs`, () => {
      const categories = new Intl.PluralRules(l).resolvedOptions().pluralCategories;
      for (const [key, value] of Object.entries(dictionaries[l]))
        for (const options of shape(value).plurals) {
          expect(options, `${l} ${key}`).toContain('other');
          // One form for every number is an invariable noun ("# тенге"); otherwise all of them.
          if (options.length > 1) for (const c of categories) expect(options, `${l} ${key}: ${c}`).toContain(c);
          for (const o of options) if (!o.startsWith('=')) expect(categories, `${l} ${key}: ${o}`).toContain(o);
        }
    });
    it(`${l}: no straight double quotes (Kazakh and Russian quote with «…»)`, () => {
      for (const [key, value] of Object.entries(dictionaries[l])) expect(value, `${l} ${key}`).not.toMatch(/"/);
    });
  }
});
