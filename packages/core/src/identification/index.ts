/**
 * Identification: screening with indicators (a suggestion, never a decision), and the
 * deadlines of the identification decisions. Pure: runs in the browser and the server.
 */
export * from './conclusion.js';
export * from './deadlines.js';
export * from './decision-rules.js';
export * from './indicators/index.js';
export * from './instant.js';
export * from './local-time.js';
export * from './messages/index.js';
export * from './messages/person-facing.js';
export * from './next-steps.js';
export * from './readings.js';
export * from './recovery-period.js';
export * from './safety.js';
export * from './scoring.js';
export * from './screen-groups.js';
export * from './screening-draft.js';
export * from './screens.js';
export * from './short-screen.js';
export * from './suggested-forms.js';
