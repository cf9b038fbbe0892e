// The package as applications get it: `npm pack`, installed from the .tgz into a scratch copy of
// examples/ in a temporary folder, with the third-party packages those examples pin (from the
// registry the first time, from npm's cache after that). Run after the build (`npm test` builds).
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const INSTALL_TIMEOUT = 5 * 60 * 1000;

/** The scratch project: examples/ with the packed package installed. */
let dir = '';

before(
  async () => {
    assert.ok(existsSync(join(root, 'dist/index.js')), 'dist/ is missing: run `npm run build` first');
    dir = mkdtempSync(join(tmpdir(), 'article-annotations-consumers-'));
    const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: root });
    const [{ filename }] = JSON.parse(stdout);
    cpSync(join(root, 'examples'), dir, { recursive: true, filter: (src) => !/[\\/](node_modules|dist)$/.test(src) });
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    pkg.dependencies['article-annotations'] = `file:./${filename}`;
    writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, timeout: INSTALL_TIMEOUT });
  },
  { timeout: INSTALL_TIMEOUT + 60_000 },
);

after(() => dir && rmSync(dir, { recursive: true, force: true }));

/** Runs `tsc` of one TypeScript version on a tsconfig of the scratch project; resolves with its report. */
async function typeCheck(typescript, project) {
  const tsc = join(dir, 'node_modules', typescript, 'bin/tsc');
  try {
    await run(process.execPath, [tsc, '-p', project], { cwd: dir });
    return '';
  } catch (e) {
    return `${e.stdout}${e.stderr}` || String(e);
  }
}

describe('TypeScript consumers (strict, skipLibCheck false)', () => {
  for (const typescript of ['typescript', 'typescript-7']) {
    for (const resolution of ['bundler', 'node16']) {
      test(`${typescript}, moduleResolution ${resolution}: the define import alone types the tags and their events`, async () => {
        assert.equal(await typeCheck(typescript, `typescript/tsconfig.${resolution}.json`), '');
      });
    }
  }
});
