/**
 * Builds the operations console (index.html) and GraphiQL (graphiql.html) into console/dist, which the
 * gateway serves at / and /graphiql (gateway/console.ts). Everything the pages load is in the build:
 * no CDN, no remote font, nothing inlined as a data: URL that the pages' Content-Security-Policy refuses.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  // Only the gateway's origin: no telemetry, no remote modules.
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Fonts and icons as files of their own: the CSP's font-src is 'self' only.
    assetsInlineLimit: 0,
    // GraphiQL's editor (Monaco) is large; it is loaded by /graphiql only.
    chunkSizeWarningLimit: 6000,
    rollupOptions: {
      // GraphiQL's React Compiler output carries "use no memo" directives, which bundling drops harmlessly.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: { index: fileURLToPath(new URL('index.html', import.meta.url)), graphiql: fileURLToPath(new URL('graphiql.html', import.meta.url)) },
    },
  },
  worker: { format: 'es' },
});
