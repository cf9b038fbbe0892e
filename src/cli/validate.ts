/** `article-annotations validate FILE...`: prints every problem with its path; exit 1 if any. */
import { parseArticle } from '../model/validate.js';
import { formatProblem } from '../model/problems.js';
import { readInput, type Io } from './io.js';

export async function validateCommand(args: string[], io: Io): Promise<number> {
  const files = args.filter((a) => a === '-' || !a.startsWith('-'));
  const strict = args.includes('--strict');
  const unknown = args.find((a) => a.startsWith('-') && a !== '-' && a !== '--strict');
  if (unknown) {
    io.stderr.write(`validate: unknown option ${unknown}\nusage: article-annotations validate [--strict] FILE... (- reads standard input)\n`);
    return 2;
  }
  if (files.length === 0) {
    io.stderr.write('usage: article-annotations validate [--strict] FILE... (- reads standard input)\n');
    return 2;
  }
  let failed = false;
  for (const file of files) {
    const name = file === '-' ? '<stdin>' : file;
    const input = await readInput(file, io);
    if ('error' in input) {
      io.stderr.write(`${input.error}\n`);
      failed = true;
      continue;
    }
    const { article, problems, orphans } = parseArticle(input.text);
    for (const problem of problems) io.stdout.write(`${name}: ${problem.severity}: ${formatProblem(problem)}\n`);
    // Warnings mean the data was repaired without loss; only --strict fails on them.
    if (!article || problems.some((p) => p.severity === 'error' || strict)) failed = true;
    if (problems.length === 0) {
      io.stdout.write(`${name}: ok (${article?.quotes.length} quotes, ${article?.speakers.length} speakers)\n`);
    } else if (article) {
      io.stdout.write(`${name}: ${problems.length} problem(s); ${article.quotes.length} quotes usable, ${orphans.length} orphaned\n`);
    }
  }
  return failed ? 1 : 0;
}
