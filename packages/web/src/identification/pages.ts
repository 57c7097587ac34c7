/**
 * Every page of the module, in one chunk: once the app has loaded it (online), the
 * whole short-screen flow (start, questions, person-facing, result) works offline.
 */
export { DraftResultPage } from './DraftResultPage';
export { DraftScreeningPage } from './DraftScreeningPage';
export { ScreeningPage } from './ScreeningPage';
export { ScreeningsPage } from './ScreeningsPage';
export { StartScreeningPage } from './StartScreeningPage';
