/**
 * @opennrm/core: the domain vocabulary and the access policy, shared by the server and
 * the web app. Pure: no I/O and no Node-only API, because it runs in the browser too.
 */
export * from './access/index.js';
export * from './assistance/index.js';
export * from './cases/account.js';
export * from './cases/case-team-rules.js';
export * from './cases/exploitation.js';
export * from './cases/minimisation.js';
export * from './cases/special-needs.js';
export * from './cases/stage.js';
export * from './cases/timeline.js';
export * from './directory/index.js';
export * from './geo/countries.js';
export * from './geo/iso-3166.js';
export * from './i18n/locales.js';
export * from './identification/index.js';
export * from './insights/index.js';
export * from './legal/index.js';
export * from './organisations/kinds.js';
export * from './persons/age.js';
export * from './persons/gender.js';
export * from './profiles/index.js';
export * from './referrals/index.js';
export * from './regions.js';
