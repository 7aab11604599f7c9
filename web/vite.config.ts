import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The NestJS API serves web/dist at "/" in production; in development Vite proxies /api to it,
// so the app always calls relative /api/... URLs.
const api = { '/api': { target: 'http://localhost:3000', changeOrigin: true } };

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, proxy: api },
  preview: { port: 4173, proxy: api },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No manual chunks: each lazily loaded page (admin, dashboard with recharts, reports, 台账 import,
    // 逾期督查, 待办, the item drawer) takes the library code only it uses into its own chunk, so the
    // board's first load carries just what the board draws. `npm run bench` prints the bytes.
    chunkSizeWarningLimit: 1000,
  },
});
