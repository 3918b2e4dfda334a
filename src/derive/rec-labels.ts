/** Names of the tracker's facets and of their values, in one UI language. */
import type { Translate } from '../i18n';
import type { Locale } from '../i18n/locales';
import type { Corpus } from '../schemas/corpus';
import type { FacetName } from './rec-filters';
import type { Status } from './status';

export function facetLabel(facet: FacetName, t: Translate): string {
  const keys = {
    theme: 'rec.theme',
    group: 'rec.group',
    body: 'rec.body',
    source: 'findings.source',
    year: 'findings.year',
    action: 'rec.action',
    status: 'rec.status',
  } as const;
  return t(keys[facet]);
}

export function allLabel(facet: FacetName, t: Translate): string {
  const keys = {
    theme: 'rec.allThemes',
    group: 'rec.allGroups',
    body: 'rec.allBodies',
    source: 'rec.allSources',
    year: 'rec.allYears',
    action: 'rec.allActions',
    status: 'rec.allStatuses',
  } as const;
  return t(keys[facet]);
}

export function valueLabel(corpus: Corpus, facet: FacetName, value: string, locale: Locale, t: Translate): string {
  switch (facet) {
    case 'theme':
      return corpus.themes.find((x) => x.id === value)?.name[locale] ?? value;
    case 'group':
      return corpus.groups.find((x) => x.id === value)?.name[locale] ?? value;
    case 'body':
      return corpus.bodies.find((x) => x.id === value)?.name[locale] ?? value;
    case 'source':
      return corpus.sources.find((x) => x.id === value)?.label[locale] ?? value;
    case 'year':
      return value;
    case 'action':
      return t(`rec.action.${value as '1' | '2' | '3' | '4' | '5'}`);
    case 'status':
      return t(`rec.status.${value as Status}`);
  }
}
