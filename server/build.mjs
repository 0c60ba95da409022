// Builds the server into dist/ once (like the client), so `npm start` runs plain JavaScript instead of
// compiling TypeScript at every start. The workspace packages (@regiovisie/*) are TypeScript source and
// are bundled in; every package the server depends on stays an import from node_modules.
import { readFileSync, rmSync } from 'node:fs'
import { build } from 'esbuild'

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'))
const external = Object.keys(pkg.dependencies).filter((name) => !name.startsWith('@regiovisie/'))

// Old chunks would pile up: each build names its chunks by their content.
const here = new URL('.', import.meta.url).pathname
rmSync(`${here}dist`, { recursive: true, force: true })

await build({
  absWorkingDir: here,
  entryPoints: ['src/main.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  // Packages and their subpaths ("@tiptap/pm/model", "y-protocols/sync") resolve from node_modules.
  external: external.flatMap((name) => [name, `${name}/*`]),
  logLevel: 'warning',
})
