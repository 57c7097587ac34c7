export * from './rules.js';
export * from './shapes.js';
export * from './vocabulary.js';
