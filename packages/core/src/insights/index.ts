/**
 * Statistical core of national stock-taking (issue 5): small-cell suppression with
 * complementary suppression, differential privacy with exact samplers and a budget,
 * tests for identification bias and unequal decision outcomes, and the HTCDS/CTDC
 * exchange vocabulary. Pure: randomness is injected, nothing here touches Node or I/O.
 */
export * from './dp/budget.js';
export * from './dp/mechanisms.js';
export * from './dp/random.js';
export {
  compare as compareRational,
  formatRational,
  type Rational,
  rational,
  toNumber as rationalToNumber,
  toRational,
} from './dp/rational.js';
export * from './dp/samplers.js';
export * from './htcds/index.js';
export { determinedCells } from './linear-audit.js';
export * from './stats/bias.js';
export * from './stats/cell-tests.js';
export * from './stats/distributions.js';
export * from './stats/multiple-testing.js';
export * from './stats/outcomes.js';
export * from './suppression.js';
