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
    // antd alone is ~1.2 MB minified with the admin pages' Table, TreeSelect and Menu; it is one
    // cached chunk on an intranet, not worth splitting further.
    chunkSizeWarningLimit: 1400,
    rolldownOptions: {
      output: {
        // antd is most of the bundle and changes rarely: a separate chunk stays cached across releases.
        codeSplitting: {
          groups: [
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
});
