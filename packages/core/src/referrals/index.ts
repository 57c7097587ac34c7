export * from './anonymous-notification.js';
export * from './consent.js';
export * from './elements.js';
export * from './referral-draft.js';
