/**
 * The JSON Schema of the article data model, version 1: the one source of truth.
 *
 * - `schema-check.ts` walks this object for the structural checks (types, required fields, enums,
 *   ranges), so a field added here is checked at runtime without more code.
 * - The build writes it to `schema.json` in the package for CMS tools and editors.
 * - The compile-time check at the bottom fails the build if `types.ts` drifts from it.
 */
import type { FromSchema } from 'json-schema-to-ts';
import type { Article } from './types.js';

const span = {
  type: 'object',
  description: 'A span of the body: UTF-16 offsets, end exclusive; text is exactly body.slice(start, end).',
  properties: {
    start: { type: 'integer', minimum: 0 },
    end: { type: 'integer', minimum: 0 },
    text: { type: 'string' },
  },
  required: ['start', 'end', 'text'],
  additionalProperties: false,
} as const;

const speaker = {
  type: 'object',
  properties: {
    id: { type: 'string', minLength: 1 },
    name: { type: 'string', minLength: 1 },
    role: { type: 'string' },
    description: { type: 'string' },
    image: { type: 'string', format: 'uri-reference', description: 'URL of a picture (http, https or relative).' },
    url: { type: 'string', format: 'uri-reference', description: 'URL of a page about the speaker.' },
    aliases: { type: 'array', items: { type: 'string', minLength: 1 } },
    kind: { enum: ['person', 'organization'], description: 'A person (the default) or an organization speaking as one.' },
  },
  required: ['id', 'name'],
  additionalProperties: false,
} as const;

const quote = {
  type: 'object',
  properties: {
    id: { type: 'string', minLength: 1 },
    start: { type: 'integer', minimum: 0 },
    end: { type: 'integer', minimum: 0 },
    text: { type: 'string', description: 'The quoted words, without the enclosing quotation marks.' },
    kind: { enum: ['direct', 'mixed', 'indirect', 'unmarked'] },
    speaker: {
      anyOf: [{ type: 'string', minLength: 1 }, { type: 'null' }],
      description: 'A speaker id, or null when the speaker is unknown or unnamed.',
    },
    source: { ...span, description: 'The mention in the body that names the speaker.' },
    cue: { ...span, description: 'The cue: "said", "told the AP", "wrote".' },
    continues: { type: 'string', minLength: 1, description: 'The id of the quote this one continues.' },
    confidence: { type: 'number', minimum: 0, maximum: 1 },
  },
  required: ['id', 'start', 'end', 'text', 'kind', 'speaker'],
  additionalProperties: false,
} as const;

export const articleSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://unpkg.com/article-annotations/schema.json',
  title: 'Annotated article',
  description: 'A news article with its speakers and quotations (article-annotations data model, version 1).',
  type: 'object',
  properties: {
    version: { const: 1 },
    id: { type: 'string', minLength: 1 },
    headline: { type: 'string' },
    byline: { type: 'string' },
    source: { type: 'string', description: 'The publication.' },
    url: { type: 'string', format: 'uri-reference' },
    published: {
      type: 'string',
      pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?$',
      description: 'ISO 8601 date or date-time.',
    },
    language: { type: 'string', pattern: '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$', description: 'BCP 47 language tag.' },
    body: { type: 'string', description: 'Plain text; paragraphs separated by line breaks.' },
    speakers: { type: 'array', items: speaker },
    quotes: { type: 'array', items: quote },
  },
  required: ['version', 'id', 'headline', 'language', 'body', 'speakers', 'quotes'],
  additionalProperties: false,
} as const;

export type ArticleSchema = typeof articleSchema;
export type SpeakerSchema = typeof speaker;
export type QuoteSchema = typeof quote;
export type SpanSchema = typeof span;

// Compile-time guard: `Article` and the schema describe the same data.
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const typesMatchSchema: Mutual<Article, FromSchema<ArticleSchema>> = true;
void typesMatchSchema;
