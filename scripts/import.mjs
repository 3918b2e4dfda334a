// `npm run import -- <source-id> <lang>=<file> …`: runs src/import/cli.ts through Vite's module loader,
// so the importer is the same TypeScript the build and the tests use (no separate compile step).
import { createServer } from 'vite';

const server = await createServer({
  root: new URL('..', import.meta.url).pathname,
  configFile: false,
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, watch: null },
  appType: 'custom',
  optimizeDeps: { noDiscovery: true, include: [] },
});
let code = 1;
try {
  const { main } = await server.ssrLoadModule('/src/import/cli.ts');
  code = await main(process.argv.slice(2), new URL('..', import.meta.url).pathname);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  await server.close();
}
process.exit(code);
