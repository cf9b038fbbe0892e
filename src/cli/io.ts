/** Reading the CLI's inputs: files by name, `-` for standard input. */
import { readFile } from 'node:fs/promises';

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

export async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** The text of `name` (`-` = stdin), or an error message naming the file. */
export async function readInput(name: string, io: Io): Promise<{ text: string } | { error: string }> {
  try {
    return { text: name === '-' ? await readStream(io.stdin) : await readFile(name, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    return { error: `${name}: cannot read: ${why}` };
  }
}
