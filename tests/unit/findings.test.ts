import { describe, expect, it } from 'vitest';
import { disagreements, startYear, toCsv, yearsOf } from '../../src/derive/findings';
import type { Figure } from '../../src/schemas/figure';
import { figureFixture } from './helpers/figure';

const figure = (over: Partial<Figure>): Figure => figureFixture(over);

describe('periods', () => {
  it('lists the years a period touches', () => {
    expect(yearsOf('2022')).toEqual([2022]);
    expect(yearsOf('2022-06')).toEqual([2022]);
    expect(yearsOf('2023/2025')).toEqual([2023, 2024, 2025]);
    expect(startYear('2024-01/2024-06')).toBe(2024);
  });
});

describe('disagreements', () => {
  it('flags comparable figures with different values', () => {
    const flagged = disagreements([
      figure({ id: 'a', value: 26 }),
      figure({ id: 'b', source: 'mvd-2022', value: 103, period: '2021' }),
      figure({ id: 'c', source: 'mvd-2022', value: 30 }),
    ]);
    expect([...flagged]).toEqual(['investigations|cases|year|national|||2022']);
  });
  it('does not compare different breakdowns or periods', () => {
    expect(
      disagreements([
        figure({ id: 'a', value: 23, breakdown: ['sex-trafficking'] }),
        figure({ id: 'b', value: 3, breakdown: ['forced-labour'] }),
        figure({ id: 'c', value: 20, period: '2021' }),
      ]).size,
    ).toBe(0);
  });
  it('treats the same breakdown in another order as the same', () => {
    expect(
      disagreements([
        figure({ id: 'a', breakdown: ['women', 'citizens'] }),
        figure({ id: 'b', value: 2, breakdown: ['citizens', 'women'] }),
      ]).size,
    ).toBe(1);
  });
});

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and joins lists', () => {
    expect(
      toCsv(
        ['a', 'b', 'c'],
        [
          { a: 'x, y', b: 'say "hi"', c: ['p', 'q'] },
          { a: 'line\nbreak', b: undefined, c: 3 },
        ],
      ),
    ).toBe('a,b,c\r\n"x, y","say ""hi""",p+q\r\n"line\nbreak",,3\r\n');
  });
});
