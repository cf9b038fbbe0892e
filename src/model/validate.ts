/**
 * Validation: turns untrusted input into the usable article plus a list of problems.
 *
 * One bad quote never throws away the article: structural checks come from `articleSchema`;
 * then quotes are re-anchored against the body, speakers resolved, and quotes that partly overlap
 * or cannot be found are orphaned (listed with a reason, never drawn on the wrong words).
 */
import { anchorSpan, spanHolds } from './anchor.js';
import { firstJsonError, lineAndColumn } from './json-error.js';
import { compareQuotes, onlyBreaks } from './layout.js';
import type { Problem } from './problems.js';
import { articleSchema } from './schema.js';
import { checkSchema, describe, has, isObject, short, type SchemaNode } from './schema-check.js';
import { MODEL_VERSION, type Article, type Quote, type Span, type Speaker } from './types.js';

/** A quote that could not be placed on the body, with the reason. */
export interface OrphanQuote {
  /** Its index in the input `quotes` array. */
  index: number;
  id: string;
  text: string;
  reason: string;
}

export interface ValidationResult {
  /** The usable article, or null when there is none (not an object, no body, not JSON). */
  article: Article | null;
  problems: Problem[];
  orphans: OrphanQuote[];
}

const props = articleSchema.properties as unknown as Record<string, SchemaNode>;
const speakerSchema = articleSchema.properties.speakers.items as unknown as SchemaNode;
const quoteSchema = articleSchema.properties.quotes.items as unknown as SchemaNode;


/** Fallbacks for required metadata, so a document missing them still renders its body. */
const METADATA_DEFAULTS: Record<string, string> = { id: 'article', headline: '', language: 'und' };
const METADATA_FIELDS = ['id', 'headline', 'byline', 'source', 'url', 'published', 'language'] as const;

function readMetadata(raw: Record<string, unknown>, problems: Problem[]): Partial<Article> {
  const out: Record<string, unknown> = {};
  for (const key of METADATA_FIELDS) {
    if (has(raw, key)) {
      const r = checkSchema(raw[key], props[key], key, problems);
      if (r.ok) out[key] = r.value;
    } else if (key in METADATA_DEFAULTS) {
      problems.push({ path: key, message: 'missing', severity: 'warning' }); // filled in below: nothing is lost
    }
    if (!(key in out) && key in METADATA_DEFAULTS) out[key] = METADATA_DEFAULTS[key];
  }
  return out as Partial<Article>;
}

function readList(raw: Record<string, unknown>, key: 'speakers' | 'quotes', problems: Problem[]): unknown[] {
  if (!has(raw, key)) {
    problems.push({ path: key, message: 'missing; read as an empty list', severity: 'warning' });
    return [];
  }
  if (!Array.isArray(raw[key])) {
    problems.push({ path: key, message: `expected an array, got ${describe(raw[key])}`, severity: 'error' });
    return [];
  }
  return raw[key] as unknown[];
}

function readSpeakers(items: unknown[], problems: Problem[]): Speaker[] {
  const speakers: Speaker[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const path = `speakers[${i}]`;
    const r = checkSchema(item, speakerSchema, path, problems);
    if (!r.ok) return;
    const speaker = r.value as Speaker;
    if (seen.has(speaker.id)) {
      problems.push({ path: `${path}.id`, message: `duplicate speaker id "${short(speaker.id)}"; this speaker is left out`, severity: 'error' });
      return;
    }
    seen.add(speaker.id);
    speakers.push(speaker);
  });
  return speakers;
}

/** Places a source or cue span again after its quote moved; undefined when it is gone. */
function placeSpan(body: string, span: Span, shift: number): Span | undefined {
  if (spanHolds(body, span)) return span;
  const shifted = { ...span, start: span.start + shift, end: span.end + shift };
  if (spanHolds(body, shifted)) return shifted;
  const anchor = anchorSpan(body, shifted);
  return anchor && anchor.method !== 'fuzzy' ? { start: anchor.start, end: anchor.end, text: span.text } : undefined;
}

interface Placed {
  quote: Quote;
  index: number;
}

function readQuote(
  item: unknown,
  index: number,
  body: string,
  speakerIds: Set<string>,
  problems: Problem[],
  orphans: OrphanQuote[],
): Placed | undefined {
  const path = `quotes[${index}]`;
  const orphan = (reason: string, id = '', text = '') => {
    problems.push({ path, message: reason, severity: 'error' });
    orphans.push({ index, id, text, reason });
    return undefined;
  };
  if (!isObject(item)) return orphan(`expected a quote object, got ${describe(item)}`);
  const local: Problem[] = [];
  const value = checkSchema(item, quoteSchema, path, local).value as Partial<Quote>;
  // Fields a quote can do without (kind, speaker, text) are repaired below; the problems still say so.
  for (const p of local) problems.push(p);
  const id = value.id ?? `quote-${index + 1}`;

  let text = value.text;
  if (text === undefined) {
    const { start, end } = item;
    if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) > body.length) {
      return orphan('has no text and no usable offsets', id);
    }
    text = body.slice(start as number, end as number);
  }
  if (!text) return orphan('has empty text', id, text);

  const source = value.source;
  const cue = value.cue;
  const anchor = anchorSpan(body, { start: item.start, end: item.end, text }, { neighbours: [source, cue] });
  if (!anchor) {
    const where = Number.isInteger(item.start) && Number.isInteger(item.end) ? ` (offsets ${String(item.start)}–${String(item.end)})` : '';
    return orphan(`text "${short(text)}" not found in the body${where}`, id, text);
  }
  if (onlyBreaks(body.slice(anchor.start, anchor.end))) return orphan('holds only line breaks: there are no words to mark', id, text);
  if (anchor.method !== 'offsets') {
    problems.push({
      path,
      message: `re-anchored by ${anchor.method} match to ${anchor.start}–${anchor.end}${anchor.method === 'fuzzy' ? ' (text updated from the body)' : ''}`,
      severity: 'warning',
    });
  }

  const quote: Quote = {
    id,
    start: anchor.start,
    end: anchor.end,
    text: body.slice(anchor.start, anchor.end),
    kind: value.kind ?? 'direct',
    speaker: value.speaker ?? null,
  };
  if (quote.speaker !== null && !speakerIds.has(quote.speaker)) {
    problems.push({ path: `${path}.speaker`, message: `no speaker with id "${short(quote.speaker)}"; shown without a speaker`, severity: 'error' });
    quote.speaker = null;
  }
  const shift = anchor.start - (Number.isInteger(item.start) ? (item.start as number) : anchor.start);
  for (const key of ['source', 'cue'] as const) {
    const span = value[key];
    if (!span) continue;
    const placed = placeSpan(body, span, shift);
    if (placed) quote[key] = placed;
    else problems.push({ path: `${path}.${key}`, message: `"${short(span.text)}" not found in the body; left out`, severity: 'warning' });
  }
  if (value.continues !== undefined) quote.continues = value.continues;
  if (value.confidence !== undefined) quote.confidence = value.confidence;
  return { quote, index };
}

/** Orphans every quote that partly overlaps one before it; quotes must nest or stay apart. */
function removePartialOverlaps(placed: Placed[], problems: Problem[], orphans: OrphanQuote[]): Placed[] {
  const sorted = [...placed].sort((a, b) => compareQuotes(a.quote, b.quote));
  const open: Placed[] = [];
  const rejected = new Set<Placed>();
  for (const p of sorted) {
    while (open.length && open[open.length - 1].quote.end <= p.quote.start) open.pop();
    const parent = open[open.length - 1];
    if (parent && p.quote.end > parent.quote.end) {
      const reason = `partly overlaps quote "${short(parent.quote.id)}" (quotes[${parent.index}]); quotes must nest or not overlap`;
      problems.push({ path: `quotes[${p.index}]`, message: reason, severity: 'error' });
      orphans.push({ index: p.index, id: p.quote.id, text: p.quote.text, reason });
      rejected.add(p);
      continue;
    }
    open.push(p);
  }
  return placed.filter((p) => !rejected.has(p));
}

function readQuotes(items: unknown[], body: string, speakers: Speaker[], problems: Problem[], orphans: OrphanQuote[]): Quote[] {
  const speakerIds = new Set(speakers.map((s) => s.id));
  const ids = new Set<string>();
  let placed: Placed[] = [];
  items.forEach((item, index) => {
    const p = readQuote(item, index, body, speakerIds, problems, orphans);
    if (!p) return;
    if (ids.has(p.quote.id)) {
      const reason = `duplicate quote id "${short(p.quote.id)}"`;
      problems.push({ path: `quotes[${index}].id`, message: reason, severity: 'error' });
      orphans.push({ index, id: p.quote.id, text: p.quote.text, reason });
      return;
    }
    ids.add(p.quote.id);
    placed.push(p);
  });
  placed = removePartialOverlaps(placed, problems, orphans);
  const kept = new Set(placed.map((p) => p.quote.id));
  for (const { quote, index } of placed) {
    if (quote.continues === undefined) continue;
    if (quote.continues === quote.id || !kept.has(quote.continues)) {
      problems.push({ path: `quotes[${index}].continues`, message: `no quote with id "${short(quote.continues)}" to continue; left out`, severity: 'warning' });
      delete quote.continues;
    }
  }
  orphans.sort((a, b) => a.index - b.index);
  return placed.map((p) => p.quote);
}

/** Validates untrusted article data. Never throws. */
export function validateArticle(input: unknown): ValidationResult {
  const problems: Problem[] = [];
  const orphans: OrphanQuote[] = [];
  if (!isObject(input)) {
    return { article: null, problems: [{ path: '$', message: `expected an article object, got ${describe(input)}`, severity: 'error' }], orphans };
  }
  if (typeof input.body !== 'string') {
    const message = has(input, 'body') ? `expected the article text as a string, got ${describe(input.body)}` : 'missing: the article has no text';
    return { article: null, problems: [{ path: 'body', message, severity: 'error' }], orphans };
  }
  if (input.version !== MODEL_VERSION) {
    problems.push({
      path: 'version',
      message: has(input, 'version')
        ? `expected ${MODEL_VERSION}, got ${describe(input.version)}; read as version ${MODEL_VERSION}`
        : `missing; read as version ${MODEL_VERSION}`,
      severity: 'warning',
    });
  }
  for (const key of Object.keys(input)) {
    if (!has(props, key)) problems.push({ path: key, message: 'unknown field, ignored', severity: 'warning' });
  }
  const body = input.body;
  const metadata = readMetadata(input, problems);
  const speakers = readSpeakers(readList(input, 'speakers', problems), problems);
  const quotes = readQuotes(readList(input, 'quotes', problems), body, speakers, problems, orphans);
  const article = { version: MODEL_VERSION, ...metadata, body, speakers, quotes } as Article;
  return { article, problems, orphans };
}

/** Parses and validates JSON text. Malformed JSON gives a problem at `$` that says where. */
export function parseArticle(json: string): ValidationResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    const at = firstJsonError(json);
    const found = at >= 0 && at < json.length ? `unexpected ${JSON.stringify(json.slice(at, at + 12))}` : 'the document ends too early';
    const message = json.trim() === '' ? 'not valid JSON: the document is empty' : `not valid JSON at ${lineAndColumn(json, Math.max(at, 0))}: ${found}`;
    return { article: null, problems: [{ path: '$', message, severity: 'error' }], orphans: [] };
  }
  return validateArticle(data);
}
