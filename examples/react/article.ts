import type { Article } from 'article-annotations';

/** A small article for the examples. */
export const article: Article = {
  version: 1,
  id: 'bridge',
  headline: 'Council votes to rebuild the bridge',
  language: 'en',
  source: 'The Town Courier',
  body: '"We will rebuild it by spring," said Ana Ruiz, the mayor.\n"The money is there," said Tom Berg.',
  speakers: [
    { id: 'ana-ruiz', name: 'Ana Ruiz', role: 'Mayor' },
    { id: 'tom-berg', name: 'Tom Berg' },
  ],
  quotes: [
    { id: 'q1', start: 1, end: 30, text: 'We will rebuild it by spring,', kind: 'direct', speaker: 'ana-ruiz' },
    { id: 'q2', start: 59, end: 78, text: 'The money is there,', kind: 'direct', speaker: 'tom-berg' },
  ],
};
