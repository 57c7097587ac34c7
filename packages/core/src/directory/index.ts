export * from './capacity.js';
export * from './gap.js';
export * from './matching.js';
export * from './profile.js';
export * from './service.js';
export * from './service-referral.js';
export * from './vocabulary.js';
