/**
 * The conversions the fidelity tests check: every original in content/originals/ with the texts made from
 * it and what was dropped as chrome (tests/conversions.json; `npm run import` adds its own records).
 */
import { readFileSync } from 'node:fs';
import type { Conversion } from '../../../src/import/fidelity';

export { difference, words } from '../../../src/import/fidelity';

export const conversions: Conversion[] = JSON.parse(readFileSync(new URL('../../conversions.json', import.meta.url), 'utf8'));
