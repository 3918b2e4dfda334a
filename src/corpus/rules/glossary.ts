/**
 * Glossary cross-references resolve, and no form names two terms: a form shared by two entries in one
 * language (compared as the search index sees it: by stem) would make a search expand to both.
 */
import { indexForms } from '../../lang/index-form';
import { locales } from '../../i18n/locales';
import type { Rule } from './types';

export const glossary: Rule = (corpus, report) => {
  const ids = new Set(corpus.glossary.map((g) => g.id));
  const owner = new Map<string, string>();
  for (const entry of corpus.glossary) {
    entry.see.forEach((id, i) => {
      if (id === entry.id) report(entry, ['see', i], `"${id}" refers to the entry itself`);
      else if (!ids.has(id) && !corpus.broken.glossary.has(id))
        report(entry, ['see', i], `no glossary entry "${id}" in content/glossary/`);
    });
    for (const lang of locales)
      entry.forms[lang].forEach((form, i) => {
        const key = `${lang}:${indexForms(form, lang).join(' ')}`;
        const first = owner.get(key);
        if (first && first !== entry.id)
          report(
            entry,
            ['forms', lang, i],
            `"${form}" is already a form of glossary entry "${first}" (${lang}); a form names one term`,
          );
        else owner.set(key, entry.id);
      });
  }
};
