import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// `npm run dev` talks to a Gatehouse server on its default port.
const server = process.env.GATEHOUSE_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': { target: server, changeOrigin: false },
      '/oidc': { target: server, changeOrigin: false },
    },
  },
  // Never inline assets as data: URLs: the server's CSP (default-src 'self') would block them.
  build: { outDir: 'dist', assetsInlineLimit: 0 },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    restoreMocks: true,
    // The waits of src/test/setup.ts (asyncUtilTimeout, 5 s) need room inside one test.
    testTimeout: 20000,
  },
});
