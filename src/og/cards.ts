import type { Corpus } from '../schemas/corpus';
import { useTranslations } from '../i18n';
import { locales, type Locale } from '../i18n/locales';
import { trimAtWord } from '../i18n/format';
import { preferredQuote } from '../derive/findings';
import { heldLanguages } from '../derive/reader';
import type { CardText } from './card';

type Rec = Corpus['recommendations'][number];
type Source = Corpus['sources'][number];

/** A recommendation's card: its number, its own words (verbatim, in the page's language where held), source, year. */
export function recommendationCard(corpus: Corpus, rec: Rec, locale: Locale): CardText {
  const t = useTranslations(locale);
  const source = corpus.sources.find((s) => s.id === rec.source)!;
  const own = preferredQuote(rec.text, locale);
  const heading = t(rec.type === 'commitment' ? 'rec.commitment' : 'rec.recommendation', { number: rec.number });
  return {
    // The words are never translated: where the page's language is not held, the card says which it is in.
    eyebrow: own.lang === locale ? heading : `${heading} · ${t(`lang.in.${own.lang}`)}`,
    title: trimAtWord(own.text, 200),
    source: source.label[locale],
    year: source.published.slice(0, 4),
    languagesLabel: t('source.languages'),
    languages: locales.filter((l) => rec.text[l]).map((l) => t(`lang.${l}`)),
    site: t('site.short'),
  };
}

/**
 * A source's card: its kind, title in the page's language (or its label), our summary, publisher (or
 * authors), year, versions held.
 */
export function sourceCard(source: Source, locale: Locale): CardText {
  const t = useTranslations(locale);
  const title = source.title[locale] ?? source.label[locale];
  const inLocale = (names: Partial<Record<Locale, string>> | null | undefined) =>
    names ? (names[locale] ?? locales.map((l) => names[l]).find(Boolean)) : undefined;
  const byline = inLocale(source.publisher) ?? (source.authors.map(inLocale).filter(Boolean).join(', ') || undefined);
  return {
    eyebrow: t(`kind.${source.kind}`),
    title,
    summary: trimAtWord(source.summary[locale], 180),
    source: title !== source.label[locale] ? source.label[locale] : (byline ?? ''),
    year: source.published.slice(0, 4),
    languagesLabel: t('source.languages'),
    languages: heldLanguages(source).map((l) => t(`lang.${l}`)),
    site: t('site.short'),
  };
}
