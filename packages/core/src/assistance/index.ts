export * from './advocate.js';
export * from './needs.js';
export * from './plan.js';
export * from './risk.js';
export * from './shapes.js';
export * from './vocabulary.js';
