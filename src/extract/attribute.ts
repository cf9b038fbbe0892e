/**
 * Attribution inside one unit of text (a narrating sentence, or the words of a quotation that
 * quotes others): which quotations are direct, mixed or scare quotes, and the cue and source of
 * each, and the reported speech (indirect) each cue introduces.
 */
import type { QuoteKind } from '../model/types.js';
import type { Lexicon } from './cues.js';
import type { MarkedQuote } from './marks.js';
import { ACCORDING, BARE, skipAdverbial, classify, isStop, clauseEnd, contentStart, cueAt, DIRECT, hasFlag, INDIRECT, isCap, isWord, MIXED, npAfter, subjectOf, type Ctx, type Cue, type NP } from './mentions.js';
import { tokenize } from './sentences.js';

/** A speaker mention, in characters. */
export interface Mention {
  s: number;
  e: number;
  kind: NP['kind'];
  /** For names: the name without titles, and the titles. */
  name?: string;
  title?: string;
}

export interface Raw {
  kind: QuoteKind;
  start: number;
  end: number;
  src?: Mention;
  cue?: { s: number; e: number };
  /** The raw quote this one continues. */
  cont?: Raw;
  /** Which cue instance attributes it (quotes sharing one are a split quote). */
  cueKey?: string;
  /** The quotation mark index, for marked quotes. */
  mark?: number;
  /** Inside another quotation (its speaker is not the narrator's subject). */
  nested?: boolean;
  conf: number;
  /** The speaker entity, and the quote id once kept (set by the caller). */
  ent?: number;
  id?: string;
}

export interface UnitResult {
  raws: Raw[];
  /** "He said:" ending the unit: the cue and source for a quotation in the next paragraph. */
  colon?: Raw;
  /** Subjects of the unit's cues, in order: they make a speaker salient. */
  subjects: Mention[];
}

const TRIM_START = /^[\s"“”„«»‹›「」『』'‘’(\[—–―-]+/;

/** The char-level mention for a noun phrase. */
function mention(c: Ctx, np: NP): Mention {
  const { toks, lex } = c;
  let a = np.a;
  let b = np.b;
  if (toks[b]!.lo === "'s" || toks[b]!.lo === '’s') b--;
  const m: Mention = { s: toks[np.a]!.s, e: toks[b]!.e, kind: np.kind };
  if (np.kind === 'name') {
    // Everything up to the last title word is the role: "Italian Prime Minister | Matteo Renzi".
    let k = a;
    for (let i = a; i < b; i++) if (lex.titles.has(toks[i]!.lo) || (toks[i]!.lo === '.' && k === i)) k = i + 1;
    while (k <= b && (toks[k]!.lo === '.' || lex.determiners.has(toks[k]!.lo))) k++;
    if (k > b) m.kind = 'nom';
    else {
      m.name = c.text.slice(toks[k]!.s, toks[b]!.e).replace(/\s+/g, ' ').replace(/\s*\(.*$/, '');
      const title = c.text.slice(toks[a]!.s, k > a ? toks[k - 1]!.e : toks[a]!.s).replace(/^(?:the|a|an)\s+/i, '').replace(/\.$/, '');
      if (title) m.title = title;
    }
  }
  return m;
}

/** Does the quotation read as a sentence or clause of its own (not a phrase inside narration)? */
function clauseLike(text: string, q: MarkedQuote): boolean {
  const inner = text.slice(q.start, q.end).replace(TRIM_START, '');
  return /^[\p{Lu}\p{N}…]|^\.\.\./u.test(inner) || /[.!?,]$/.test(text.slice(q.start, q.end).trimEnd());
}

/** The name or pronoun a sentence starts with (after an introductory phrase), followed by a verb. */
function leadSubject(c: Ctx): NP | null {
  const { toks, lex } = c;
  let a = 0;
  const first = toks[0];
  if (first && isWord(first) && !lex.pronouns.has(first.lo) && !isCap(c, toks[1]) && toks.findIndex((t) => t.lo === ',') > 0) {
    const comma = toks.findIndex((t) => t.lo === ',');
    if (comma < 12) a = comma + 1;
  }
  let b = a;
  if (isWord(toks[a]) && lex.pronouns.has(toks[a]!.lo)) b = a + 1;
  else while (b < toks.length && b - a < 6 && (isCap(c, toks[b]) || (b > a && toks[b]!.lo === '.'))) b++;
  const next = toks[b];
  if (b === a || !isWord(next) || isCap(c, next) || /^['’]s$/.test(next!.lo)) return null;
  const np = classify(c, a, b - 1);
  return np && (np.kind === 'name' || np.kind === 'pron') ? np : null;
}

/** Index of the first element of sorted `a` that is >= x. */
function firstAtOrAfter(a: number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "Fox News Sunday", "Make Your Kid a Millionaire", "Z": a name or title, not words someone said. */
function titleLike(text: string, q: MarkedQuote): boolean {
  const words = text.slice(q.start, q.end).match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && w.length <= 3));
}

/**
 * Attribute the quotations of one unit `[s, e)`; `qIdx` are the indices of the quotations
 * directly inside it. `nested` units are the words of a quotation.
 */
export function attributeUnit(text: string, lex: Lexicon, marks: MarkedQuote[], s: number, e: number, qIdx: number[], nested: boolean, uid: string): UnitResult {
  const toks = tokenize(text, s, e, marks, qIdx);
  const c: Ctx = { text, lex, toks };
  const n = toks.length;
  const raws: Raw[] = [];
  const subjects: Mention[] = [];
  const cues: Cue[] = [];
  const cueIdx = new Map<number, Cue>();
  for (let i = 0; i < n; i++) {
    const cue = cueAt(c, i);
    if (cue) {
      cues.push(cue);
      cueIdx.set(i, cue);
      i = cue.k2;
    }
  }
  const srcOf = new Map<Cue, NP | null>();
  const source = (cue: Cue, floor: number): NP | null => {
    if (!srcOf.has(cue)) {
      let np = subjectOf(c, cue.k, floor);
      // A participle ("…a letter condemning X") speaks for the nearest subject pronoun before it.
      if ((!np || np.kind === 'nom') && /ing$/.test(toks[cue.k]!.lo)) {
        for (let p = cue.k - 1; p > floor && cue.k - p < 30; p--) {
          if (isWord(toks[p]) && lex.pronouns.has(toks[p]!.lo)) {
            np = { a: p, b: p, kind: 'pron' };
            break;
          }
        }
      }
      srcOf.set(cue, np);
    }
    return srcOf.get(cue)!;
  };
  const used = new Set<Cue>();
  let lead: NP | null | undefined;
  // The start of the clause that ends at token `b`: the unit start or the last ':' / ';' before.
  const unitStart = (b: number) => {
    let a = b;
    while (a > 0 && b - a < 300 && !/^[:;]$/.test(toks[a - 1]!.lo) && toks[a - 1]!.q === undefined) a--;
    return a;
  };
  const cueSpan = (cue: Cue) => ({ s: toks[cue.k]!.s, e: toks[cue.k2]!.e });
  const make = (kind: QuoteKind, start: number, end: number, cue: Cue | undefined, np: NP | null, conf: number, mark?: number): Raw => {
    const r: Raw = { kind, start, end, conf, nested, mark };
    if (cue) {
      r.cue = cueSpan(cue);
      r.cueKey = uid + ':' + cue.k;
    }
    if (np) r.src = mention(c, np);
    return r;
  };

  // Direct quotations: the cue right after (`"…," he said`) or right before (`he said, "…"`).
  const qpos: number[] = [];
  for (let i = 0; i < n; i++) if (toks[i]!.q !== undefined) qpos.push(i);
  const direct = new Map<number, Raw>();
  let prev: Raw | undefined;
  let prevQ = -1;
  for (let qn = 0; qn < qpos.length; qn++) {
    const qp = qpos[qn]!;
    const q = marks[toks[qp]!.q!]!;
    const next = qpos[qn + 1] ?? n;
    let found: Raw | undefined;
    const narrationBefore = toks.slice(prevQ + 1, qp).some((t) => isWord(t));
    for (let i = qp + 1; i < next && i - qp <= 26 && !found; i++) {
      if (isStop(c, i)) break;
      const cue = cueIdx.get(i);
      if (!cue) continue;
      if (!hasFlag(cue, DIRECT)) break;
      let np = subjectOf(c, cue.k, qp);
      if (np && toks[np.a - 1]?.q === undefined && toks[np.a - 1]?.lo !== ',') np = null;
      if (!np) np = npAfter(c, cue.k2 + 1, n);
      if (!np) break;
      used.add(cue);
      if (np) srcOf.set(cue, np);
      found = make(narrationBefore || !clauseLike(text, q) ? 'mixed' : 'direct', q.start, q.end, cue, np, np ? 0.9 : 0.75, toks[qp]!.q);
    }
    if (!found) {
      // The last cue before the quotation, with only an aside or an addressee between.
      for (let i = qp - 1; i > prevQ && qp - i <= 14; i--) {
        if (lex.that.has(toks[i]!.lo) || isStop(c, i)) break;
        const cue = cueIdx.get(i);
        if (!cue) continue;
        if (!hasFlag(cue, DIRECT)) break;
        const lead = toks[qp - 1]!;
        const glued = cue.k2 === qp - 1 || /^[,:—–―-]$/.test(lead.lo);
        if (!glued) break;
        const np = source(cue, prev && prev.cueKey === uid + ':' + cue.k ? -1 : prevQ);
        used.add(cue);
        const kind: QuoteKind = clauseLike(text, q) ? 'direct' : 'mixed';
        found = make(kind, q.start, q.end, cue, np, np ? 0.9 : 0.75, toks[qp]!.q);
        break;
      }
    }
    if (!found && /^[—–―-]$/.test(toks[qp + 1]?.lo ?? '')) {
      // "“…” ― Sonya Herridge": a dash and a name after the quotation.
      const np = npAfter(c, qp + 2, next);
      if (np && np.kind === 'name' && (np.b + 1 >= next || isStop(c, np.b + 1))) {
        found = make('direct', q.start, q.end, { k: qp + 1, k2: qp + 1, flags: DIRECT }, np, 0.8, toks[qp]!.q);
      }
    }
    if (!found && qp > prevQ + 2 && /^[:—–―-]$/.test(toks[qp - 1]!.lo) && clauseLike(text, q)) {
      // "Name ― “…”" / "Name: “…”": the colon or dash is the cue.
      const np = classify(c, prevQ + 1, qp - 2);
      if (np && np.kind !== 'pron' && np.kind !== 'rel') {
        const cue: Cue = { k: qp - 1, k2: qp - 1, flags: DIRECT };
        found = make('direct', q.start, q.end, cue, np, 0.8, toks[qp]!.q);
      }
    }
    if (found) {
      if (prev && prev.cueKey === found.cueKey) found.cont = prev;
      direct.set(qp, found);
      raws.push(found);
      prev = found;
    }
    prevQ = qp;
  }

  // Reported speech and the quoted phrases inside it (mixed quotations). Latest cue first: a
  // quoted phrase belongs to the innermost cue whose clause holds it ("says he … condemning "…"").
  for (const cue of [...cues].reverse()) {
    if (used.has(cue)) continue;
    if (hasFlag(cue, ACCORDING)) {
      // "According to X, …" / "…, according to X."
      const np = npAfter(c, cue.k2 + 1, n);
      if (!np) continue;
      srcOf.set(cue, np);
      let a = -1;
      let b = -1;
      if (toks[cue.k - 1]?.lo === ',') [a, b] = [unitStart(cue.k - 1), cue.k - 1];
      else if (toks[np.b + 1]?.lo === ',' && (cue.k === 0 || !isWord(toks[cue.k - 1]))) [a, b] = [np.b + 2, clauseEnd(c, np.b + 2, n, false)];
      if (a >= 0 && b - a >= 2 && !toks.slice(a, b).some((t) => t.q !== undefined)) raws.push(make('indirect', toks[a]!.s, toks[b - 1]!.e, cue, np, 0.7));
      used.add(cue);
      continue;
    }
    let np = source(cue, -1);
    if (toks[cue.k - 1]?.lo === ',' && hasFlag(cue, DIRECT | INDIRECT)) {
      // "…, said Jeffrey Trimble, a senior official.": the source follows the cue.
      const after = npAfter(c, cue.k2 + 1, n);
      if (after && after.kind !== 'pron' && (!np || np.kind === 'nom')) srcOf.set(cue, (np = after));
    }
    if (np && hasFlag(cue, DIRECT | INDIRECT) && !nested) {
      // "…, he wrote." with no marks: reported speech, or a direct quote that lost its marks
      // when it speaks in the first person. "…, he said in an interview, …" goes on after it.
      const inverted = np.a > cue.k;
      const t = skipAdverbial(c, (inverted ? np.b : cue.k2) + 1, n);
      let tail = t;
      while (tail < n && !isWord(toks[tail]) && toks[tail]!.q === undefined) tail++;
      const paren = toks[t]?.lo === ',' && isWord(toks[t + 1]) && !cueAt(c, t + 1);
      const comma = inverted ? cue.k - 1 : np.a - 1;
      if ((tail === n || paren) && comma > 0 && toks[comma]!.lo === ',' && (inverted || np.b === cue.k - 1 || lex.skip.has(toks[cue.k - 1]!.lo))) {
        const a = unitStart(comma);
        const body = toks.slice(a, comma);
        const e2 = paren ? clauseEnd(c, t + 1, n, false) : -1;
        if ((comma - a >= 3 || (e2 - t > 2 && comma > a)) && !body.some((t) => t.q !== undefined)) {
          const kind = body.some((t) => lex.firstPerson.has(t.lo)) ? 'unmarked' : 'indirect';
          const r = make(kind, toks[a]!.s, toks[comma - 1]!.e, cue, np, 0.6);
          raws.push(r);
          if (e2 - t > 2 && !toks.slice(t + 1, e2).some((t) => t.q !== undefined)) {
            const r2 = make(kind, toks[t + 1]!.s, toks[e2 - 1]!.e, cue, np, 0.6);
            r2.cont = r;
            raws.push(r2);
          }
          used.add(cue);
          continue;
        }
      }
    }
    const relative = np !== null && (np.kind === 'rel' || lex.relatives.has(toks[np.a - 1]?.lo ?? ''));
    let a = hasFlag(cue, INDIRECT) ? contentStart(c, cue.k2, n, hasFlag(cue, BARE)) : -1;
    const scopeStart = a >= 0 ? a : cue.k2 + 1;
    if (!hasFlag(cue, MIXED | INDIRECT)) continue;
    const end = clauseEnd(c, scopeStart, n, relative);
    if (end <= scopeStart) continue;
    // Quotations inside the clause, not already attributed: they are mixed.
    const inner: number[] = [];
    for (let k = firstAtOrAfter(qpos, scopeStart); k < qpos.length && qpos[k]! < end; k++) if (direct.get(qpos[k]!)?.kind !== 'direct') inner.push(qpos[k]!);
    let quoted = 0;
    for (const p of inner) quoted += toks[p]!.e - toks[p]!.s;
    const span = toks[end - 1]!.e - toks[scopeStart]!.s;
    // No one to say it: often a noun ("a tweet", "his claim"), not a report. Leaving these out
    // costs some recall on mixed quotes and keeps the source right on what is kept.
    // A known cue without a subject the rules can find ("…outlined his plan and vowed to punish
    // “…”"): the quoted words are the sentence subject's, with less confidence. Reported speech
    // is not guessed this way (too often a noun clause, not a report).
    const fb = !np;
    if (fb && !nested && inner.length) np = lead === undefined ? (lead = leadSubject(c)) : lead;
    if (!np || np.a > cue.k) continue;
    if (!fb && a >= 0 && quoted * 2 < span && end - a >= 2) {
      raws.push(make('indirect', toks[a]!.s, toks[end - 1]!.e, cue, np, np && np.kind !== 'rel' ? 0.7 : 0.55));
    }
    for (const p of inner) {
      if (direct.has(p)) continue;
      const q = marks[toks[p]!.q!]!;
      if (titleLike(text, q)) continue;
      const r = make('mixed', q.start, q.end, cue, np, fb ? 0.5 : 0.75, toks[p]!.q);
      direct.set(p, r);
      raws.push(r);
    }
    used.add(cue);
  }
  for (const cue of cues) {
    const np = srcOf.get(cue);
    if (np && !nested) subjects.push(mention(c, np));
  }
  if (!subjects.length && !nested) {
    // No cue: the sentence's own subject still makes its person salient ("Rita Hale met Governor
    // Sam Ortiz. "…," she said." is Rita Hale's).
    const np = leadSubject(c);
    if (np) subjects.push(mention(c, np));
  }

  // A quotation that is the whole unit, with no cue: it continues the previous one (the caller
  // links it across sentences).
  const wordCount = toks.reduce((k, t) => k + (isWord(t) ? 1 : 0), 0);
  for (const qp of qpos) {
    if (direct.has(qp)) continue;
    const q = marks[toks[qp]!.q!]!;
    const alone = wordCount === 0 && qpos.length === 1;
    const words = text.slice(q.start, q.end).split(/\s+/).length;
    if (alone && !nested && words >= 3 && clauseLike(text, q)) raws.push({ kind: 'direct', start: q.start, end: q.end, conf: 0.5, mark: toks[qp]!.q, cueKey: '?' });
  }
  const last = cues[cues.length - 1];
  let colon: Raw | undefined;
  if (last && !nested && toks[n - 1]?.lo === ':' && n - 1 - last.k2 <= 3 && hasFlag(last, DIRECT) && !qpos.length) {
    const np = source(last, -1);
    if (np) colon = make('direct', 0, 0, last, np, 0.8);
  }
  return { raws, subjects, colon };
}
