/** Ids of figures and recommendations start with their source id; ids of list entries are unique. */
import type { Rule } from './types';

export const ids: Rule = (corpus, report) => {
  for (const collection of ['figures', 'recommendations'] as const)
    for (const entry of corpus[collection])
      // Permalinks say where they come from: "tip-2023-r4", "mvd-2022-pretrial-investigations-2021".
      if (!entry.id.startsWith(`${entry.source}-`))
        report(entry, ['id'], `id "${entry.id}" must start with its source id "${entry.source}-"`);
  for (const collection of ['figures', 'recommendations', 'events'] as const) {
    const first = new Map<string, string>();
    for (const entry of corpus[collection]) {
      const previous = first.get(entry.id);
      if (previous) report(entry, ['id'], `id "${entry.id}" is already used in ${previous}`);
      else first.set(entry.id, entry.file);
    }
  }
};
