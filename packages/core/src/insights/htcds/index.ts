export * from './countries.js';
export * from './ctdc-format.js';
export * from './k-anonymity.js';
export * from './mapping.js';
export * from './vocabulary.js';
