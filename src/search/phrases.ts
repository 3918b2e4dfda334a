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
 * The matched positions as phrases allow them: `fits` gives, for each matched word position, the terms
 * the word there is (see engine.ts verify). For each phrase group among `terms` (terms sharing `phrase`,
 * in their order), a word of it counts only where it is part of the phrase within the window, so a
 * passage holding «продажа органов» does not mark «правоохранительных органов» (law-enforcement bodies)
 * as well. Null when some group stands nowhere as a phrase: the hit is dropped. Terms without a group
 * are left as they are.
 */
export function phraseFits(terms: readonly Term[], fits: ReadonlyMap<number, readonly Term[]>): Map<number, Term[]> | null {
  const groups = new Map<number, Term[]>();
  for (const t of terms) if (t.phrase !== undefined) groups.set(t.phrase, [...(groups.get(t.phrase) ?? []), t]);
  const near = (q: number, p: number) => p > q && p - q - 1 <= maxInserted;
  const allowed = new Map<Term, Set<number>>();
  for (const group of groups.values()) {
    const at = group.map((term) => [...fits].filter(([, ts]) => ts.includes(term)).map(([position]) => position));
    // Forward: where the phrase can have reached each word; backward: keep what goes on to its last word.
    for (let i = 1; i < group.length; i++) at[i] = at[i]!.filter((p) => at[i - 1]!.some((q) => near(q, p)));
    if (at[group.length - 1]!.length === 0) return null;
    for (let i = group.length - 2; i >= 0; i--) at[i] = at[i]!.filter((q) => at[i + 1]!.some((p) => near(q, p)));
    group.forEach((term, i) => allowed.set(term, new Set(at[i])));
  }
  return new Map([...fits].map(([position, ts]) => [position, ts.filter((t) => allowed.get(t)?.has(position) ?? true)]));
}
