/**
 * What the search page sends its script to name hits (see render.ts `Catalogue`), built from the corpus
 * in the page's language: source labels, section headings as the texts write them and our labels for
 * the sections whose heading the page's language lacks (content/sections/), titles of figures
 * and recommendations, the languages of each source. Also the glossary, for expanding queries.
 */
import type { Corpus } from '../schemas/corpus';
import { locales, type Locale } from '../i18n/locales';
import type { Translate } from '../i18n';
import { formatNumber, periodLabel } from '../derive/format';
import type { Catalogue } from './render';
import type { GlossaryTerm } from './expand';
import { unitOf } from './records';
import { heldLanguages, rowsOf, textsOf } from '../derive/reader';
import { namePassages } from '../derive/passages';

export function searchCatalogue(corpus: Corpus, locale: Locale, t: Translate): Catalogue {
  const sections: Catalogue['sections'] = {};
  for (const text of corpus.texts)
    // Sections are named by their heading; the title (depth 1) heads the whole text and names no section.
    for (const segment of text.segments.filter((s) => s.kind === 'heading' && (s.depth ?? 2) > 1)) {
      const bySection = (sections[text.source] ??= {});
      // A heading's closing colon ("PRIORITIZED RECOMMENDATIONS:") belongs to the page, not to its name.
      (bySection[segment.id] ??= {})[text.lang] = segment.text.replace(/[\s:]+$/u, '');
    }
  // Our label where a section has no heading in the page's language ("Prosecution" for «ҚУДАЛАУ»).
  const labels: Catalogue['labels'] = {};
  for (const { id: source, labels: bySection } of corpus.sections)
    for (const [section, label] of Object.entries(bySection))
      if (label[locale] && sections[source]?.[section] && !sections[source][section][locale])
        (labels[source] ??= {})[section] = label[locale];
  const metrics = new Map(corpus.metrics.map((m) => [m.id, m]));
  const sourceLabels = new Map(corpus.sources.map((s) => [s.id, s.label[locale]]));
  const titles: Record<string, string> = {};
  for (const f of corpus.figures)
    titles[unitOf(`/${locale}/findings/metrics/${f.metric}/#${f.id}`)] =
      `${metrics.get(f.metric)?.name[locale] ?? f.metric} ${periodLabel(f.period)}: ${formatNumber(f.value, locale)} · ${sourceLabels.get(f.source)}`;
  for (const r of corpus.recommendations)
    titles[unitOf(`/${locale}/recommendations/${r.id}/`)] =
      `${t(r.type === 'commitment' ? 'rec.commitment' : 'rec.recommendation', { number: r.number })} · ${sourceLabels.get(r.source)}`;
  // Each passage's place as the reader and the ledger name it ("paragraph 2" of its section).
  const places: Catalogue['places'] = {};
  for (const source of corpus.sources) {
    const rows = rowsOf(textsOf(corpus, source.id), heldLanguages(source));
    const name = namePassages(rows, t);
    for (const row of rows) {
      const place = name(row.id, [locale]).place;
      if (place) places[`/sources/${source.id}/#${row.id}`] = place;
    }
  }
  return {
    sources: Object.fromEntries(sourceLabels),
    sections,
    labels,
    places,
    titles,
    versions: Object.fromEntries(corpus.sources.map((s) => [s.id, locales.filter((l) => s.versions[l])])),
  };
}

export function searchGlossary(corpus: Corpus): GlossaryTerm[] {
  return corpus.glossary.map((g) => ({ id: g.id, forms: g.forms }));
}
