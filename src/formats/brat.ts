/**
 * brat standoff (https://brat.nlplab.org/standoff.html), in the shape PolNeAR uses: Source, Cue and
 * Content text-bound annotations tied together by an `Attribution` event.
 */
import type { Problem } from '../model/problems.js';
import type { Article } from '../model/types.js';
import { short } from '../model/schema-check.js';
import { validateArticle } from '../model/validate.js';

export interface BratSpan { start: number; end: number }

/** One attribution: its content (one or more fragments), and the source and cue when marked. */
export interface BratAttribution {
  id: string;
  content: BratSpan[];
  source?: BratSpan[];
  cue?: BratSpan[];
}

/** A span as brat fragments: text-bound annotations cannot cross a line break, so split there. */
function fragments(body: string, start: number, end: number): BratSpan[] {
  const out: BratSpan[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || body[i] === '\n' || body[i] === '\r') {
      let a = s;
      let b = i;
      while (a < b && /\s/.test(body[a]!)) a++;
      while (b > a && /\s/.test(body[b - 1]!)) b--;
      if (b > a) out.push({ start: a, end: b });
      s = i + 1;
    }
  }
  return out;
}

/**
 * The `.ann` text for an article: per quotation a Content (and Source, Cue) annotation, an
 * `Attribution` event whose trigger is the cue (or the content when there is none), the kind as
 * an attribute and the speaker as a note.
 */
export function toBrat(article: Article): string {
  const body = article.body;
  const lines: string[] = [];
  let t = 0;
  let e = 0;
  let a = 0;
  const names = new Map(article.speakers.map((s) => [s.id, s.name]));
  const tb = (label: string, start: number, end: number): string | null => {
    const fr = fragments(body, start, end);
    if (!fr.length) return null;
    const id = 'T' + ++t;
    lines.push(`${id}\t${label} ${fr.map((f) => f.start + ' ' + f.end).join(';')}\t${fr.map((f) => body.slice(f.start, f.end)).join(' ')}`);
    return id;
  };
  for (const q of article.quotes) {
    const content = tb('Content', q.start, q.end);
    if (!content) continue;
    const source = q.source && tb('Source', q.source.start, q.source.end);
    const cue = q.cue && tb('Cue', q.cue.start, q.cue.end);
    // The event's trigger is the cue; a cue of only white space has no text to mark, so the content stands in.
    const trigger = (q.cue && tb('Attribution', q.cue.start, q.cue.end)) || tb('Attribution', q.start, q.end)!;
    const ev = 'E' + ++e;
    lines.push(`${ev}\t${source ? 'Attribution' : 'Attribution-no-source'}:${trigger} Content:${content}${cue ? ' Cue:' + cue : ''}${source ? ' Source:' + source : ''}`);
    lines.push(`A${++a}\tKind ${ev} ${q.kind}`);
    if (q.speaker) lines.push(`#${a}\tAnnotatorNotes ${content}\tspeaker: ${q.speaker} (${names.get(q.speaker) ?? ''})${q.continues ? '; continues ' + q.continues : ''}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** The brat configuration that makes `toBrat` output open in brat (`annotation.conf`). */
export const BRAT_CONF = `[entities]
Source
Cue
Content
[relations]
[events]
Attribution\tContent:Content, Source?:Source, Cue?:Cue
Attribution-no-source\tContent:Content, Cue?:Cue
[attributes]
Kind\tArg:<EVENT>, Value:direct|mixed|indirect|unmarked
`;

/**
 * Read a `.ann` file: its attributions (events with a Content). `Content2` fragments join the
 * content; spans are checked against `bodyText`. Fragments that are not offsets inside the text,
 * and events left without content, are dropped and reported in `problems` by their brat id.
 */
export function parseBrat(annText: string, bodyText: string, problems: Problem[] = []): BratAttribution[] {
  const spans = new Map<string, BratSpan[]>();
  const events: [string, string][] = [];
  for (const line of annText.split(/\r?\n/)) {
    const cols = line.split('\t');
    const id = cols[0] ?? '';
    if (id.startsWith('T') && cols[1]) {
      const sp = cols[1].indexOf(' ');
      if (sp < 0) continue;
      const frs: BratSpan[] = [];
      for (const f of cols[1].slice(sp + 1).split(';')) {
        const [s, e] = f.trim().split(/\s+/).map(Number);
        if (Number.isInteger(s) && Number.isInteger(e) && s! >= 0 && e! <= bodyText.length && s! < e!) frs.push({ start: s!, end: e! });
        else problems.push({ path: id, message: `span "${short(f.trim())}" is not a span of the text (0–${bodyText.length}); left out`, severity: 'error' });
      }
      spans.set(id, frs);
    } else if (id.startsWith('E') && cols[1]) events.push([id, cols[1]]);
  }
  const out: BratAttribution[] = [];
  for (const [id, args] of events) {
    const at: BratAttribution = { id, content: [] };
    for (const arg of args.trim().split(/\s+/).slice(1)) {
      const [role, ref] = arg.split(':');
      const frs = spans.get(ref ?? '') ?? [];
      const r = (role ?? '').replace(/\d+$/, '').toLowerCase();
      if (r === 'content') at.content.push(...frs);
      else if (r === 'source' || r === 'cue') (at[r] ??= []).push(...frs);
    }
    at.content.sort((x, y) => x.start - y.start);
    if (at.content.length) out.push(at);
    else problems.push({ path: id, message: 'no Content span in the text; this attribution is left out', severity: 'error' });
  }
  return out;
}

/** A quotation mark next to a span: the span was printed as a direct quote. */
const MARK = /["“”„‟«»‹›'‘’‚「」『』]/;

/**
 * An article from a `.ann` file and its text: one quote per attribution, spanning its content
 * fragments, with its source and cue. The kind and speaker come from what `toBrat` writes (a
 * `Kind` attribute, an `AnnotatorNotes` "speaker: id (name)"); without them the kind is guessed
 * from the quotation marks around the content and the speaker is unknown. The result is
 * validated like any article; problems name the brat annotation (`E3`, `T7`).
 */
export function fromBrat(annText: string, bodyText: string, id = 'article'): { article: Article; problems: Problem[] } {
  const kinds = new Map<string, string>();
  const contentOf = new Map<string, string>();
  const notes = new Map<string, { speaker: string; name: string; continues?: string }>();
  for (const line of annText.split(/\r?\n/)) {
    const [key = '', args = '', note = ''] = line.split('\t');
    const words = args.trim().split(/\s+/);
    if (/^A\d+$/.test(key) && words[0] === 'Kind' && words[1] && words[2]) kinds.set(words[1], words[2]);
    else if (/^E\d+$/.test(key)) {
      const content = words.slice(1).find((w) => /^Content\d*:/.test(w));
      if (content) contentOf.set(key, content.slice(content.indexOf(':') + 1));
    } else if (key.startsWith('#') && words[0] === 'AnnotatorNotes' && words[1]) {
      const m = /^speaker: (.+?) \((.*)\)(?:; continues (.+))?$/.exec(note);
      if (m) notes.set(words[1], { speaker: m[1]!, name: m[2]!, continues: m[3] });
    }
  }
  const speakers = new Map<string, { id: string; name: string }>();
  const events: string[] = [];
  const dropped: Problem[] = [];
  const quotes = parseBrat(annText, bodyText, dropped).map((at, i) => {
    const whole = (spans: BratSpan[]) => {
      const start = Math.min(...spans.map((s) => s.start));
      const end = Math.max(...spans.map((s) => s.end));
      return { start, end, text: bodyText.slice(start, end) };
    };
    const content = whole(at.content);
    const note = notes.get(contentOf.get(at.id) ?? '');
    if (note && !speakers.has(note.speaker)) speakers.set(note.speaker, { id: note.speaker, name: note.name || note.speaker });
    const marked = MARK.test(bodyText[content.start - 1] ?? '') || MARK.test(bodyText[content.end] ?? '');
    events.push(at.id);
    return {
      id: `q${i + 1}`,
      ...content,
      kind: kinds.get(at.id) ?? (marked ? 'direct' : 'indirect'),
      speaker: note?.speaker ?? null,
      ...(at.source?.length ? { source: whole(at.source) } : {}),
      ...(at.cue?.length ? { cue: whole(at.cue) } : {}),
      ...(note?.continues ? { continues: note.continues } : {}),
    };
  });
  const result = validateArticle({ version: 1, id, headline: '', language: 'und', body: bodyText, speakers: [...speakers.values()], quotes });
  // Quotes are named by their brat event, in the path and in the message ("overlaps … (E1)").
  const event = (all: string, n: string) => events[Number(n)] ?? all;
  const problems = result.problems.map((p) => ({ ...p, path: p.path.replace(/^quotes\[(\d+)\]/, event), message: p.message.replace(/\bquotes\[(\d+)\]/g, event) }));
  return { article: result.article!, problems: [...dropped, ...problems] };
}
