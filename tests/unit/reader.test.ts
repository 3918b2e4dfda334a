import { describe, expect, it } from 'vitest';
import { columnsQuery, parseColumns } from '../../src/derive/columns';
import { mergeOrder } from '../../src/derive/reader';

describe('mergeOrder', () => {
  it('keeps the fullest version’s order and slots in ids only another version has', () => {
    expect(
      mergeOrder([
        ['a', 'c'],
        ['a', 'b', 'c', 'd'],
      ]),
    ).toEqual(['a', 'b', 'c', 'd']);
    expect(
      mergeOrder([
        ['a', 'b', 'c'],
        ['a', 'x', 'c'],
      ]),
    ).toEqual(['a', 'x', 'b', 'c']);
    expect(
      mergeOrder([
        ['x', 'a'],
        ['a', 'b'],
      ]),
    ).toEqual(['x', 'a', 'b']);
  });
});

describe('column choice in the address', () => {
  const held = ['kk', 'ru'];
  it('defaults to every held language', () => {
    expect(parseColumns('', held)).toEqual(['kk', 'ru']);
  });
  it('reads order and choice, ignoring languages the source lacks', () => {
    expect(parseColumns('?langs=ru,kk', held)).toEqual(['ru', 'kk']);
    expect(parseColumns('?langs=en,ru', held)).toEqual(['ru']);
    expect(parseColumns('?langs=en', held)).toEqual(['kk', 'ru']);
  });
  it('writes nothing for the default and the order otherwise', () => {
    expect(columnsQuery(['kk', 'ru'], held)).toBe('');
    expect(columnsQuery(['ru', 'kk'], held)).toBe('?langs=ru,kk');
    expect(columnsQuery(['ru'], held)).toBe('?langs=ru');
  });
});
