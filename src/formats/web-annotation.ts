/**
 * W3C Web Annotation (https://www.w3.org/TR/annotation-model/) in and out.
 *
 * Out: one AnnotationPage (JSON-LD, the W3C context) with one Annotation per quote. Its target is
 * the article with a `TextQuoteSelector` (exact words plus some context, for tools that re-anchor
 * by text, as Hypothesis does) and a `TextPositionSelector` (the offsets); its body is the speaker
 * and the quote's kind. What the W3C vocabulary has no words for (the article text itself, the
 * source mention and cue, split quotes, confidence) uses schema.org terms and a few of our own
 * under the `aa:` prefix, so that a round trip gives back the same article.
 *
 * In: our own output, and annotations made by other tools (one selector of the two, no speaker,
 * no article description when the text is given separately). Never throws: what cannot be used
 * is reported as problems with paths into the input.
 */
import { anchorSpan } from '../model/anchor.js';
import { isObject, short } from '../model/schema-check.js';
import { validateArticle } from '../model/validate.js';
import type { Problem } from '../model/problems.js';
import type { Article, Quote, Span, Speaker } from '../model/types.js';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Namespace of the terms the W3C vocabulary lacks. */
export const AA_NAMESPACE = 'https://github.com/article-annotations/article-annotations#';
const CONTEXT = [W3C_CONTEXT, { schema: 'https://schema.org/', aa: AA_NAMESPACE }] as const;
/** Characters of context kept in `prefix` and `suffix` (Hypothesis keeps 32). */
const CONTEXT_LENGTH = 32;
const URN = 'urn:article-annotations:';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface WebAnnotationTarget {
  type: 'SpecificResource';
  source: string;
  selector: [TextQuoteSelector, TextPositionSelector];
}

/** A speaker as an annotation body: `Person` and `Organization` are the W3C context's agent classes. */
export interface WebAnnotationSpeaker {
  id: string;
  type?: 'Person' | 'Organization';
  name: string;
  'schema:identifier': string;
  'schema:jobTitle'?: string;
  'schema:description'?: string;
  'schema:image'?: string;
  'schema:url'?: string;
  'schema:alternateName'?: string[];
}

export interface WebAnnotationKind {
  type: 'TextualBody';
  purpose: 'classifying';
  value: Quote['kind'];
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'identifying';
  /** The quote's id in the article data. */
  'schema:identifier': string;
  body: Array<WebAnnotationSpeaker | WebAnnotationKind>;
  target: WebAnnotationTarget;
  /** The mention that names the speaker. */
  'aa:source'?: WebAnnotationTarget;
  'aa:cue'?: WebAnnotationTarget;
  /** The id of the annotation whose quote this one continues. */
  'aa:continues'?: string;
  'aa:confidence'?: number;
}

/** The article itself, described with schema.org terms; `schema:mentions` lists every speaker. */
export interface WebAnnotationDocument {
  id: string;
  type: 'Text';
  format: 'text/plain';
  language: string;
  'schema:identifier': string;
  'schema:headline': string;
  'schema:author'?: string;
  'schema:publisher'?: string;
  'schema:url'?: string;
  'schema:datePublished'?: string;
  'schema:text': string;
  'schema:mentions': WebAnnotationSpeaker[];
}

export interface WebAnnotationPage {
  '@context': typeof CONTEXT;
  id: string;
  type: 'AnnotationPage';
  partOf: { id: string; type: 'AnnotationCollection'; label: string; total: number };
  startIndex: 0;
  'schema:about': WebAnnotationDocument;
  items: WebAnnotation[];
}

export interface FromWebAnnotationOptions {
  /** The annotated text, for annotations that do not carry it (most tools point at a URL). */
  body?: string;
}

/** IRI-safe text; a lone surrogate (which encodeURIComponent rejects) becomes U+FFFD. The exact ids travel in `schema:identifier`. */
const enc = (id: string) => encodeURIComponent(id.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));

/** The article's IRI: its URL when absolute, else a URN made from its id. */
function articleIri(article: Article): string {
  return article.url && /^https?:\/\//i.test(article.url) ? article.url.replace(/#.*$/, '') : `${URN}article:${enc(article.id)}`;
}

const quoteIri = (article: Article, id: string) => `${URN}quote:${enc(article.id)}:${enc(id)}`;
const speakerIri = (article: Article, id: string) => `${URN}speaker:${enc(article.id)}:${enc(id)}`;

function speakerNode(article: Article, s: Speaker): WebAnnotationSpeaker {
  const node: WebAnnotationSpeaker = { id: speakerIri(article, s.id), name: s.name, 'schema:identifier': s.id };
  if (s.kind) node.type = s.kind === 'organization' ? 'Organization' : 'Person';
  if (s.role !== undefined) node['schema:jobTitle'] = s.role;
  if (s.description !== undefined) node['schema:description'] = s.description;
  if (s.image !== undefined) node['schema:image'] = s.image;
  if (s.url !== undefined) node['schema:url'] = s.url;
  if (s.aliases !== undefined) node['schema:alternateName'] = [...s.aliases];
  return node;
}

function target(body: string, source: string, span: { start: number; end: number }): WebAnnotationTarget {
  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: body.slice(span.start, span.end) };
  const prefix = body.slice(Math.max(0, span.start - CONTEXT_LENGTH), span.start);
  const suffix = body.slice(span.end, span.end + CONTEXT_LENGTH);
  if (prefix) quote.prefix = prefix;
  if (suffix) quote.suffix = suffix;
  return { type: 'SpecificResource', source, selector: [quote, { type: 'TextPositionSelector', start: span.start, end: span.end }] };
}

/** The article as a W3C AnnotationPage: one Annotation per quote, the article described in `schema:about`. */
export function toWebAnnotation(article: Article): WebAnnotationPage {
  const source = articleIri(article);
  const speakers = new Map(article.speakers.map((s) => [s.id, s]));
  const doc: WebAnnotationDocument = {
    id: source,
    type: 'Text',
    format: 'text/plain',
    language: article.language,
    'schema:identifier': article.id,
    'schema:headline': article.headline,
    'schema:text': article.body,
    'schema:mentions': article.speakers.map((s) => speakerNode(article, s)),
  };
  if (article.byline !== undefined) doc['schema:author'] = article.byline;
  if (article.source !== undefined) doc['schema:publisher'] = article.source;
  if (article.url !== undefined) doc['schema:url'] = article.url;
  if (article.published !== undefined) doc['schema:datePublished'] = article.published;

  const items = article.quotes.map((q): WebAnnotation => {
    const speaker = q.speaker === null ? undefined : speakers.get(q.speaker);
    const body: WebAnnotation['body'] = [];
    if (speaker) body.push(speakerNode(article, speaker));
    body.push({ type: 'TextualBody', purpose: 'classifying', value: q.kind });
    const annotation: WebAnnotation = {
      id: quoteIri(article, q.id),
      type: 'Annotation',
      motivation: 'identifying',
      'schema:identifier': q.id,
      body,
      target: target(article.body, source, q),
    };
    if (q.source) annotation['aa:source'] = target(article.body, source, q.source);
    if (q.cue) annotation['aa:cue'] = target(article.body, source, q.cue);
    if (q.continues !== undefined) annotation['aa:continues'] = quoteIri(article, q.continues);
    if (q.confidence !== undefined) annotation['aa:confidence'] = q.confidence;
    return annotation;
  });

  return {
    '@context': CONTEXT,
    id: `${URN}annotations:${enc(article.id)}`,
    type: 'AnnotationPage',
    partOf: { id: `${URN}collection:${enc(article.id)}`, type: 'AnnotationCollection', label: article.headline, total: items.length },
    startIndex: 0,
    'schema:about': doc,
    items,
  };
}

// ---------------------------------------------------------------------------------------------
// Reading

type Json = Record<string, unknown>;
const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
/** A JSON-LD value may be a plain string or `{ "@value": "…" }`. */
const text = (v: unknown): string | undefined => str(v) ?? (isObject(v) ? str(v['@value']) : undefined);

/** A term written short (`name`), prefixed (`schema:name`) or as a full IRI. */
function term(node: Json, ...names: string[]): unknown {
  for (const name of names) {
    for (const key of [name, name.replace(/^schema:/, 'https://schema.org/'), name.replace(/^schema:/, 'http://schema.org/'), name.replace(/^aa:/, AA_NAMESPACE)]) {
      if (key in node && Object.prototype.hasOwnProperty.call(node, key)) return node[key];
    }
  }
  return undefined;
}

const types = (node: Json): string[] => list(node.type ?? node['@type']).filter((t): t is string => typeof t === 'string');
const idOf = (node: unknown): string | undefined => (isObject(node) ? str(node.id ?? node['@id']) : str(node));

/** The last segment of one of our IRIs, decoded; any other IRI as it is. */
function localId(iri: string, kind: 'quote' | 'speaker'): string {
  const m = new RegExp(`^${URN}${kind}:[^:]*:(.+)$`).exec(iri);
  if (!m) return iri;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return m[1]!;
  }
}

interface Reader {
  problems: Problem[];
  /** The quote's JSON path in the input, by its index in the article's `quotes`. */
  quotePaths: string[];
}

/** The annotations in any of the usual containers, with their JSON paths. */
function findAnnotations(data: unknown, problems: Problem[]): Array<{ node: Json; path: string }> {
  const out: Array<{ node: Json; path: string }> = [];
  const take = (items: unknown, path: string) =>
    list(items).forEach((item, i) => {
      const at = Array.isArray(items) ? `${path}[${i}]` : path;
      if (isObject(item) && types(item).includes('Annotation')) out.push({ node: item, path: at });
      else problems.push({ path: at, message: 'not an Annotation; ignored', severity: 'warning' });
    });
  if (Array.isArray(data)) take(data, '$');
  else if (isObject(data)) {
    const t = types(data);
    if (t.includes('Annotation')) out.push({ node: data, path: '$' });
    else if (t.includes('AnnotationCollection') && isObject(data.first)) take(data.first.items, 'first.items');
    else if ('items' in data) take(data.items, 'items');
    else problems.push({ path: '$', message: 'no annotations: expected an Annotation, an AnnotationPage or an AnnotationCollection', severity: 'error' });
  }
  return out;
}

/** The article description we write in `schema:about`, or the one a target's source embeds. */
function findDocument(data: unknown, annotations: Array<{ node: Json }>): { node: Json; path: string } | undefined {
  if (isObject(data)) {
    const about = term(data, 'schema:about');
    if (isObject(about)) return { node: about, path: 'schema:about' };
    if (isObject(data.partOf) && isObject(term(data.partOf, 'schema:about'))) return { node: term(data.partOf, 'schema:about') as Json, path: 'partOf.schema:about' };
  }
  for (const { node } of annotations) {
    for (const t of list(node.target)) {
      if (isObject(t) && isObject(t.source) && text(term(t.source, 'schema:text')) !== undefined) return { node: t.source, path: 'target.source' };
    }
  }
  return undefined;
}

function readSpeaker(node: Json, ids: Map<string, Speaker>): Speaker | undefined {
  const name = text(term(node, 'name', 'schema:name', 'label', 'foaf:name')) ?? text(node.value);
  if (!name) return undefined;
  const iri = idOf(node);
  const id = text(term(node, 'schema:identifier')) ?? (iri ? localId(iri, 'speaker') : undefined) ?? slug(name, ids);
  const speaker: Speaker = { id, name };
  const t = types(node);
  if (t.some((x) => /(^|[/#:])Organization$/.test(x))) speaker.kind = 'organization';
  else if (t.some((x) => /(^|[/#:])Person$/.test(x))) speaker.kind = 'person';
  const fields = [['role', 'schema:jobTitle'], ['description', 'schema:description'], ['image', 'schema:image'], ['url', 'schema:url']] as const;
  for (const [key, name] of fields) {
    const value = text(term(node, name));
    if (value !== undefined) speaker[key] = value;
  }
  const aliases = term(node, 'schema:alternateName');
  if (aliases !== undefined) speaker.aliases = list(aliases).map(text).filter((a): a is string => !!a);
  return speaker;
}

function slug(name: string, taken: Map<string, Speaker>): string {
  const base = name.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'speaker';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Where a selector list puts its span: the position if it holds the exact text, else the exact text found by its context. */
function locate(body: string, selectors: unknown, path: string, r: Reader): Span | undefined {
  let position: { start: number; end: number } | undefined;
  let quote: { exact: string; prefix: string; suffix: string } | undefined;
  for (const s of list(selectors)) {
    if (!isObject(s)) continue;
    const t = types(s);
    if (t.includes('TextPositionSelector') && Number.isInteger(s.start) && Number.isInteger(s.end)) position = { start: s.start as number, end: s.end as number };
    else if (t.includes('TextQuoteSelector') && typeof s.exact === 'string') quote = { exact: s.exact, prefix: str(s.prefix) ?? '', suffix: str(s.suffix) ?? '' };
  }
  const inBody = position && position.start >= 0 && position.start <= position.end && position.end <= body.length;
  if (position && inBody && (!quote || body.slice(position.start, position.end) === quote.exact)) {
    return { ...position, text: body.slice(position.start, position.end) };
  }
  if (quote && quote.exact) {
    const start = bestOccurrence(body, quote, position?.start);
    if (start >= 0) return { start, end: start + quote.exact.length, text: quote.exact };
    // The text was corrected since: the model's fuzzy anchoring, with its minimum score.
    const near = position ?? { start: 0, end: quote.exact.length };
    const anchor = anchorSpan(body, { ...near, text: quote.exact });
    if (anchor) {
      r.problems.push({ path, message: `"${short(quote.exact)}" re-anchored by ${anchor.method} match to ${anchor.start}–${anchor.end} (text updated from the body)`, severity: 'warning' });
      return { start: anchor.start, end: anchor.end, text: body.slice(anchor.start, anchor.end) };
    }
    r.problems.push({ path, message: `text "${short(quote.exact)}" not found in the body; left out`, severity: 'error' });
    return undefined;
  }
  r.problems.push({
    path,
    message: position ? `TextPositionSelector ${position.start}–${position.end} is outside the text (${body.length} characters) and there is no TextQuoteSelector` : 'no TextQuoteSelector or TextPositionSelector',
    severity: 'error',
  });
  return undefined;
}

/** The occurrence of `exact` whose surroundings match its prefix and suffix best (then the one nearest `near`). */
function bestOccurrence(body: string, q: { exact: string; prefix: string; suffix: string }, near = 0): number {
  let best = -1;
  let bestScore = -1;
  for (let at = body.indexOf(q.exact); at >= 0; at = body.indexOf(q.exact, at + 1)) {
    let score = 0;
    while (score < q.prefix.length && body[at - 1 - score] === q.prefix[q.prefix.length - 1 - score]) score++;
    const end = at + q.exact.length;
    let s = 0;
    while (s < q.suffix.length && body[end + s] === q.suffix[s]) s++;
    score += s;
    if (score > bestScore || (score === bestScore && Math.abs(at - near) < Math.abs(best - near))) {
      best = at;
      bestScore = score;
    }
  }
  return best;
}

const KINDS = new Set(['direct', 'mixed', 'indirect', 'unmarked']);

/**
 * Reads W3C Web Annotation data into an article. The article's text comes from the data (our
 * `schema:about`, or a target source with `schema:text`) or from `options.body`. Quotes are
 * placed by their selectors and then validated like any article data. Never throws.
 */
export function fromWebAnnotation(data: unknown, options: FromWebAnnotationOptions = {}): { article: Article | null; problems: Problem[] } {
  const r: Reader = { problems: [], quotePaths: [] };
  try {
    return read(data, options, r);
  } catch (error) {
    // Input shaped to break the reader (getters, cycles) must not break the caller.
    r.problems.push({ path: '$', message: `could not be read: ${error instanceof Error ? error.message : String(error)}`, severity: 'error' });
    return { article: null, problems: r.problems };
  }
}

function read(data: unknown, options: FromWebAnnotationOptions, r: Reader): { article: Article | null; problems: Problem[] } {
  if (!isObject(data) && !Array.isArray(data)) {
    r.problems.push({ path: '$', message: `expected W3C Web Annotation JSON-LD, got ${data === null ? 'null' : typeof data}`, severity: 'error' });
    return { article: null, problems: r.problems };
  }
  const annotations = findAnnotations(data, r.problems);
  const doc = findDocument(data, annotations);
  const body = text(doc && term(doc.node, 'schema:text')) ?? options.body;
  if (body === undefined) {
    r.problems.push({ path: '$', message: 'the annotated text is not in the data (no schema:about with schema:text); give it separately', severity: 'error' });
    return { article: null, problems: r.problems };
  }

  const speakers = new Map<string, Speaker>();
  const byIri = new Map<string, Speaker>();
  const speakerPaths: string[] = [];
  const addSpeaker = (node: unknown, path: string): Speaker | undefined => {
    if (!isObject(node)) return undefined;
    const iri = idOf(node);
    const known = (iri && byIri.get(iri)) || undefined;
    if (known) return known;
    const s = readSpeaker(node, speakers);
    if (!s) return undefined;
    // A speaker given only by name (no IRI, no id) is the speaker of that name met before.
    const sameName = !iri && term(node, 'schema:identifier') === undefined && [...speakers.values()].find((x) => x.name === s.name);
    if (sameName) return sameName;
    const existing = speakers.get(s.id);
    if (existing) return existing;
    speakers.set(s.id, s);
    speakerPaths.push(path);
    if (iri) byIri.set(iri, s);
    return s;
  };
  const meta = doc?.node ?? {};
  const mentions = term(meta, 'schema:mentions');
  list(mentions).forEach((m, i) => addSpeaker(m, `${doc!.path}.schema:mentions${Array.isArray(mentions) ? `[${i}]` : ''}`));

  const quoteIds = new Map<string, string>();
  const rawQuotes: unknown[] = [];
  annotations.forEach(({ node, path }, i) => {
    const iri = idOf(node);
    const id = text(term(node, 'schema:identifier')) ?? (iri ? localId(iri, 'quote') : `quote-${i + 1}`);
    if (iri) quoteIds.set(iri, id);
    const tgt = list(node.target).find((t) => isObject(t) && (t.selector !== undefined || isObject(t.source))) as Json | undefined;
    const targetPath = `${path}.target`;
    if (!tgt) {
      r.problems.push({ path: targetPath, message: 'no target with a selector; this annotation is left out', severity: 'error' });
      return;
    }
    const span = locate(body, tgt.selector, `${targetPath}.selector`, r);
    if (!span) return;
    const quote: Record<string, unknown> = { id, start: span.start, end: span.end, text: span.text, kind: 'direct', speaker: null };
    let kind: string | undefined;
    list(node.body).forEach((b, j) => {
      const value = isObject(b) ? text(b.value) : undefined;
      if (isObject(b) && value !== undefined) {
        // A TextualBody: our kind, a tag that is a kind, or a speaker named by an identifying body.
        if ((b.purpose === 'classifying' || b.purpose === 'tagging') && KINDS.has(value)) kind = value;
        else if (b.purpose === 'identifying') quote.speaker = addSpeaker({ name: value }, `${path}.body[${j}]`)?.id ?? null;
        return; // anything else is a comment, not ours to keep
      }
      const resource = isObject(b) && types(b).includes('SpecificResource') ? b.source : b;
      const s = typeof resource === 'string' ? byIri.get(resource) : addSpeaker(resource, `${path}.body[${j}]`);
      if (s) quote.speaker = s.id;
      else r.problems.push({ path: `${path}.body[${j}]`, message: 'neither a known speaker nor a named one; ignored', severity: 'warning' });
    });
    if (kind) quote.kind = kind;
    for (const key of ['source', 'cue'] as const) {
      const at = term(node, `aa:${key}`);
      if (!isObject(at)) continue;
      const placed = locate(body, at.selector, `${path}.aa:${key}.selector`, r);
      if (placed) quote[key] = placed;
    }
    const continues = idOf(term(node, 'aa:continues'));
    if (continues) quote.continues = continues;
    const confidence = term(node, 'aa:confidence');
    if (confidence !== undefined) quote.confidence = typeof confidence === 'number' ? confidence : Number(text(confidence));
    r.quotePaths.push(path);
    rawQuotes.push(quote);
  });
  // `continues` names an annotation by IRI; map it to the quote id now that all are known.
  for (const q of rawQuotes as Array<{ continues?: string }>) {
    if (q.continues !== undefined) q.continues = quoteIds.get(q.continues) ?? localId(q.continues, 'quote');
  }

  const raw: Record<string, unknown> = {
    version: 1,
    id: text(term(meta, 'schema:identifier')) ?? 'article',
    headline: text(term(meta, 'schema:headline')) ?? (isObject(data) && isObject(data.partOf) ? text(data.partOf.label) : undefined) ?? '',
    language: text(term(meta, 'language', 'schema:inLanguage')) ?? 'und',
    body,
    speakers: [...speakers.values()],
    quotes: rawQuotes,
  };
  const fields = [['byline', 'schema:author'], ['source', 'schema:publisher'], ['url', 'schema:url'], ['published', 'schema:datePublished']] as const;
  for (const [key, name] of fields) {
    const value = text(term(meta, name));
    if (value !== undefined) raw[key] = value;
  }
  const result = validateArticle(raw);
  const docPath = doc?.path ?? '$';
  for (const p of result.problems) r.problems.push({ ...p, path: inputPath(p.path, r.quotePaths, speakerPaths, docPath) });
  return { article: result.article, problems: r.problems };
}

/** A validation path (`quotes[3].speaker`) as a path into the W3C input (`items[5].body`). */
function inputPath(path: string, quotePaths: string[], speakerPaths: string[], docPath: string): string {
  const m = /^quotes\[(\d+)\](.*)$/.exec(path);
  if (m) {
    const base = quotePaths[Number(m[1])] ?? path;
    // A duplicate id is the annotation's own fault, not its target's.
    const rest = m[2] === '.id' ? '' : m[2] === '.speaker' ? '.body' : m[2] === '.source' || m[2] === '.cue' ? `.aa:${m[2].slice(1)}` : m[2]!.startsWith('.continues') ? '.aa:continues' : m[2] === '.confidence' ? '.aa:confidence' : m[2]!.startsWith('.') ? '.target' : m[2]!;
    return base + rest;
  }
  const s = /^speakers\[(\d+)\](.*)$/.exec(path);
  if (s) return (speakerPaths[Number(s[1])] ?? path) + s[2];
  return path === '$' ? '$' : `${docPath}.${path}`;
}
