/** Query expansion through the glossary: what each language is asked, and the switches. */
import { describe, expect, it } from 'vitest';
import { allButOnePlan, expansionKey, planSearch, type GlossaryTerm } from '../../src/search/expand';

const glossary: GlossaryTerm[] = [
  { id: 'south-korea', forms: { kk: ['Оңтүстік Корея'], ru: ['Южная Корея', 'Республика Корея'], en: ['South Korea'] } },
  { id: 'victim', forms: { kk: ['құрбан'], ru: ['жертва'], en: ['victim'] } },
  { id: 'forced-labour', forms: { kk: ['мәжбүрлі еңбек'], ru: ['принудительный труд'], en: ['forced labour', 'forced labor'] } },
  { id: 'laos', forms: { kk: ['Лаос'], ru: ['Лаос'], en: ['Laos'] } },
];
const stems = (plan: ReturnType<typeof planSearch>, lang: string) =>
  plan.searches.find((s) => s.lang === lang)?.alternatives.map((a) => a.map((t) => t.stem).join(' '));

describe('glossary expansion', () => {
  it('asks the other languages for the glossary equivalents of an English query', () => {
    const plan = planSearch('South Korea victims', glossary);
    expect(plan.expansions.map((e) => `${e.label} (${e.lang})`)).toEqual([
      'Оңтүстік Корея (kk)',
      'Южная Корея (ru)',
      'құрбан (kk)',
      'жертва (ru)',
    ]);
    expect(stems(plan, 'en')).toEqual(['south korea victim']);
    expect(stems(plan, 'kk')).toEqual(['онтустик корея курбан']);
    // Every Russian form is searched: one alternative per form.
    expect(stems(plan, 'ru')).toEqual(['южн коре жертв', 'республик коре жертв']);
  });
  it('recognises inflected and differently spelled forms of a term', () => {
    expect(planSearch('Южной Корее', glossary).expansions.map((e) => e.lang)).toEqual(['kk', 'en']);
    expect(planSearch('Оңтүстік Кореядағы құрбандар', glossary).expansions.map(expansionKey)).toEqual([
      'south-korea.ru',
      'south-korea.en',
      'victim.ru',
      'victim.en',
    ]);
    expect(planSearch('forced labor', glossary).expansions.map(expansionKey)).toEqual(['forced-labour.kk', 'forced-labour.ru']);
  });
  it('drops a switched-off expansion: that language is asked only what it could read as typed', () => {
    const plan = planSearch('South Korea victims', glossary, '', new Set(['south-korea.ru']));
    expect(plan.expansions.find((e) => expansionKey(e) === 'south-korea.ru')?.on).toBe(false);
    expect(stems(plan, 'ru')).toEqual(['жертв']);
  });
  it('does not ask a language for words it cannot be written in, and keeps numbers everywhere', () => {
    const plan = planSearch('pretrial 2022', glossary);
    expect(plan.expansions).toEqual([]);
    expect(stems(plan, 'en')).toEqual(['pretrial 2022']);
    expect(stems(plan, 'ru')).toEqual(['2022']);
  });
  it('asks one language only when the reader chose one', () => {
    const plan = planSearch('Laos', glossary, 'ru');
    expect(plan.searches.map((s) => s.lang)).toEqual(['ru']);
    expect(stems(plan, 'ru')).toEqual(['лаос']);
  });
});

describe('all but one word (a query no passage has whole)', () => {
  it('asks each language for the query with each word left out in turn, once each', () => {
    const plan = allButOnePlan('Laos victims qqqq', glossary)!;
    expect(plan.expansions).toEqual([]);
    expect(stems(plan, 'en')).toEqual(['victim qqqq', 'lao qqqq', 'lao victim']);
    // Glossary equivalents still apply in the other languages; a word they cannot hold is not asked.
    expect(stems(plan, 'ru')).toEqual(['жертв', 'лаос', 'лаос жертв']);
    expect(stems(plan, 'kk')).toEqual(['курбан', 'лаос', 'лаос курбан']);
  });

  it('keeps the language the reader chose, and gives nothing for one word or a long query', () => {
    expect(allButOnePlan('Laos victims', glossary, 'ru')!.searches.map((s) => s.lang)).toEqual(['ru']);
    expect(allButOnePlan('Laos', glossary)).toBeNull();
    expect(allButOnePlan('one two three four five six seven', glossary)).toBeNull();
  });
});

describe('stop words', () => {
  it('are not required: the words that carry meaning find the passage', () => {
    expect(stems(planSearch('жертвы в Южной Корее', glossary), 'ru')).toEqual(['жертв южн кор']);
    expect(stems(planSearch('Лаос мен Оңтүстік Корея', glossary), 'kk')).toEqual(['лаос онтустик корея']);
    expect(stems(planSearch('victims of South Korea', glossary), 'en')).toEqual(['victim south korea']);
  });

  it('are searched when the query has nothing else', () => {
    expect(stems(planSearch('of the', glossary), 'en')).toEqual(['of the']);
  });

  it('of a glossary form are not searched either; its other words stay one phrase', () => {
    const trafficking: GlossaryTerm = {
      id: 'human-trafficking',
      forms: { kk: ['адам саудасы'], ru: ['торговля людьми'], en: ['trafficking in persons'] },
    };
    const en = planSearch('торговля людьми', [trafficking]).searches.find((s) => s.lang === 'en')!;
    expect(en.alternatives.map((a) => a.map((t) => t.stem))).toEqual([['traffick', 'person']]);
    expect(new Set(en.alternatives[0]!.map((t) => t.phrase)).size).toBe(1);
    expect(en.alternatives[0]![0]!.phrase).toBeDefined();
  });
});

describe('names the glossary does not know', () => {
  it('are searched in the other script too: a capitalised name spelt across, an acronym as written', () => {
    const zhusan = planSearch('Zhusan', glossary);
    expect(stems(zhusan, 'en')).toEqual(['zhusan']);
    expect(stems(zhusan, 'kk')).toEqual(['жусан']);
    expect(stems(planSearch('USAID', glossary), 'ru')).toEqual(['usaid']);
    expect(stems(planSearch('Ахметжанов', glossary), 'en')).toEqual(['akhmetzhanov']);
  });

  it('never make the other words fail: each language is asked with the name and without it', () => {
    const plan = planSearch('Xinjiang forced labour', glossary);
    expect(stems(plan, 'en')).toEqual(['xinjiang forc labor']);
    expect(stems(plan, 'ru')).toEqual(['принудительн труд', 'ксинжианг принудительн труд']);
    // A lower-case common word is no name: not spelt across.
    expect(stems(planSearch('shelter', glossary), 'ru')).toBeUndefined();
  });
});
