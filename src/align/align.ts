/**
 * Aligner: pairs the items (sentences or paragraphs) of two language versions of one text.
 *
 * Dynamic programming over 1:1, 1:2, 2:1, 1:0 and 0:1 beads (Gale & Church 1993). A bead's cost is
 * -log(prior of its kind) - log(probability of its length ratio) - anchors' log-odds (numbers,
 * Latin-script names, quotations, colons: see anchors.ts). The expected length ratio is taken from the
 * two inputs themselves, so the same code serves kk↔ru sentences and ru↔en paragraphs.
 *
 * Confidence of a bead = the bead's posterior probability among all alignments (forward–backward over the
 * same costs) × how well the bead fits on its own (length and anchors). A bead that is the only choice
 * but fits badly is therefore not confident.
 */
import type { Locale } from '../i18n/locales';
import { anchorsOf, compareAnchors, joinAnchors, type Anchors } from './anchors';

export interface Bead {
  a: number[];
  b: number[];
  confidence: number;
}

export interface AlignOptions {
  langA?: Locale;
  langB?: Locale;
}

/** Gale & Church's priors for each bead kind. */
const kinds = [
  { da: 1, db: 1, prior: 0.89 },
  { da: 1, db: 2, prior: 0.089 },
  { da: 2, db: 1, prior: 0.089 },
  { da: 1, db: 0, prior: 0.0099 },
  { da: 0, db: 1, prior: 0.0099 },
] as const;

/** Characters a language typically needs for what Russian says in 1 (measured on the journal's abstracts). */
const typicalLength: Partial<Record<Locale, number>> = { ru: 1, kk: 1.02, en: 0.88 };

/** Variance of the length difference per character (Gale & Church's s² = 6.8). */
const variance = 6.8;

/** Two-tailed standard normal tail, P(|Z| ≥ |z|) (Abramowitz & Stegun 26.2.17). */
function normalTail(z: number): number {
  const x = Math.abs(z);
  const t = 1 / (1 + 0.2316419 * x);
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return Math.min(1, 2 * (Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI)) * poly);
}

/** Length in characters a translation is measured by: letters and digits, not spacing. */
function lengthOf(text: string): number {
  return text.replace(/\s+/g, ' ').trim().length;
}

interface Scored {
  cost: number;
  fit: number;
}

function scoreBead(
  lenA: number,
  lenB: number,
  anchorsA: Anchors | null,
  anchorsB: Anchors | null,
  ratio: number,
  prior: number,
  options: AlignOptions,
): Scored {
  // An item with no counterpart: always possible, the longer the less likely, never confident. (Gale and
  // Church's length cost would make merging it into a neighbour's bead nearly always cheaper.)
  if (!anchorsA || !anchorsB) return { cost: -Math.log(prior) + 0.02 * (lenA * ratio + lenB), fit: 0.15 };
  const mean = (lenA * ratio + lenB) / 2;
  const delta = (lenB - lenA * ratio) / Math.sqrt(Math.max(mean, 1) * variance);
  const lengthP = Math.max(normalTail(delta), 1e-12);
  const anchors = compareAnchors(anchorsA, anchorsB, options.langA, options.langB);
  const cost = -Math.log(prior) - Math.log(lengthP) - anchors.score;
  // Fit on its own: a soft length score, raised by agreeing anchors and lowered by disagreeing ones.
  const lengthFit = Math.exp((-delta * delta) / 8);
  const agreement = anchors.agreement;
  const fit = agreement === null ? lengthFit : lengthFit * (0.4 + 0.6 * agreement) + 0.3 * agreement * (1 - lengthFit);
  return { cost, fit: Math.min(1, fit) };
}

function logSumExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  const m = Math.max(a, b);
  return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
}

/** Aligns two sequences of texts; the beads cover both inputs completely and in order. */
export function alignSequences(a: readonly string[], b: readonly string[], options: AlignOptions = {}): Bead[] {
  const n = a.length;
  const m = b.length;
  const lenA = a.map(lengthOf);
  const lenB = b.map(lengthOf);
  const totalA = lenA.reduce((s, x) => s + x, 0);
  const totalB = lenB.reduce((s, x) => s + x, 0);
  // Expected length of B per character of A: the texts' own ratio, steadied by a typical ratio for the
  // languages (weighing as 300 characters) so that a short input cannot fit any pairing perfectly.
  const typical = (typicalLength[options.langB ?? 'ru'] ?? 1) / (typicalLength[options.langA ?? 'ru'] ?? 1);
  const ratio = (totalB + 300 * typical) / (totalA + 300);
  const anchorsA = a.map((text) => anchorsOf(text, options.langA));
  const anchorsB = b.map((text) => anchorsOf(text, options.langB));

  const sum = (lens: number[], from: number, count: number) => lens.slice(from, from + count).reduce((s, x) => s + x, 0);
  const anchorsIn = (list: Anchors[], from: number, count: number) =>
    count === 0 ? null : count === 1 ? list[from]! : joinAnchors(list.slice(from, from + count));
  /** Score of the bead of kind k that ends at (i, j). */
  const bead = (i: number, j: number, k: (typeof kinds)[number]): Scored | null => {
    const i0 = i - k.da;
    const j0 = j - k.db;
    if (i0 < 0 || j0 < 0) return null;
    return scoreBead(
      sum(lenA, i0, k.da),
      sum(lenB, j0, k.db),
      anchorsIn(anchorsA, i0, k.da),
      anchorsIn(anchorsB, j0, k.db),
      ratio,
      k.prior,
      options,
    );
  };

  // Best path (Viterbi) and forward sums, in one sweep.
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const back: Array<Array<number>> = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-1));
  const forward: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-Infinity));
  const scores = new Map<string, Scored>();
  best[0]![0] = 0;
  forward[0]![0] = 0;
  for (let i = 0; i <= n; i++)
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      kinds.forEach((k, index) => {
        const scored = bead(i, j, k);
        if (!scored) return;
        scores.set(`${i},${j},${index}`, scored);
        const from = best[i - k.da]![j - k.db]! + scored.cost;
        if (from < best[i]![j]!) {
          best[i]![j] = from;
          back[i]![j] = index;
        }
        forward[i]![j] = logSumExp(forward[i]![j]!, forward[i - k.da]![j - k.db]! - scored.cost);
      });
    }
  const backward: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-Infinity));
  backward[n]![m] = 0;
  for (let i = n; i >= 0; i--)
    for (let j = m; j >= 0; j--)
      kinds.forEach((k, index) => {
        const scored = scores.get(`${i + k.da},${j + k.db},${index}`);
        if (!scored) return;
        backward[i]![j] = logSumExp(backward[i]![j]!, backward[i + k.da]![j + k.db]! - scored.cost);
      });
  const total = forward[n]![m]!;

  const beads: Bead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const index = back[i]![j]!;
    const k = kinds[index]!;
    const i0 = i - k.da;
    const j0 = j - k.db;
    const scored = scores.get(`${i},${j},${index}`)!;
    const posterior = Math.exp(forward[i0]![j0]! - scored.cost + backward[i]![j]! - total);
    beads.push({
      a: Array.from({ length: k.da }, (_, x) => i0 + x),
      b: Array.from({ length: k.db }, (_, x) => j0 + x),
      confidence: Math.round(Math.min(1, Math.max(0, posterior * scored.fit)) * 100) / 100,
    });
    i = i0;
    j = j0;
  }
  return beads.reverse();
}
