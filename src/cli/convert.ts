/**
 * `article-annotations convert --to json|w3c|brat|jsonld [--out DIR] FILE`
 *
 * The input format is recognised from the content: article JSON, W3C Web Annotation JSON-LD, or
 * a brat `.ann` file (its text read from the `.txt` beside it). Problems go to stderr with their
 * paths; the converted data goes to stdout (or, for brat with `--out DIR`, to DIR/NAME.txt,
 * NAME.ann and annotation.conf).
 */
import { access, mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem, type Problem } from '../model/problems.js';
import type { Article } from '../model/types.js';
import { parseArticle, validateArticle } from '../model/validate.js';
import { BRAT_CONF, fromBrat, toBrat } from '../formats/brat.js';
import { toJsonLd } from '../formats/json-ld.js';
import { fromWebAnnotation, toWebAnnotation } from '../formats/web-annotation.js';
import { readInput, type Io } from './io.js';

const USAGE = 'usage: article-annotations convert --to json|w3c|brat|jsonld [--out DIR] [--text TXT] FILE  (FILE - = stdin; brat input: the .ann file, its .txt beside it; --text: the annotated text, for W3C annotations that only point at it)\n';

const WRITERS: Record<string, (article: Article) => string> = {
  json: (article) => JSON.stringify(article, null, 2) + '\n',
  w3c: (article) => JSON.stringify(toWebAnnotation(article), null, 2) + '\n',
  jsonld: (article) => JSON.stringify(toJsonLd(article), null, 2) + '\n',
  brat: toBrat,
};

type Read = { article: Article | null; problems: Problem[]; format: string } | { error: string };

/** True when the text is brat standoff: every non-empty line an annotation (T1, E1, A1, R1, N1, #1…) with tabs. */
function looksLikeBrat(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  return lines.length > 0 && lines.every((l) => /^[TEARMN#*]\d*\t/.test(l));
}

const W3C_TYPES = /^(Annotation|AnnotationPage|AnnotationCollection)$/;

function isW3c(data: unknown): boolean {
  const typed = (v: unknown) => typeof v === 'object' && v !== null && [(v as Record<string, unknown>).type ?? (v as Record<string, unknown>)['@type']].flat().some((t) => typeof t === 'string' && W3C_TYPES.test(t));
  return Array.isArray(data) ? data.length > 0 && data.every(typed) : typed(data);
}

function isSchemaOrg(data: unknown): boolean {
  const context = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['@context'] : undefined;
  return [context].flat().some((c) => typeof c === 'string' && /schema\.org/.test(c));
}

async function read(file: string, text: string, io: Io, body?: string): Promise<Read> {
  if (looksLikeBrat(text)) {
    if (file === '-') return { error: 'brat standoff on standard input: give the .ann file by name, with its .txt beside it' };
    const txt = file.replace(/(\.ann)?$/, '.txt');
    const body = await readInput(txt, io);
    if ('error' in body) return { error: `brat standoff needs its text beside it: ${body.error}` };
    return { ...fromBrat(text, body.text, basename(file).replace(/\.[^.]*$/, '')), format: 'brat' };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    if (/\.txt$/.test(file)) {
      try {
        await access(file.replace(/\.txt$/, '.ann'));
        return { error: 'the text of a brat pair: give its .ann file' };
      } catch {
        // plain text: said below
      }
    }
    const { problems } = parseArticle(text);
    const where = text.trimStart().startsWith('{') || text.trimStart().startsWith('[') ? `: ${formatProblem(problems[0]!)}` : '';
    return { error: `not article JSON, W3C Web Annotation JSON-LD or brat standoff${where}${where ? '' : ' (for plain text, use `article-annotations extract`)'}` };
  }
  if (isW3c(data)) return { ...fromWebAnnotation(data, { body }), format: 'w3c' };
  if (isSchemaOrg(data)) return { error: 'schema.org JSON-LD is an output format only: it does not carry the article text or the quotes\' places' };
  return { ...validateArticle(data), format: 'json' };
}

export async function convertCommand(args: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { to: { type: 'string' }, out: { type: 'string' }, text: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    io.stderr.write(`convert: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const to = values.to ?? '';
  if (!Object.hasOwn(WRITERS, to)) {
    io.stderr.write(`convert: ${values.to === undefined ? '--to is required' : `--to must be json, w3c, brat or jsonld, not "${to}"`}\n${USAGE}`);
    return 2;
  }
  if (positionals.length !== 1) {
    io.stderr.write(`convert: ${positionals.length ? 'one FILE at a time' : 'no FILE given'}\n${USAGE}`);
    return 2;
  }
  if (values.out !== undefined && to !== 'brat') {
    io.stderr.write(`convert: --out is for --to brat (its .txt, .ann and annotation.conf); redirect standard output for ${to}\n`);
    return 2;
  }
  const file = positionals[0]!;
  const name = file === '-' ? '<stdin>' : file;
  const input = await readInput(file, io);
  if ('error' in input) {
    io.stderr.write(`convert: ${input.error}\n`);
    return 1;
  }
  let body: string | undefined;
  if (values.text !== undefined) {
    const text = await readInput(values.text, io);
    if ('error' in text) {
      io.stderr.write(`convert: --text ${text.error}\n`);
      return 1;
    }
    body = text.text;
  }
  const result = await read(file, input.text, io, body);
  if ('error' in result) {
    io.stderr.write(`convert: ${name}: ${result.error}\n`);
    return 1;
  }
  for (const problem of result.problems) io.stderr.write(`${name}: ${problem.severity}: ${formatProblem(problem)}\n`);
  if (!result.article) {
    const hint = result.format === 'w3c' && body === undefined ? ' (if it points at a text it does not carry, give that text with --text FILE)' : '';
    io.stderr.write(`convert: ${name}: no article could be read from this ${result.format === 'w3c' ? 'W3C Web Annotation' : 'article JSON'}${hint}\n`);
    return 1;
  }
  if (values.out !== undefined) {
    const id = basename(result.article.id).replace(/[^\p{L}\p{N}._-]+/gu, '-') || 'article';
    await mkdir(values.out, { recursive: true });
    await writeFile(join(values.out, 'annotation.conf'), BRAT_CONF);
    await writeFile(join(values.out, id + '.txt'), result.article.body);
    await writeFile(join(values.out, id + '.ann'), toBrat(result.article));
  } else {
    io.stdout.write(WRITERS[to]!(result.article));
  }
  // Errors mean something in the input could not be converted (each is listed above).
  return result.problems.some((p) => p.severity === 'error') ? 1 : 0;
}
