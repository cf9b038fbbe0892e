import type { Article } from '../../src/model/types.js';

/** The hand-annotated seed article, served by the test runner from the demo folder. */
export async function loadSeed(): Promise<Article> {
  const response = await fetch('/demo/data/bondarev-resignation.json');
  if (!response.ok) throw new Error(`seed article: HTTP ${response.status}`);
  return (await response.json()) as Article;
}

/** A small article written for the tests, with quotes placed by searching their text. */
export function makeArticle(body: string, quotes: Array<{ text: string; speaker?: string | null; kind?: string; from?: number }>): Article {
  return {
    version: 1,
    id: 'test',
    headline: 'Test article',
    language: 'en',
    body,
    speakers: [
      { id: 'ana', name: 'Ana Ruiz', role: 'Mayor' },
      { id: 'ben', name: 'Ben Okafor' },
    ],
    quotes: quotes.map((q, i) => {
      const start = body.indexOf(q.text, q.from ?? 0);
      if (start < 0) throw new Error(`fixture: "${q.text}" not in body`);
      return {
        id: `q${i + 1}`,
        start,
        end: start + q.text.length,
        text: q.text,
        kind: (q.kind ?? 'direct') as 'direct',
        speaker: q.speaker === undefined ? 'ana' : q.speaker,
      };
    }),
  };
}

export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
