/**
 * Whether a hit holds each multi-word glossary form it was searched with as a phrase, not as words
 * scattered over the passage. Pagefind cannot mix a quoted phrase with loose words in one search, so a
 * search for «удаление органов» also returns a passage where «государственными органами» (the
 * authorities) and «удаленного расположения» (remote location) are far apart; this check drops it.
 *
 * The rule: the words of a phrase in the form's order, with at most `maxInserted` other words between
 * two of them. Chosen on the texts (every two-word glossary form against every passage): the true
 * phrases that are not adjacent have one or two words inserted: an adverb («органдарды заңсыз
 * трансплантациялау»), a possessive («изъятия их органов»), or a coordination («sexual and labor
 * exploitation», «трудовой либо сексуальной эксплуатации», «выявлению и направлению жертв»,
 * «жыныстық сипаттағы адам саудасы»). From three inserted words on, nearly every co-occurrence is two
 * unrelated phrases («жыныстық қанау мақсатында адам саудасы», «labor; victim of human trafficking»).
 * Inflection needs nothing here: each word is already matched by its stem (see isTermMatch).
 */
import type { Term } from './expand';

/** Other words allowed between two consecutive words of a phrase. */
export const maxInserted = 2;

/**
 * True when, for every phrase group among `terms` (terms sharing `phrase`, in their order), some
 * matched positions hold its words in order within the window. `fits` gives, for each matched word
 * position, the terms the word there is (see engine.ts verify). Terms without a group are not checked.
 */
export function holdsPhrases(terms: readonly Term[], fits: ReadonlyMap<number, readonly Term[]>): boolean {
  const groups = new Map<number, Term[]>();
  for (const t of terms) if (t.phrase !== undefined) groups.set(t.phrase, [...(groups.get(t.phrase) ?? []), t]);
  const at = (term: Term) => [...fits].filter(([, ts]) => ts.includes(term)).map(([position]) => position);
  return [...groups.values()].every((group) => {
    // Positions where the phrase can have reached its i-th word, kept from the first word on.
    let reached = at(group[0]!);
    for (const term of group.slice(1)) {
      const next = at(term);
      reached = next.filter((p) => reached.some((q) => p > q && p - q - 1 <= maxInserted));
    }
    return reached.length > 0;
  });
}
