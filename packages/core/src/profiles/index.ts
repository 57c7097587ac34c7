export * from './generic-coe-eu.js';
export * from './schema.js';
export * from './select.js';
export * from './uk-like.js';
