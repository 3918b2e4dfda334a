/**
 * The status of a recommendation, derived from its follow-up evidence; never typed by hand.
 *
 * The rule (also on the About page):
 * 1. Evidence is grouped by the source that holds it; a source's date is its publication date.
 * 2. A source's verdict comes from the relations it shows:
 *    reports action + contradicts → "conflicting"; reports action + repeats → "action reported, still
 *    called for"; reports action alone → "action reported"; contradicts (with or without repeats) →
 *    "contradicted"; repeats alone → "called for again".
 * 3. The status is the verdict of the most recent source with evidence; the earlier ones form its
 *    history. With no evidence the status is "no later evidence in our sources", dated by the most
 *    recent later source we checked (or undated when no later source exists).
 * No relation claims completion, so no status says "implemented".
 */
import type { FollowUpRelation } from '../schemas/recommendation';

export const statuses = [
  'action-reported',
  'action-still-called-for',
  'called-for-again',
  'conflicting',
  'contradicted',
  'no-evidence',
] as const;
export type Status = (typeof statuses)[number];

export interface Evidence {
  relation: FollowUpRelation;
  /** Source holding the evidence. */
  source: string;
  /** That source's publication date (YYYY or YYYY-MM or YYYY-MM-DD). */
  date: string;
}

export interface StatusStep {
  status: Status;
  /** Date of the source(s) it rests on; null when no later source exists. */
  date: string | null;
  /** Sources it rests on. */
  sources: string[];
  /** The relations the step's source shows, in a fixed order. */
  relations: FollowUpRelation[];
}

const relationOrder: FollowUpRelation[] = ['reports-action', 'repeats', 'contradicts'];

/** The verdict of one source's evidence (rule step 2). */
export function verdict(relations: ReadonlySet<FollowUpRelation>): Status {
  const action = relations.has('reports-action');
  if (action && relations.has('contradicts')) return 'conflicting';
  if (action && relations.has('repeats')) return 'action-still-called-for';
  if (action) return 'action-reported';
  if (relations.has('contradicts')) return 'contradicted';
  if (relations.has('repeats')) return 'called-for-again';
  return 'no-evidence';
}

/** One step per source with evidence, oldest first (rule steps 1–2). */
export function statusHistory(evidence: readonly Evidence[]): StatusStep[] {
  const bySource = new Map<string, { date: string; relations: Set<FollowUpRelation> }>();
  for (const e of evidence) {
    const entry = bySource.get(e.source) ?? { date: e.date, relations: new Set() };
    entry.relations.add(e.relation);
    bySource.set(e.source, entry);
  }
  return [...bySource]
    .sort(([a, x], [b, y]) => x.date.localeCompare(y.date) || a.localeCompare(b))
    .map(([source, { date, relations }]) => ({
      status: verdict(relations),
      date,
      sources: [source],
      relations: relationOrder.filter((r) => relations.has(r)),
    }));
}

/**
 * The current status (rule step 3). `checked` are the later sources we read for evidence, with their
 * dates; they date a "no evidence" status.
 */
export function deriveStatus(
  evidence: readonly Evidence[],
  checked: ReadonlyArray<{ source: string; date: string }>,
): StatusStep {
  const history = statusHistory(evidence);
  const last = history.at(-1);
  if (last) return last;
  const sorted = [...checked].sort((a, b) => a.date.localeCompare(b.date));
  return {
    status: 'no-evidence',
    date: sorted.at(-1)?.date ?? null,
    sources: sorted.map((c) => c.source),
    relations: [],
  };
}
