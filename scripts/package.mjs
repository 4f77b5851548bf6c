#!/usr/bin/env node
// Packs the built reader (dist/) as the npm package `sidelight-reader`: a tarball a blogger
// or a site generator can pin, install and serve from any path or a CDN.
//
// Usage: trunk build --release && node scripts/package.mjs [OUT_DIR]
//   OUT_DIR  where the package folder and the tarball go (default target/package)
// Prints the tarball's path, its size and the files in it.
import { cp, mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = resolve(process.argv[2] ?? join(root, 'target/package'));
const dist = join(root, 'dist');

/** Packs the package into `out` and returns { tarball, bytes, files }. */
export async function pack(outDir = out) {
  const files = await readdir(dist).catch(() => []);
  if (!files.includes('embed.js') || !files.some((f) => f.endsWith('.wasm'))) {
    throw new Error('no built reader in dist/: run `trunk build --release` first');
  }
  const manifest = JSON.parse(await readFile(join(root, 'web/package/package.json'), 'utf8'));
  // The package's version is the crate's: one version for the reader, whatever ships it.
  const cargo = await readFile(join(root, 'Cargo.toml'), 'utf8');
  const version = /^version\s*=\s*"([^"]+)"/m.exec(cargo)?.[1];
  if (manifest.version !== version) {
    throw new Error(`web/package/package.json has version ${manifest.version}, Cargo.toml ${version}: make them the same`);
  }
  const folder = join(outDir, manifest.name);
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  await cp(join(root, 'web/package/package.json'), join(folder, 'package.json'));
  await cp(join(root, 'web/package/README.md'), join(folder, 'README.md'));
  await cp(dist, join(folder, 'dist'), { recursive: true });
  const report = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', outDir], { cwd: folder, encoding: 'utf8' }),
  )[0];
  const tarball = join(outDir, report.filename);
  return { tarball, bytes: (await stat(tarball)).size, files: report.files.map((f) => `${f.path} (${f.size} B)`) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { tarball, bytes, files } = await pack();
  console.log(`${tarball}: ${(bytes / 1024).toFixed(1)} KB`);
  for (const f of files) console.log(`  ${f}`);
}
