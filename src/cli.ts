#!/usr/bin/env node
/** The `article-annotations` command line: validate article JSON, extract quotations from text, convert formats. */
import { validateCommand } from './cli/validate.js';
import { extractCommand } from './cli/extract.js';
import { convertCommand } from './cli/convert.js';
import type { Io } from './cli/io.js';

const USAGE = `usage: article-annotations <command> [options] FILE...

commands:
  validate [--strict] FILE...   check article JSON; prints each problem with its JSON path,
                                exits 1 if any error (--strict: any warning too)
  extract [options] FILE...     find quotations and speakers in plain text; prints the article
                                JSON (one file) or JSON Lines (several)
    --format json|brat          brat standoff instead of JSON
    --language TAG              the text's language (en, de, fr, es, ja; default en)
    --out DIR                   with --format brat: write DIR/NAME.txt, NAME.ann, annotation.conf
  convert --to FORMAT FILE      article JSON, W3C Web Annotation or brat (.ann, its .txt beside
                                it) to json, w3c, brat or jsonld (schema.org); the input format
                                is recognised from the content; exits 1 if anything could not
                                be converted (each problem is printed)
    --out DIR                   with --to brat: write DIR/NAME.txt, NAME.ann, annotation.conf
    --text TXT                  the annotated text, for W3C annotations that do not carry it

FILE may be - for standard input.
`;

const COMMANDS: Record<string, (args: string[], io: Io) => Promise<number>> = {
  validate: validateCommand,
  extract: extractCommand,
  convert: convertCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const io: Io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? process.stdout : process.stderr).write(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`article-annotations: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  return command(args, io);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`article-annotations: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
