import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { server: 'src/server.ts', 'migrate-cli': 'src/db/migrate-cli.ts', cli: 'src/cli.ts' },
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outDir: 'dist',
  clean: true,
  sourcemap: true,
  // Workspace packages are TypeScript source: bundle them; everything else stays in node_modules.
  noExternal: [/^@partrack\//],
});
