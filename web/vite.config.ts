/**
 * Vite build of the dashboard. The output lands in dist/web/, which the API
 * server serves as static files on the same port as the API (so the app
 * fetches relative URLs and needs no CORS). `HOMEOSTAT_API` points the dev
 * server's proxy at a running homeostat.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/api': process.env.HOMEOSTAT_API ?? 'http://127.0.0.1:7070' },
  },
});
