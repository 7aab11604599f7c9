/**
 * The first requests, sent while the rest of the app's code is still being evaluated: main.tsx imports
 * this module before anything else, and ES modules run in import order, so who is signed in and (on
 * the board) its cards leave together, without waiting for the UI code or for each other.
 */
import { prefetchSession } from '../features/auth/boot';
import { prefetchBoard } from '../features/board/boot';
import { createQueryClient } from '../lib/query-client';

export const queryClient = createQueryClient();
void prefetchSession(queryClient);
if (window.location.pathname === '/') void prefetchBoard(queryClient, window.location.search);
