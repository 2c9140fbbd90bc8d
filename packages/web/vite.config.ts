import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The app is written against React's API and runs on Preact (`preact/compat`): measured on 2026-12-01,
// the first-load script is 44 KB gzipped with Preact against 104 KB with React 19, with the same
// browser journeys passing (CONTEXT.md, "Speed"). JSX compiles straight to Preact's runtime; imports
// of `react` and `react-dom` are pointed at `preact/compat`.
//
// The app is served by the Wandelcoach server under a strict CSP ('self' only), so no script may be
// inlined: the service worker is registered from a file, and is one (src/sw.ts). (The one inline style, in the page with the
// welcome already in it, is allowed by its hash: see scripts/prerender.js.)
//
// `vite build --ssr src/prerender.tsx` (the second step of `npm run build`) renders the welcome screen
// at build time; `vite build --ssr src/render-today.tsx` (the third) is what the server renders today's
// screen with (into dist-ssr/, never served). They need no service worker and bundle the engine from
// its source.
export default defineConfig(({ isSsrBuild = false }) => ({
  resolve: {
    conditions: ['@wandelcoach/source'],
    alias: [
      { find: 'react-dom/client', replacement: 'preact/compat/client' },
      { find: 'react-dom/server', replacement: 'preact/compat/server' },
      { find: 'react-dom', replacement: 'preact/compat' },
      { find: 'react', replacement: 'preact/compat' },
      // zod, told first that no eval is allowed: src/zod-jitless.ts.
      { find: /^zod$/, replacement: fileURLToPath(new URL('src/zod-jitless.ts', import.meta.url)) },
    ],
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  ssr: {
    // Everything in the bundle: the server loads it from wherever the build was copied to, with no
    // node_modules beside it.
    noExternal: true,
    resolve: { conditions: ['@wandelcoach/source'] },
  },
  build: { outDir: 'dist', emptyOutDir: true, assetsInlineLimit: 0 },
  plugins: [
    !isSsrBuild &&
      VitePWA({
        registerType: 'autoUpdate',
        injectRegister: 'script-defer',
        manifest: {
          name: 'Wandelcoach',
          short_name: 'Wandelcoach',
          description: 'Je persoonlijke wandelplan bij rugpijn en voor achteruitlopen.',
          lang: 'nl',
          start_url: '/',
          display: 'standalone',
          background_color: '#ffffff',
          theme_color: '#1b4d3e',
          icons: [
            { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
            { src: 'icon-maskable.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'maskable' },
          ],
        },
        // A worker of our own (src/sw.ts): the precache and offline pages as before, plus the outbox's
        // Background Sync. Built as a classic script, which every browser with a service worker runs.
        strategies: 'injectManifest',
        srcDir: 'src',
        filename: 'sw.ts',
        injectManifest: {
          rollupFormat: 'iife',
          globPatterns: ['**/*.{js,css,html,svg,webmanifest}'],
          // The page with the welcome already in it is for first visits over the network only; the
          // worker's page is the plain one, which works for everybody.
          globIgnores: ['welcome*.html'],
        },
      }),
  ],
}));
