import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { prefetchSession } from './features/auth';
import { prefetchBoard } from './features/board';
import { createQueryClient } from './lib/query-client';
import './app/global.css';

// Boot in parallel: who is signed in and, on the board, its cards leave together with the first
// script, rather than the board waiting for GET /api/auth/me and the first render.
const queryClient = createQueryClient();
void prefetchSession(queryClient);
if (window.location.pathname === '/') void prefetchBoard(queryClient, window.location.search);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);
