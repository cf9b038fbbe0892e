// Serves the demo pages (npm start) and prints where to open them.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT) || 8000;
const server = await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: process.env.HOST || 'localhost',
    // Lit's production build, as a bundler would pick it: no "Lit is in dev mode" in the console.
    nodeResolve: { exportConditions: ['production'] },
    appIndex: 'demo/index.html',
    open: false,
    watch: false,
    middleware: [
      // The site root has no page of its own: send visitors to the demo.
      (ctx, next) => (ctx.path === '/' ? ctx.redirect('/demo/') : next()),
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port: actual } = server.config;
const host = server.config.hostname === '0.0.0.0' ? 'localhost' : server.config.hostname;
console.log(`\narticle-annotations demo: http://${host}:${actual}/demo/`);
console.log(`CMS page (CDN build only):  http://${host}:${actual}/demo/cms.html`);
console.log('Press Ctrl+C to stop.');
