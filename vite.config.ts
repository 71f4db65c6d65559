/**
 * The web app's build: web/ is the Vite root, the output goes to dist/web, where the server's
 * registerWebApp (src/http/web.ts) serves it with long-lived caching for the hashed /assets.
 * In development, /api is proxied to a running `trellis serve` so cookies stay same-origin.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // No inline <script>/<style> may reach the page: the server's CSP allows 'self' only.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // Maps are written for the operator (to read a stack trace) but not linked from the bundles,
    // and the server never serves them (src/http/web.ts): the app's source is nobody's business.
    sourcemap: 'hidden',
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
