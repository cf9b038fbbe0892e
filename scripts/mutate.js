// npm run mutate: StrykerJS on src/model, src/formats and src/extract, one folder at a time (each
// has its own floor in stryker.config.mjs). `npm run mutate -- model formats` picks folders.
// Incremental: only mutants whose code or tests changed since the last run are tested again.
// Reports: reports/mutation/<folder>.html.
import { spawnSync } from 'node:child_process';

const FOLDERS = ['model', 'formats', 'extract'];
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : FOLDERS;
const unknown = wanted.filter((f) => !FOLDERS.includes(f));
if (unknown.length) {
  console.error(`unknown folder ${unknown.join(', ')}: choose from ${FOLDERS.join(', ')}`);
  process.exit(2);
}
const outcomes = [];
for (const folder of wanted) {
  console.log(`\n--- mutation testing src/${folder}/`);
  const r = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs'], { stdio: 'inherit', env: { ...process.env, MUTATE_FOLDER: folder } });
  outcomes.push([folder, r.status]);
}
console.log('\nmutation testing:');
for (const [folder, status] of outcomes) console.log(`  src/${folder}/: ${status === 0 ? 'at or above its floor' : `FAILED (exit ${status}): under its floor, or Stryker could not run`}`);
if (outcomes.some(([, status]) => status !== 0)) process.exitCode = 1;
