import { createBrowserRouter, Navigate, RouterProvider } from 'react-router-dom';
import { LoginPage, RequireSession } from '../features/auth';
import { BoardPage } from '../features/board';

// The API serves index.html for any unknown path (SPA fallback); unknown paths land on the board.
const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireSession>
        <BoardPage />
      </RequireSession>
    ),
  },
  { path: '*', element: <Navigate to="/" replace /> },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
