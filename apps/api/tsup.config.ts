import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    server: 'src/server.ts',
    'migrate-cli': 'src/db/migrate-cli.ts',
    cli: 'src/cli.ts',
    'build-demo-seed': 'src/db/demo/build-demo-seed.ts',
  },
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outDir: 'dist',
  // The demo seed (ADR 016) stays: build-demo-seed remakes it only when it is stale.
  clean: ['!demo-seed/**'],
  sourcemap: true,
  // Workspace packages are TypeScript source: bundle them; everything else stays in node_modules.
  noExternal: [/^@partrack\//],
});
