import { describe, expect, it } from 'vitest';
import { foldKazakh, foldedWords } from '../../src/search/fold';

describe('Kazakh folding', () => {
  it('turns each Kazakh letter into the Russian letter typed for it', () => {
    expect(foldKazakh('құрбан')).toBe('курбан');
    expect(foldKazakh('өңір')).toBe('онир');
    expect(foldKazakh('ӘҒҚҢӨҰҮҺІ әғқңөұүһі')).toBe('АГКНОУУХИ агкноуухи');
  });
  it('leaves words without those letters alone', () => {
    expect(foldKazakh('саудасы')).toBe('саудасы');
  });
  it('lists only the words that change, lower-cased, once each', () => {
    expect(foldedWords('Құрбандарды анықтау және құрбандарды саудасы')).toBe('курбандарды аныктау жане');
  });
});
