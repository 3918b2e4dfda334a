/**
 * The whole corpus, with the rules that join its collections: alignment of language versions,
 * segment references, verbatim quotes and the numbers read from them.
 */
import { z } from 'astro/zod';
import { figureMeaningRule } from '../corpus/rules/figure-meaning';
import { containsVerbatim } from '../derive/numbers';
import type { Locale } from '../i18n/locales';
import type { SourceId } from './common';
import type { TimelineEvent } from './event';
import type { Figure } from './figure';
import type { Metric } from './metric';
import type { Recommendation, Theme } from './recommendation';
import type { Source } from './source';
import type { Segment, TextEntry } from './text';

/** Every entry keeps the id and file it came from, so a rule can name them. */
export type Located<T> = T & { id: string; file: string };

export interface Corpus {
  sources: Located<Source>[];
  texts: Located<TextEntry>[];
  metrics: Located<Metric>[];
  themes: Located<Theme>[];
  figures: Located<Figure>[];
  recommendations: Located<Recommendation>[];
  events: Located<TimelineEvent>[];
}

type Context = z.core.$RefinementCtx<Corpus>;

/** Segments of one source, by language and id. */
export function segmentIndex(texts: Corpus['texts']): Map<string, Map<Locale, Map<string, Segment>>> {
  const index = new Map<string, Map<Locale, Map<string, Segment>>>();
  for (const text of texts) {
    const byLang = index.get(text.source) ?? new Map();
    byLang.set(text.lang, new Map(text.segments.map((s) => [s.id, s])));
    index.set(text.source, byLang);
  }
  return index;
}

function checkUniqueIds(corpus: Corpus, ctx: Context) {
  for (const collection of ['figures', 'recommendations'] as const) {
    corpus[collection].forEach((entry, i) => {
      // Permalinks say where they come from: "tip-2023-r4", "mvd-2022-pretrial-investigations-2021".
      if (!entry.id.startsWith(`${entry.source}-`))
        ctx.addIssue({
          code: 'custom',
          path: [collection, i, 'id'],
          message: `id "${entry.id}" must start with its source id "${entry.source}-"`,
        });
    });
  }
  for (const collection of ['figures', 'recommendations', 'events'] as const) {
    const first = new Map<string, string>();
    corpus[collection].forEach((entry, i) => {
      const previous = first.get(entry.id);
      if (previous)
        ctx.addIssue({ code: 'custom', path: [collection, i, 'id'], message: `id "${entry.id}" is already used in ${previous}` });
      else first.set(entry.id, entry.file);
    });
  }
}

function checkTexts(corpus: Corpus, ctx: Context) {
  const sources = new Map(corpus.sources.map((s) => [s.id, s]));
  const seen = new Set<string>();
  corpus.texts.forEach((text, i) => {
    const source = sources.get(text.source);
    if (!source)
      ctx.addIssue({ code: 'custom', path: ['texts', i, 'source'], message: `no source "${text.source}" in content/sources/` });
    else if (!source.versions[text.lang])
      ctx.addIssue({
        code: 'custom',
        path: ['texts', i, 'lang'],
        message: `source "${text.source}" does not list a "${text.lang}" version in its "versions"`,
      });
    seen.add(`${text.source}/${text.lang}`);
  });
  corpus.sources.forEach((source, i) => {
    for (const lang of Object.keys(source.versions))
      if (!seen.has(`${source.id}/${lang}`))
        ctx.addIssue({
          code: 'custom',
          path: ['sources', i, 'versions', lang],
          message: `lists a "${lang}" version but content/texts/${source.id}/${lang}.md does not exist`,
        });
  });
}

/** Every language version of a source has the same segment ids, unless it declares them absent. */
function checkAlignment(corpus: Corpus, ctx: Context) {
  const bySource = Map.groupBy(
    corpus.texts.map((text, i) => ({ text, i })),
    ({ text }) => text.source,
  );
  for (const versions of bySource.values()) {
    if (versions.length < 2) continue;
    const allIds = new Set(versions.flatMap(({ text }) => text.segments.map((s) => s.id)));
    for (const { text, i } of versions) {
      const own = new Map(text.segments.map((s) => [s.id, s]));
      const declared = new Set(text.absent);
      const otherIds = new Set(
        versions.filter((v) => v.text !== text).flatMap((v) => v.text.segments.flatMap((s) => [s.id, s.section])),
      );
      for (const id of allIds) {
        const segment = own.get(id);
        if (segment) {
          const other = versions
            .map((v) => ({ lang: v.text.lang, s: v.text.segments.find((s) => s.id === id) }))
            .find((v) => v.s && v.s.kind !== segment.kind);
          if (other)
            ctx.addIssue({
              code: 'custom',
              path: ['texts', i, 'segments', id],
              message: `is a ${segment.kind} here (line ${segment.line}) but a ${other.s!.kind} in the ${other.lang} version (line ${other.s!.line})`,
            });
          continue;
        }
        const sectionOfId = versions.flatMap((v) => v.text.segments).find((s) => s.id === id)!.section;
        if (!declared.has(id) && !declared.has(sectionOfId))
          ctx.addIssue({
            code: 'custom',
            path: ['texts', i, 'segments', id],
            message: `segment "${id}" exists in another language version but not here; add its translation or list "${id}" under "absent"`,
          });
      }
      text.absent.forEach((id, k) => {
        if (own.has(id))
          ctx.addIssue({
            code: 'custom',
            path: ['texts', i, 'absent', k],
            message: `"${id}" is declared absent but this version has it`,
          });
        else if (!otherIds.has(id))
          ctx.addIssue({
            code: 'custom',
            path: ['texts', i, 'absent', k],
            message: `"${id}" is declared absent but no other language version has a segment or section with that id`,
          });
      });
    }
  }
}

/** A quote must occur verbatim in the segment of its language; returns the problem or null. */
function quoteProblem(
  index: ReturnType<typeof segmentIndex>,
  source: SourceId,
  segment: string,
  lang: Locale,
  quote: string,
): string | null {
  const byLang = index.get(source);
  if (!byLang) return `source "${source}" has no texts`;
  const texts = byLang.get(lang);
  if (!texts) return `source "${source}" has no "${lang}" text`;
  const target = texts.get(segment);
  if (!target) return `segment "${segment}" does not exist in ${source} (${lang})`;
  if (!containsVerbatim(target.text, quote))
    return `quote does not occur verbatim in ${source} (${lang}) segment "${segment}": «${quote}»`;
  return null;
}

/** Checks each quote of a block against its segment; reports under `path` + language; returns the good ones. */
function checkQuotes(
  index: ReturnType<typeof segmentIndex>,
  ctx: Context,
  at: { source: SourceId; segment: string; quotes: Partial<Record<Locale, string>>; path: PropertyKey[] },
): Array<[Locale, string]> {
  const verified: Array<[Locale, string]> = [];
  for (const [lang, quote] of Object.entries(at.quotes) as [Locale, string][]) {
    const problem = quoteProblem(index, at.source, at.segment, lang, quote);
    if (problem) ctx.addIssue({ code: 'custom', path: [...at.path, lang], message: problem });
    else verified.push([lang, quote]);
  }
  return verified;
}

function checkSegmentRef(index: ReturnType<typeof segmentIndex>, source: SourceId, segment: string): boolean {
  return [...(index.get(source)?.values() ?? [])].some((texts) => texts.has(segment));
}

function checkFigures(corpus: Corpus, index: ReturnType<typeof segmentIndex>, ctx: Context) {
  const metrics = new Set(corpus.metrics.map((m) => m.id));
  corpus.figures.forEach((figure, i) => {
    if (!metrics.has(figure.metric))
      ctx.addIssue({
        code: 'custom',
        path: ['figures', i, 'metric'],
        message: `no metric "${figure.metric}" in content/metrics/`,
      });
    if (!checkSegmentRef(index, figure.source, figure.segment)) {
      ctx.addIssue({
        code: 'custom',
        path: ['figures', i, 'segment'],
        message: `segment "${figure.segment}" does not exist in any text of ${figure.source}`,
      });
      return;
    }
    checkQuotes(index, ctx, { ...figure, path: ['figures', i, 'quotes'] });
  });
}

function checkRecommendations(corpus: Corpus, index: ReturnType<typeof segmentIndex>, ctx: Context) {
  const themes = new Set(corpus.themes.map((t) => t.id));
  corpus.recommendations.forEach((rec, i) => {
    if (!themes.has(rec.theme))
      ctx.addIssue({
        code: 'custom',
        path: ['recommendations', i, 'theme'],
        message: `no theme "${rec.theme}" in content/themes/`,
      });
    if (!checkSegmentRef(index, rec.source, rec.segment)) {
      ctx.addIssue({
        code: 'custom',
        path: ['recommendations', i, 'segment'],
        message: `segment "${rec.segment}" does not exist in any text of ${rec.source}`,
      });
      return;
    }
    for (const [lang, texts] of index.get(rec.source) ?? [])
      if (texts.has(rec.segment) && !rec.text[lang])
        ctx.addIssue({
          code: 'custom',
          path: ['recommendations', i, 'text', lang],
          message: `the ${lang} version states this segment, so the recommendation needs its ${lang} text`,
        });
    checkQuotes(index, ctx, { source: rec.source, segment: rec.segment, quotes: rec.text, path: ['recommendations', i, 'text'] });
    rec.followUps.forEach((followUp, k) =>
      checkQuotes(index, ctx, { ...followUp, path: ['recommendations', i, 'followUps', k, 'quotes'] }),
    );
  });
}

function checkEvents(corpus: Corpus, index: ReturnType<typeof segmentIndex>, ctx: Context) {
  corpus.events.forEach((event, i) => checkQuotes(index, ctx, { ...event, path: ['events', i, 'quotes'] }));
}

function checkSourceRefs(corpus: Corpus, index: ReturnType<typeof segmentIndex>, ctx: Context) {
  corpus.sources.forEach((source, i) => {
    if (source.tier && !checkSegmentRef(index, source.id as SourceId, source.tier.segment))
      ctx.addIssue({
        code: 'custom',
        path: ['sources', i, 'tier', 'segment'],
        message: `segment "${source.tier.segment}" does not exist in any text of ${source.id}`,
      });
  });
}

/** The corpus schema: entries are validated one by one before; this adds the rules between them. */
export function corpusSchema() {
  const list = <T>() => z.array(z.custom<Located<T>>());
  return z
    .object({
      sources: list<Source>(),
      texts: list<TextEntry>(),
      metrics: list<Metric>(),
      themes: list<Theme>(),
      figures: list<Figure>(),
      recommendations: list<Recommendation>(),
      events: list<TimelineEvent>(),
    })
    .superRefine((corpus, ctx) => {
      const index = segmentIndex(corpus.texts);
      checkUniqueIds(corpus, ctx);
      checkTexts(corpus, ctx);
      checkAlignment(corpus, ctx);
      checkSourceRefs(corpus, index, ctx);
      checkFigures(corpus, index, ctx);
      figureMeaningRule(corpus, (path, message) => ctx.addIssue({ code: 'custom', path, message }));
      checkRecommendations(corpus, index, ctx);
      checkEvents(corpus, index, ctx);
    });
}
