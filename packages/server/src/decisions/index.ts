/** What other modules use of the decisions module: the jobs sweep ends recovery periods. */
export { settleRecoveryPeriods } from './settle-recovery-periods.js';
