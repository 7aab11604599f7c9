/** What the first script asks of the auth feature, without loading its pages (see app/boot.ts). */
export { prefetchSession } from './api/get-session';
