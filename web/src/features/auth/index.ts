/** The auth feature's public surface: sign-in page, the guard for signed-in pages, who is signed in. */
export { LoginPage } from './components/login-page';
export { PageLoading, RequireSession } from './components/require-session';
export { UserMenu } from './components/user-menu';
export { useCurrentUser } from './hooks';
export { PermittedLink } from './components/permitted-link';
