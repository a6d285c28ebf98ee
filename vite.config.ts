import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The dev server injects React Fast Refresh's preamble as an inline script, which the
 * strict CSP in index.html blocks. Allow inline scripts in the dev server's copy of the
 * page only; the built app keeps `script-src 'self'`.
 */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'cutover:dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("script-src 'self';", "script-src 'self' 'unsafe-inline';"),
  };
}

/**
 * Builds the renderer into dist/renderer with relative asset URLs, so the same bundle
 * loads from a file in Electron and from the loopback bridge in browser mode.
 * (Vite reads its config from a default export, the one exception to named exports.)
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), relaxCspForDevServer()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // React changes rarely and is shared by everything: its own cacheable chunk.
          groups: [{ name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
        },
      },
    },
  },
});
