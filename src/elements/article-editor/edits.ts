/**
 * The editor's changes to an article, as pure functions on immutable state: no DOM, no Lit.
 *
 * Every function returns a new state and leaves its input untouched; objects it does not change are
 * shared with the input, so a history of states costs little and a renderer can tell what changed
 * by identity. A change that would make the article invalid is refused with a message instead.
 */
import { anchorSpan, spanHolds } from '../../model/anchor.js';
import { compareQuotes, onlyBreaks } from '../../model/layout.js';
import type { Article, Quote, QuoteKind, Span, Speaker } from '../../model/types.js';

/**
 * What the editor works on: the article (always valid) and the quotes that lost their place when
 * the text was corrected, kept aside until they are placed again (never dropped).
 */
export interface EditorState {
  readonly article: Article;
  readonly orphans: readonly Quote[];
}

/** A change: the new state, or why it was refused. */
export type Outcome = { state: EditorState; error?: undefined } | { error: string; state?: undefined };

const ok = (state: EditorState): Outcome => ({ state });
const refuse = (error: string): Outcome => ({ error });
const short = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

const withQuotes = (s: EditorState, quotes: Quote[], orphans = s.orphans): EditorState => ({
  article: { ...s.article, quotes },
  orphans,
});
const withSpeakers = (s: EditorState, speakers: Speaker[], quotes = s.article.quotes): EditorState => ({
  article: { ...s.article, speakers, quotes },
  orphans: s.orphans,
});

export function findQuote(s: EditorState, id: string): Quote | undefined {
  return s.article.quotes.find((q) => q.id === id);
}

/** The quote that `start`–`end` would partly overlap (neither nested in it nor around it), if any. */
export function partlyOverlapping(quotes: readonly Quote[], start: number, end: number, except?: string): Quote | undefined {
  return quotes.find(
    (q) => q.id !== except && q.start < end && start < q.end && !(q.start <= start && end <= q.end) && !(start <= q.start && q.end <= end),
  );
}

/** Why `start`–`end` cannot hold a quote, or undefined when it can. */
export function rangeProblem(article: Article, start: number, end: number, except?: string): string | undefined {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= article.body.length)) return 'Select some words of the article first.';
  if (onlyBreaks(article.body.slice(start, end))) return 'The selection holds no words.';
  const same = article.quotes.find((q) => q.id !== except && q.start === start && q.end === end);
  if (same) return `These words are already a quote ("${short(same.text)}").`;
  const other = partlyOverlapping(article.quotes, start, end, except);
  if (other) return `The selection partly overlaps the quote "${short(other.text)}": select words inside it or around all of it.`;
  return undefined;
}

/** A new id made from `base` that no item in `taken` has. */
export function freshId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const stem =
    base
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'item';
  let id = stem;
  for (let n = 2; used.has(id); n++) id = `${stem}-${n}`;
  return id;
}

const allQuoteIds = (s: EditorState) => [...s.article.quotes, ...s.orphans].map((q) => q.id);

/** Keeps quotes in text order (enclosing quotes first), the order the extractor writes. */
const sorted = (quotes: Quote[]) => quotes.sort(compareQuotes);

export interface NewQuote {
  start: number;
  end: number;
  kind: QuoteKind;
  speaker: string | null;
}

/** Adds a quote on `start`–`end` (already snapped: see snap.ts). */
export function addQuote(s: EditorState, q: NewQuote, id = freshId(`q${s.article.quotes.length + s.orphans.length + 1}`, allQuoteIds(s))): Outcome {
  const problem = rangeProblem(s.article, q.start, q.end) ?? speakerProblem(s, q.speaker);
  if (problem) return refuse(problem);
  const quote: Quote = { id, start: q.start, end: q.end, text: s.article.body.slice(q.start, q.end), kind: q.kind, speaker: q.speaker };
  return ok(withQuotes(s, sorted([...s.article.quotes, quote])));
}

function speakerProblem(s: EditorState, speaker: string | null | undefined): string | undefined {
  return speaker != null && !s.article.speakers.some((sp) => sp.id === speaker) ? `There is no speaker "${short(speaker)}".` : undefined;
}

/** What the quote form changes. `null` removes an optional field. */
export interface QuotePatch {
  kind?: QuoteKind;
  speaker?: string | null;
  source?: Span | null;
  cue?: Span | null;
  continues?: string | null;
  /** `null`: reviewed by a person (a machine-made quote's confidence is dropped). */
  confidence?: null;
}

function spanProblem(article: Article, span: Span, what: string): string | undefined {
  if (!spanHolds(article.body, span) || span.start >= span.end || onlyBreaks(span.text)) return `Select the words of the ${what} in the article first.`;
  return undefined;
}

export function updateQuote(s: EditorState, id: string, patch: QuotePatch): Outcome {
  const old = findQuote(s, id);
  if (!old) return refuse(`There is no quote "${short(id)}".`);
  const problem =
    speakerProblem(s, patch.speaker) ??
    (patch.source ? spanProblem(s.article, patch.source, 'source') : undefined) ??
    (patch.cue ? spanProblem(s.article, patch.cue, 'cue') : undefined) ??
    (patch.continues != null && (patch.continues === id || !findQuote(s, patch.continues)) ? 'That quote cannot be continued.' : undefined);
  if (problem) return refuse(problem);
  const quote: Quote = { ...old };
  for (const key of ['kind', 'speaker', 'source', 'cue', 'continues', 'confidence'] as const) {
    if (!(key in patch) || patch[key] === undefined) continue;
    const value = patch[key];
    if (value === null && key !== 'speaker') delete quote[key];
    else (quote as unknown as Record<string, unknown>)[key] = key === 'source' || key === 'cue' ? { ...(value as Span) } : value;
  }
  return ok(withQuotes(s, s.article.quotes.map((q) => (q === old ? quote : q))));
}

/** Moves a quote to new words (its text follows). */
export function moveQuote(s: EditorState, id: string, start: number, end: number): Outcome {
  const old = findQuote(s, id);
  if (!old) return refuse(`There is no quote "${short(id)}".`);
  const problem = rangeProblem(s.article, start, end, id);
  if (problem) return refuse(problem);
  const quote = { ...old, start, end, text: s.article.body.slice(start, end) };
  return ok(withQuotes(s, sorted(s.article.quotes.map((q) => (q === old ? quote : q)))));
}

/** Removes a quote; a quote that continued it continues what it continued (or nothing). */
export function deleteQuote(s: EditorState, id: string): Outcome {
  const gone = findQuote(s, id) ?? s.orphans.find((q) => q.id === id);
  if (!gone) return refuse(`There is no quote "${short(id)}".`);
  const relink = (q: Quote): Quote => {
    if (q.continues !== id) return q;
    const { continues: _, ...rest } = q;
    return gone.continues && gone.continues !== q.id ? { ...rest, continues: gone.continues } : rest;
  };
  return ok(
    withQuotes(
      s,
      s.article.quotes.filter((q) => q !== gone).map(relink),
      s.orphans.filter((q) => q !== gone).map(relink),
    ),
  );
}

/** A person confirmed a machine-made quote: it loses its confidence (see the README on review). */
export function acceptQuote(s: EditorState, id: string): Outcome {
  const q = findQuote(s, id);
  if (!q) return refuse(`There is no quote "${short(id)}".`);
  return q.confidence === undefined ? refuse('This quote is already reviewed.') : updateQuote(s, id, { confidence: null });
}

/** The quote before `id` in the text by `speaker` (by default its own), which `id` may continue. */
export function previousBySameSpeaker(s: EditorState, id: string, speaker?: string | null): Quote | undefined {
  const q = findQuote(s, id);
  const who = speaker === undefined ? q?.speaker : speaker;
  if (!q || who == null) return undefined;
  let found: Quote | undefined;
  for (const other of s.article.quotes) if (other !== q && other.speaker === who && other.end <= q.start && (!found || other.start > found.start)) found = other;
  return found;
}

// ——— speakers ———

/** Adds a speaker named `name`; the new id is in `state.article.speakers` (last). */
export function addSpeaker(s: EditorState, name: string, id = freshId(name, s.article.speakers.map((sp) => sp.id))): Outcome {
  const trimmed = name.trim();
  if (!trimmed) return refuse('A speaker needs a name.');
  return ok(withSpeakers(s, [...s.article.speakers, { id, name: trimmed }]));
}

export interface SpeakerPatch {
  name?: string;
  /** Empty removes it. */
  role?: string;
  description?: string;
}

export function updateSpeaker(s: EditorState, id: string, patch: SpeakerPatch): Outcome {
  const old = s.article.speakers.find((sp) => sp.id === id);
  if (!old) return refuse(`There is no speaker "${short(id)}".`);
  if (patch.name !== undefined && !patch.name.trim()) return refuse('A speaker needs a name.');
  const sp: Speaker = { ...old };
  if (patch.name !== undefined) sp.name = patch.name.trim();
  for (const key of ['role', 'description'] as const) {
    const value = patch[key];
    if (value === undefined) continue;
    if (value.trim()) sp[key] = value.trim();
    else delete sp[key];
  }
  return ok(withSpeakers(s, s.article.speakers.map((x) => (x === old ? sp : x))));
}

/** Merges speaker `from` into `into`: its quotes move, its name and aliases become aliases. */
export function mergeSpeakers(s: EditorState, from: string, into: string): Outcome {
  const a = s.article.speakers.find((sp) => sp.id === from);
  const b = s.article.speakers.find((sp) => sp.id === into);
  if (!a || !b || a === b) return refuse('Choose two different speakers to merge.');
  const aliases = [...(b.aliases ?? [])];
  for (const name of [a.name, ...(a.aliases ?? [])]) if (name !== b.name && !aliases.includes(name)) aliases.push(name);
  const merged: Speaker = aliases.length ? { ...b, aliases } : b;
  const move = (q: Quote) => (q.speaker === from ? { ...q, speaker: into } : q);
  const state = withSpeakers(
    s,
    s.article.speakers.filter((sp) => sp !== a).map((sp) => (sp === b ? merged : sp)),
    s.article.quotes.map(move),
  );
  return ok({ ...state, orphans: s.orphans.map(move) });
}

/** Deletes a speaker who has no quotes. */
export function deleteSpeaker(s: EditorState, id: string): Outcome {
  const sp = s.article.speakers.find((x) => x.id === id);
  if (!sp) return refuse(`There is no speaker "${short(id)}".`);
  const n = [...s.article.quotes, ...s.orphans].filter((q) => q.speaker === id).length;
  if (n) return refuse(`${sp.name} still has ${n === 1 ? 'a quote' : `${n} quotes`}: merge the speaker or give the quotes another speaker first.`);
  return ok(withSpeakers(s, s.article.speakers.filter((x) => x !== sp)));
}

// ——— the text ———

/** Puts the text of a span where it is found again in `body` near its old place, or undefined. */
function reanchorSpan(body: string, span: Span | undefined, shift: number): Span | undefined {
  if (!span) return undefined;
  const moved = { ...span, start: span.start + shift, end: span.end + shift };
  if (spanHolds(body, moved)) return moved;
  const a = anchorSpan(body, moved);
  return a && a.method !== 'fuzzy' ? { start: a.start, end: a.end, text: span.text } : undefined;
}

/**
 * Replaces the body and re-anchors every quote with the model's anchoring (offsets, exact text
 * nearest the old place, fuzzy match). Quotes that cannot be placed, or that would now partly overlap
 * another, go to `orphans` with their old text; a source or cue that is gone is left out.
 */
export function editText(s: EditorState, body: string): Outcome {
  if (body === s.article.body) return refuse('The text is unchanged.');
  const placed: Quote[] = [];
  const orphans: Quote[] = [...s.orphans];
  for (const q of s.article.quotes) {
    const a = anchorSpan(body, q, { neighbours: [q.source, q.cue] });
    if (!a || onlyBreaks(body.slice(a.start, a.end))) {
      orphans.push(q);
      continue;
    }
    const shift = a.start - q.start;
    const quote: Quote = { ...q, start: a.start, end: a.end, text: body.slice(a.start, a.end) };
    for (const key of ['source', 'cue'] as const) {
      const span = reanchorSpan(body, q[key], shift);
      if (span) quote[key] = span;
      else delete quote[key];
    }
    placed.push(quote);
  }
  const kept: Quote[] = [];
  for (const q of sorted(placed)) {
    if (partlyOverlapping(kept, q.start, q.end) || kept.some((k) => k.start === q.start && k.end === q.end)) orphans.push(q);
    else kept.push(q);
  }
  const ids = new Set(kept.map((q) => q.id));
  // A continuation of a quote set aside waits with it: the link comes back when the quote is placed.
  const quotes = kept.map((q) => (q.continues !== undefined && !ids.has(q.continues) ? withoutContinues(q) : q));
  return ok({ article: { ...s.article, body, quotes }, orphans });
}

const withoutContinues = (q: Quote): Quote => {
  const { continues: _, ...rest } = q;
  return rest;
};

/** Places a quote set aside by `editText` on new words. */
export function placeOrphan(s: EditorState, id: string, start: number, end: number): Outcome {
  const orphan = s.orphans.find((q) => q.id === id);
  if (!orphan) return refuse(`There is no quote "${short(id)}" to place.`);
  const problem = rangeProblem(s.article, start, end);
  if (problem) return refuse(problem);
  const body = s.article.body;
  let quote: Quote = { ...orphan, start, end, text: body.slice(start, end) };
  for (const key of ['source', 'cue'] as const) {
    const span = reanchorSpan(body, orphan[key], start - orphan.start);
    if (span) quote[key] = span;
    else delete quote[key];
  }
  if (quote.continues !== undefined && !findQuote(s, quote.continues)) quote = withoutContinues(quote);
  return ok(withQuotes(s, sorted([...s.article.quotes, quote]), s.orphans.filter((q) => q !== orphan)));
}
