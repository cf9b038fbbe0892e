// What the command-line tests share: the built CLI in dist/ (npm test builds first), the seed
// article, and a scratch folder of their own for the files they write.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CLI = new URL('../../dist/cli.js', import.meta.url).pathname;
export const SEED = new URL('../../demo/data/bondarev-resignation.json', import.meta.url).pathname;

/** Runs the CLI with `args`, `input` on its standard input. */
export const run = (args, input) => spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });

/** A new scratch folder, and a function that writes a file into it and returns its path. */
export function scratch(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const write = (name, text) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  return { dir, write };
}
