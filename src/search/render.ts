/**
 * Drawing the search page's results: one item per destination, titled by source and section in the
 * reader's language, the matched passage in its language with the translation beside it, or a note
 * that the source exists only in that language. Strings come from the dictionary (`search.` keys).
 */
import type { Locale } from '../i18n/locales';
import { excerpt, opening, sentenceText } from './excerpt';
import type { Hit } from './engine';
import { groupOf, type Result } from './merge';

/** What the page knows about the corpus to name hits (built by the search page, see catalogue.ts). */
export interface Catalogue {
  sources: Record<string, string>;
  /** Section headings by source, section and language (as the texts write them). */
  sections: Record<string, Record<string, Partial<Record<Locale, string>>>>;
  /** Our labels of sections, in the page's language, by source and section: only where the source has no heading in it. */
  labels: Record<string, Record<string, string>>;
  /** Places of passages in their section, as the reader names them ("paragraph 2"), by destination. */
  places: Record<string, string>;
  /** Titles of figures and recommendations in the page's language, by destination. */
  titles: Record<string, string>;
  /** Languages each source is published in. */
  versions: Record<string, Locale[]>;
}

/** A message from the dictionary with `{name}` filled in (a function replacement: `$&` in a value stays as typed). */
export type Say = (key: string, values?: Record<string, string | number>) => string;
export function sayer(messages: Record<string, string>): Say {
  return (key, values = {}) =>
    (messages[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

const languageList = (langs: readonly Locale[], say: Say) => langs.map((l) => say(`lang.${l}`)).join(', ');
/** A language for a message, as a name ("русский") and as a phrase ("на русском языке"): each language's grammar picks one. */
const languageOf = (lang: Locale, say: Say) => ({ lang: say(`lang.${lang}`), langIn: say(`lang.in.${lang}`) });

/**
 * The title of a result: source and section (never a machine id), or the figure's or recommendation's title.
 * The section is named by the source's heading in the reader's language, else by our label in it, else
 * (content without a label) by the heading in the hit's language.
 */
export function titleOf(hit: Hit, catalogue: Catalogue, locale: Locale, say: Say): { text: string; lang?: Locale } {
  if (hit.kind !== 'segment') return { text: catalogue.titles[hit.unit] ?? catalogue.sources[hit.source] ?? hit.unit };
  const headings = (hit.section && catalogue.sections[hit.source]?.[hit.section]) || {};
  const label = hit.section ? catalogue.labels[hit.source]?.[hit.section] : undefined;
  const headingLang = headings[locale] || label ? locale : hit.lang;
  const heading = headings[locale] ?? label ?? headings[hit.lang];
  const place = catalogue.places[hit.unit] ?? (hit.position ? say('search.paragraph', { n: hit.position }) : '');
  return {
    text: [catalogue.sources[hit.source] ?? hit.source, heading, place].filter(Boolean).join(' · '),
    lang: heading ? headingLang : locale,
  };
}

/**
 * The sentence holding most of the query's terms (then most matched words; the first of equals), or null
 * for a hit without sentences: «тексеруге мораторийлер» opens the sentence with both words, not the one
 * that repeats «тексеріс» three times.
 */
export function bestSentence(hit: Pick<Hit, 'sentences' | 'positions'> & Partial<Pick<Hit, 'matched'>>): string | null {
  if (!hit.sentences.length) return null;
  const scores = hit.sentences.map((s, i) => {
    const end = hit.sentences[i + 1]?.at ?? Infinity;
    const inside = hit.positions.filter((p) => p >= s.at && p < end);
    const terms = new Set(inside.map((p) => hit.matched?.[p] ?? p));
    return [terms.size, inside.length] as const;
  });
  let best = 0;
  scores.forEach(([terms, words], i) => {
    if (terms > scores[best]![0] || (terms === scores[best]![0] && words > scores[best]![1])) best = i;
  });
  return scores[best]![1] > 0 ? hit.sentences[best]!.id : null;
}

/** The link of a hit in the reader's interface language, at the sentence holding its words, with the words to mark. */
export function hitLink(hit: Hit, locale: Locale, words: readonly string[]): string {
  const [path, passage] = hit.url.replace(/^\/[a-z]{2}\//, `/${locale}/`).split('#');
  const hash = (hit.sentences && bestSentence(hit)) || passage;
  const params = new URLSearchParams();
  for (const w of words) params.append('highlight', w);
  const query = params.toString();
  return `${path}${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One result item. */
export function renderResult(result: Result, catalogue: Catalogue, locale: Locale, say: Say): HTMLLIElement {
  const best = result.hits[result.langs[0]!]!;
  const item = element('li');
  item.dataset.hitLang = best.lang;
  item.dataset.hitLangs = result.langs.join(' ');
  item.dataset.unit = result.unit;
  const title = titleOf(best, catalogue, locale, say);
  const link = element('a', undefined, title.text);
  if (title.lang && title.lang !== locale) link.lang = title.lang;
  link.href = hitLink(best, locale, [...new Set(best.terms.map((t) => t.surface))]);
  const about = element('span', 'hit-about');
  about.append(element('span', 'hit-kind', say(`search.hitKind.${best.kind}`)), ' ');
  about.append(element('span', 'hit-lang', say('search.matchedIn', { langs: languageList(result.langs, say) })));
  item.append(link, ' ', about);

  const texts = element('div', 'hit-texts');
  for (const lang of result.langs) {
    const hit = result.hits[lang]!;
    const quote = element('p', 'hit-text');
    quote.lang = lang;
    // Escaped text from our own index, with <mark> around the matched words (excerpt.ts).
    quote.innerHTML = excerpt(hit.text, hit.positions);
    texts.append(quote);
  }
  // Beside a hit in another language: the passage in the reader's language, where the source has it.
  if (!result.hits[locale]) {
    const translation = best.translation;
    if (translation) {
      // The sentence aligned with the one the hit opens, where the reader has aligned them; else the opening.
      const sentence = bestSentence(best);
      const aligned = sentence && sentenceText(translation.text, translation.sentences, sentence);
      const beside = element('p', 'hit-translation');
      beside.lang = locale;
      beside.append(
        element('span', 'hit-label', `${say('search.translation', languageOf(locale, say))}: `),
        opening(aligned || translation.text, aligned ? 45 : 30),
      );
      texts.append(beside);
    } else {
      // The languages this passage exists in (not the source's: a passage may be in fewer languages).
      const held = [...new Set([...result.langs, ...best.langs])];
      const others = held.filter((l) => !result.langs.includes(l));
      const single = (catalogue.versions[best.source] ?? []).length <= 1;
      const note = others.length
        ? say('search.alsoIn', { ...languageOf(locale, say), langs: languageList(others, say) })
        : held.length > 1
          ? say('search.notIn', languageOf(locale, say))
          : say(single ? 'search.onlyIn' : 'search.passageOnlyIn', languageOf(best.lang, say));
      texts.append(element('p', 'hit-note', note));
    }
  }
  item.append(texts);
  return item;
}

/** Results in two groups: the source passages, then figures and recommendations. */
export function renderGroups(
  results: readonly Result[],
  catalogue: Catalogue,
  locale: Locale,
  say: Say,
  into: HTMLElement,
): void {
  into.replaceChildren();
  for (const group of ['segment', 'derived'] as const) {
    const members = results.filter((r) => groupOf(r.kind) === group);
    if (!members.length) continue;
    const section = element('section', 'hit-group');
    section.dataset.group = group;
    const heading = element('h2', undefined, say(`search.group.${group}`));
    const list = element('ol', 'search-results');
    list.dataset.searchResults = '';
    for (const r of members) list.append(renderResult(r, catalogue, locale, say));
    section.append(heading, list);
    into.append(section);
  }
}
