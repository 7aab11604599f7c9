/** The setup feature's public surface: the 初始化 page, and the sign-in page's notice while it is pending. */
export { SetupPage } from './components/setup-page';
export { SetupPendingNotice } from './components/setup-pending-notice';
