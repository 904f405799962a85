/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const backend = process.env.BANDWISE_DEV_BACKEND ?? 'http://localhost:8080';
const proxied = ['/api', '/health', '/info', '/openapi'];

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // the Content-Security-Policy forbids inline scripts, so never inline the module preload polyfill
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  css: {
    preprocessorOptions: {
      scss: {
        quietDeps: true,
        silenceDeprecations: ['import', 'global-builtin', 'slash-div', 'color-functions', 'if-function'],
      },
    },
  },
  server: {
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: backend, changeOrigin: false }])),
  },
  test: {
    environment: 'jsdom',
    globals: false,
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // the build machine's two cores are shared: form tests that type a lot must not time out at 5 s
    testTimeout: 30000,
  },
});
