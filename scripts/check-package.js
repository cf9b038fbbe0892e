// Checks the package as it is published (run after the build): publint (strict) on the packed
// files, and @arethetypeswrong/cli with the ESM-only profile (every entry point resolves to types
// under node16 and bundler resolution). Packs once, without lifecycle scripts (the build is done).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const dir = mkdtempSync(join(tmpdir(), 'article-annotations-pack-'));
try {
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { encoding: 'utf8' }));
  const tarball = join(dir, filename);
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  // publint packs on its own, also without lifecycle scripts.
  const { messages } = await publint({ pkgDir: '.', strict: true, pack: 'npm' });
  for (const m of messages) console.log(`publint ${m.type}: ${formatMessage(m, pkg)}`);
  const attw = spawnSync(process.execPath, ['node_modules/@arethetypeswrong/cli/dist/index.js', tarball, '--profile', 'esm-only', '--format', 'table-flipped'], { encoding: 'utf8' });
  if (attw.status !== 0) console.log(attw.stdout + attw.stderr);
  const failed = messages.length > 0 || attw.status !== 0;
  console.log(failed ? 'package check failed' : 'package check: publint and arethetypeswrong (esm-only) pass');
  process.exitCode = failed ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
