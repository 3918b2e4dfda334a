/** Multi-word glossary forms are matched as phrases: the check on a hit's matched words, and the terms that carry it. */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { indexForms, isTermMatch, queryForm, surfaceForm } from '../../src/lang/index-form';
import { tokenize } from '../../src/lang/tokens';
import { planSearch, type GlossaryTerm, type Term } from '../../src/search/expand';
import { maxInserted, phraseFits } from '../../src/search/phrases';

/** The terms of a glossary form, one phrase. */
const phrase = (form: string, lang: Locale, id = 0): Term[] =>
  tokenize(form).map((t) => ({ stem: queryForm(t.bare, lang), surface: surfaceForm(t.bare, lang), phrase: id }));
const loose = (word: string, lang: Locale): Term => ({ stem: queryForm(word, lang), surface: surfaceForm(word, lang) });

/** What verify() sees for a text: the words Pagefind matches (a stem is a prefix) and the terms each is. */
function fitsIn(text: string, lang: Locale, terms: readonly Term[]): Map<number, Term[]> {
  const words = indexForms(text, lang);
  const fits = new Map<number, Term[]>();
  words.forEach((w, at) => {
    if (terms.some((t) => w.startsWith(t.stem)))
      fits.set(
        at,
        terms.filter((t) => isTermMatch(w, t.stem, t.surface)),
      );
  });
  return fits;
}
const holds = (text: string, lang: Locale, terms: Term[]) => phraseFits(terms, fitsIn(text, lang, terms)) !== null;

// Verbatim from the texts (tip-2023/ru #protection-2, journal-2026/ru #abstract, #discussion-3 and #conclusion-2,
// tip-2020/kk #para-5, mvd-2022/en #para-3 and #para-8).
const authorities =
  'Жертвы торговли людьми, выявленные государственными органами, могут быть направлены в приюты, в основном финансируемые правительством и управляемые НПО. НПО сообщили, что неизвестное число жертв принудительного труда может быть не выявлено и, соответственно, они не получат доступа к услугам из-за удаленного расположения фермерских хозяйств по всей стране.';
const article116 = 'ст. 116 УК РК «Принуждение к изъятию или незаконное изъятие органов и тканей человека»';
// Two fragments of the abstract, one after the other.
const abstract =
  'фиктивные браки и продажа органов. Анализируются ключевые причины распространения этого явления ' +
  'повышению квалификации сотрудников правоохранительных органов';
const removal = 'удаление органов не только для трансплантации';
const kkTransplant = 'полиция органдарды заңсыз трансплантациялау фактісі бойынша';
const sexualAndLabour = 'the number of sexual and labor exploitation victims';
const organized =
  'Eleven individuals were involved in human trafficking, sexual abuse, maintaining of brothels, which is illegal in Kazakhstan, and child sexual abuse, said Kanat Nurmagambetov, head of the department of organized crime control under the interior ministry.';

describe('a multi-word glossary form in a hit', () => {
  it('is not its words anywhere in the passage: «органами» (the authorities) is no organ removal', () => {
    const terms = phrase('удаление органов', 'ru');
    // Every word matches, so without the phrase check this passage was a hit.
    const fits = fitsIn(authorities, 'ru', terms);
    expect(terms.every((t) => [...fits.values()].some((ts) => ts.includes(t)))).toBe(true);
    expect(phraseFits(terms, fits)).toBeNull();
    expect(holds(organized, 'en', phrase('organ trafficking', 'en'))).toBe(false);
  });

  it('is its words in order, inflected', () => {
    expect(holds(article116, 'ru', phrase('изъятие органов', 'ru'))).toBe(true);
    expect(holds(removal, 'ru', phrase('удаление органов', 'ru'))).toBe(true);
    // The same words the other way round are another phrase.
    expect(holds(removal, 'ru', phrase('трансплантация органов', 'ru'))).toBe(false);
  });

  it(`may have up to ${maxInserted} words inserted: an adverb, a possessive, a coordination`, () => {
    expect(holds(kkTransplant, 'kk', phrase('органдарды трансплантациялау', 'kk'))).toBe(true);
    expect(holds('изъятия их органов', 'ru', phrase('изъятие органов', 'ru'))).toBe(true);
    expect(holds(sexualAndLabour, 'en', phrase('sexual exploitation', 'en'))).toBe(true);
    expect(holds('изъятие у него почек и других органов', 'ru', phrase('изъятие органов', 'ru'))).toBe(false);
  });

  it('is found anywhere it occurs, whatever else the passage holds', () => {
    expect(holds(`${authorities} ${removal}`, 'ru', phrase('удаление органов', 'ru'))).toBe(true);
  });

  it('marks its words only where they stand as the phrase, loose words wherever they are', () => {
    const terms = [loose('причины', 'ru'), ...phrase('продажа органов', 'ru')];
    const fits = phraseFits(terms, fitsIn(abstract, 'ru', terms))!;
    const marked = (t: Term) => [...fits].filter(([, ts]) => ts.includes(t)).map(([at]) => tokenize(abstract)[at]!.text);
    expect(marked(terms[0]!)).toEqual(['причины']);
    expect(marked(terms[1]!)).toEqual(['продажа']);
    // Not «правоохранительных органов» (law-enforcement bodies), though the word matches.
    expect(marked(terms[2]!)).toEqual(['органов.']);
    expect(fitsIn(abstract, 'ru', terms).size).toBe(4);
    // Nor a first word that no phrase goes on from.
    const sale = `продажа детей и женщин, ${abstract}`;
    const both = phraseFits(terms, fitsIn(sale, 'ru', terms))!;
    expect([...both].filter(([, ts]) => ts.includes(terms[1]!)).map(([at]) => at)).toEqual([7]);
    expect(tokenize(sale)[7]!.text).toBe('продажа');
  });

  it('is checked for every phrase of the search, and loose words are not', () => {
    const both = [...phrase('удаление органов', 'ru', 0), ...phrase('торговля людьми', 'ru', 3)];
    expect(holds(`${removal} торговля людьми`, 'ru', both)).toBe(true);
    expect(holds(`${removal} торговли и людьми`, 'ru', both)).toBe(true);
    expect(holds(`${removal} людьми, а не торговля`, 'ru', both)).toBe(false);
    // Loose words (typed by the reader) pass wherever they are.
    const typed = [loose('удаление', 'ru'), loose('органов', 'ru')];
    expect(holds(authorities, 'ru', typed)).toBe(true);
  });
});

const glossary: GlossaryTerm[] = [
  {
    id: 'organ-removal',
    forms: { kk: ['ағзаларды алу'], ru: ['изъятие органов', 'удаление органов'], en: ['organ removal'] },
  },
  { id: 'victim', forms: { kk: ['құрбан'], ru: ['жертва'], en: ['victim'] } },
  { id: 'south-korea', forms: { kk: ['Оңтүстік Корея'], ru: ['Южная Корея'], en: ['South Korea'] } },
];
const phrases = (plan: ReturnType<typeof planSearch>, lang: Locale) =>
  plan.searches.find((s) => s.lang === lang)?.alternatives.map((a) => a.map((t) => `${t.stem}:${t.phrase ?? '-'}`).join(' '));

describe('planSearch marks the words of a glossary form as one phrase', () => {
  it('in the languages the glossary supplies, one phrase per query span; one-word forms stay words', () => {
    const plan = planSearch('victims of organ removal', glossary);
    expect(phrases(plan, 'ru')).toEqual(['жертв:- изъят:2 орган:2', 'жертв:- удален:2 орган:2']);
    expect(phrases(plan, 'kk')).toEqual(['курбан:- агза:2 алу:2']);
    const two = planSearch('South Korea organ removal', glossary);
    expect(phrases(two, 'ru')).toEqual(['южн:0 коре:0 изъят:2 орган:2', 'южн:0 коре:0 удален:2 орган:2']);
  });

  it('not in the language the query is typed in: typed words stay loose', () => {
    expect(phrases(planSearch('victims of organ removal', glossary), 'en')).toEqual(['victim:- organ:- remov:-']);
    expect(phrases(planSearch('изъятие органов', glossary), 'ru')).toEqual(['изъят:- орган:-']);
  });
});
