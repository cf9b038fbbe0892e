/**
 * `article-annotations extract [--format json|brat] [--language TAG] [--out DIR] FILE...`
 * One file: the article JSON. Several: JSON Lines, one article per line. `--format brat`: the
 * brat standoff `.ann` text (with `--out DIR`, DIR/NAME.txt + DIR/NAME.ann + annotation.conf, the
 * layout brat serves).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { extract } from '../extract/index.js';
import { BRAT_CONF, toBrat } from '../formats/brat.js';
import { readInput, type Io } from './io.js';

const USAGE = 'usage: article-annotations extract [--format json|brat] [--language TAG] [--out DIR] FILE...  (FILE - = stdin)\n';

export async function extractCommand(args: string[], io: Io): Promise<number> {
  let format = 'json';
  let language: string | undefined;
  let out: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? args[++i];
    if (flag === '--format') format = value() ?? '';
    else if (flag === '--language' || flag === '--lang') language = value();
    else if (flag === '--out') out = value();
    else if (flag === '--help' || flag === '-h') {
      io.stdout.write(USAGE);
      return 0;
    } else if (a.startsWith('--')) {
      io.stderr.write(`extract: unknown option ${a}\n${USAGE}`);
      return 2;
    } else files.push(a);
  }
  if (format !== 'json' && format !== 'brat') {
    io.stderr.write(`extract: --format must be json or brat, not "${format}"\n`);
    return 2;
  }
  if (!files.length) {
    io.stderr.write(USAGE);
    return 2;
  }
  let code = 0;
  if (out && format === 'brat') {
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'annotation.conf'), BRAT_CONF);
  }
  for (const file of files) {
    const input = await readInput(file, io);
    if ('error' in input) {
      io.stderr.write(`extract: ${input.error}\n`);
      code = 1;
      continue;
    }
    const id = file === '-' ? 'stdin' : basename(file).replace(/\.[^.]*$/, '');
    const article = extract(input.text, language ? { id, language } : { id });
    if (format === 'json') {
      io.stdout.write(files.length === 1 ? JSON.stringify(article, null, 2) + '\n' : JSON.stringify(article) + '\n');
    } else if (out) {
      await writeFile(join(out, id + '.txt'), input.text);
      await writeFile(join(out, id + '.ann'), toBrat(article));
    } else {
      if (files.length > 1) io.stdout.write(`# ${id}.ann\n`);
      io.stdout.write(toBrat(article));
    }
  }
  return code;
}
