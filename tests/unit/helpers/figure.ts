/** A figure for unit tests: TIP 2023's 26 investigations of 2022, with whatever a test overrides. */
import type { Located } from '../../../src/schemas/corpus';
import type { Figure } from '../../../src/schemas/figure';

export const figureFixture = (over: Partial<Located<Figure>> = {}): Located<Figure> => ({
  id: 'x',
  file: 'x.json',
  source: 'tip-2023',
  metric: 'investigations',
  period: '2022',
  value: 26,
  counts: 'cases',
  coverage: 'year',
  dating: 'number',
  breakdown: [],
  segment: 'prosecution-2',
  quotes: { ru: '26' },
  approximate: false,
  ...over,
});
