/**
 * Attribution inside one unit of text (a narrating sentence, or the words of a quotation that
 * quotes others): which quotations are direct, mixed or scare quotes, and the cue and source of
 * each, and the reported speech (indirect) each cue introduces.
 */
import type { QuoteKind } from '../model/types.js';
import { ACCORDING, BARE, CLAUSE, COMPLEMENT, DET, DIRECT, FIRST, GROUP, INDIRECT, MIXED, PERSON, PRON, REL, SKIP, THAT, TITLE, VERB, type Lexicon } from './cues.js';
import type { MarkedQuote } from './marks.js';
import { classify, clauseEnd, contentStart, cueAt, has, hasFlag, hasNoun, isCap, isStop, isTime, isWord, npStart, K_GROUP, K_NAME, K_NOM, K_PRON, K_REL, np, npAfter, PARTICLE, setUnit, skippable, skipAdverbial, subjectOf, titleCase, type Cue, type NP } from './mentions.js';
import { tokenize, type Tok } from './sentences.js';

/** A speaker mention, in characters, of NP kind `t`; for names, the name without titles, and the titles. */
export interface Mention { s: number; e: number; t: number; name?: string; title?: string }

export interface Raw {
  kind: QuoteKind;
  start: number;
  end: number;
  src?: Mention;
  cue?: { s: number; e: number };
  /** The raw quote this one continues. */
  cont?: Raw;
  /** Which cue instance attributes it (quotes sharing one are a split quote); '?' for none yet. */
  key?: string;
  /** The quotation mark index, for marked quotes. */
  mark?: number;
  /** Inside another quotation (its speaker is not the narrator's subject). */
  nested?: boolean;
  /** Its cue is a plain verb of saying or believing, one that takes a clause without "that" ("said", "believes"). */
  said?: number;
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

/** A cue of the unit, with its source once looked for (`s`) and whether it attributed something (`u`). */
type UCue = Cue & { s?: NP | null; u?: 1 };

/** The char-level mention for a noun phrase. */
function mention(text: string, toks: Tok[], x: NP): Mention {
  let a = x.a;
  let b = x.b;
  if (/^['’]s$/.test(toks[b]!.lo)) b--;
  const m: Mention = { s: toks[a]!.s, e: toks[b]!.e, t: x.t };
  if (x.t === K_NAME) {
    // "Later HADDAD added": an adverb starting the sentence is not part of the name.
    if (a < b && has(toks[a]!.lo, SKIP | CLAUSE)) m.s = toks[++a]!.s;
    // Everything up to the last title word is the role: "Italian Prime Minister | Matteo Renzi".
    let k = a;
    // Lower-case words and nouns of roles are the role too: "Rovers manager | Graham Doyle".
    for (let i = a; i < b; i++) {
      const lo = toks[i]!.lo;
      if (has(lo, TITLE | PERSON) || (lo === '.' && k === i) || (isWord(toks[i]) && !isCap(toks[i]) && !PARTICLE.test(lo))) k = i + 1;
    }
    // A name never starts with "of": "The Bank of England" is one name, not the role "Bank".
    if (k <= b && PARTICLE.test(toks[k]!.lo)) k = a;
    while (k <= b && (toks[k]!.lo === '.' || has(toks[k]!.lo, DET))) k++;
    if (k > b) m.t = K_NOM;
    else {
      m.name = text.slice(toks[k]!.s, toks[b]!.e).replace(/\s+/g, ' ').replace(/\s*\(.*$/, '');
      // (Without its article, in any language: "le conseiller Paul Moreau" is a "conseiller".)
      let t0 = a;
      while (t0 < k && has(toks[t0]!.lo, DET)) t0++;
      const title = text.slice(toks[t0]!.s, k > t0 ? toks[k - 1]!.e : toks[t0]!.s).replace(/\.$/, '');
      if (title) m.title = title;
    }
  }
  return m;
}

/**
 * Does the quotation read as a sentence or clause of its own (not a phrase inside narration)?
 * Only its first and last 100 characters are read: nested quotations must not cost k·n.
 */
function clauseLike(text: string, q: MarkedQuote): boolean {
  const head = text.slice(q.start, Math.min(q.end, q.start + 100)).replace(/^[\s"“”„«»‹›「」『』'‘’(\[—–―-]+/, '');
  return /^[\p{Lu}\p{N}…]|^\.\.\./u.test(head) || /[.!?,]$/.test(text.slice(Math.max(q.start, q.end - 100), q.end).trimEnd());
}

/**
 * "Fox News Sunday", "Make Your Kid a Millionaire", "Z": a name or title, not words someone said.
 * A title is short: longer quotations are not read (nested quotations must not cost k·n).
 */
function titleLike(text: string, q: MarkedQuote): boolean {
  if (q.end - q.start > 300) return false;
  // Word by word, stopping at the first that no title has (most quotations fail at once).
  const span = text.slice(q.start, q.end);
  const word = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
  for (let m, i = 0; (m = word.exec(span)); i++) if (!(/^\p{Lu}/u.test(m[0]) || (i > 0 && m[0].length <= 3))) return false;
  return true;
}

let labelText: string | undefined;
let labelCount = 0;
/** How many different speaker labels ("Q:", "A:", "MORGAN:") start lines of the article (counted once an article). */
function speakerLabels(text: string): number {
  if (text !== labelText) {
    const seen = new Set<string>();
    for (const m of text.matchAll(/(?:^|\n)\W?(\p{Lu}{2,}(?: \p{Lu}{2,}){0,2}|Q|A):/gu)) seen.add(m[1]!);
    [labelText, labelCount] = [text, seen.size];
  }
  return labelCount;
}

/** Lower-case role words at `i` that lead to a capitalised name ("chief executive Helen Marsh"). */
function roleBeforeName(toks: Tok[], i: number): boolean {
  let j = i;
  while (j < i + 4 && has(toks[j]?.lo, PERSON | TITLE)) j++;
  return j > i && isCap(toks[j]);
}

/** The name or pronoun a sentence starts with (after an introductory phrase; after "After saying …,", a nominal too), followed by a verb. */
function leadSubject(toks: Tok[]): NP | null {
  let a = 0;
  const first = toks[0];
  // After "After saying", a quotation may hold the comma ("After saying it was “fair,” she left").
  const ing = has(first?.lo, CLAUSE) && /ing$/.test(toks[1]?.lo!);
  const comma = toks.findIndex((t) => t.lo === ',' || (ing && t.q !== undefined));
  // (An opening phrase before that comma, "Later, …"; not a clause, "Ruth Ellis pointed to …, noting".)
  const verb = !has(first?.lo, CLAUSE) && (has(toks[1]?.lo, SKIP | VERB) > 0 || /ed$/.test(toks[1]?.lo ?? ''));
  if (isWord(first) && !has(first!.lo, PRON) && !isCap(toks[1]) && !verb && comma > 0 && comma < 12) a = comma + 1;
  // ("Then he left": an adverb opening the sentence is no name.)
  else if (has(first?.lo, SKIP) && has(toks[1]?.lo, PRON)) a = 1;
  let b = a;
  // (A group word too: "Now, many have trouble …".)
  if (has(toks[a]?.lo, PRON) || (has(toks[a]?.lo, GROUP) && !isCap(toks[a + 1]) && isWord(toks[a + 1]))) b = a + 1;
  // "…,” the senator left": a nominal too after such a clause.
  else if (ing && has(toks[a]?.lo, DET)) b = a + 2;
  // (a role noun inside the run of capitals, "Eastfield boss Petra Novak"; an "of" between capitals,
  // "The Bank of Leeds")
  else while (b < toks.length && b - a < 8 && (isCap(toks[b]) || (b > a && (toks[b]!.lo === '.' || roleBeforeName(toks, b) || (toks[b]!.lo === 'of' && isCap(toks[b + 1])))))) b++;
  const next = toks[b];
  if (b === a || !(isWord(next) || next?.lo === ',') || isCap(next) || /^['’]s$/.test(next!.lo)) return null;
  // A pronoun, a run of capitals (a name) or, after the DET branch, a nominal.
  return classify(a, b - 1);
}

/** An object or an infinitive after a cue: "criticized the plan", "declined to comment". */
function complementAt(toks: Tok[], j: number): boolean {
  const t = toks[j];
  if (!isWord(t)) return false;
  // ("pushed back", "spoke out": a particle, not an object; "called out Cruz": the object after it.)
  if (/^(?:back|out|up|off|down|forward|ahead)$/.test(t!.lo)) return complementAt(toks, j + 1) || (/^(?:on|at|against|about)$/.test(toks[j + 1]?.lo!) && isWord(toks[j + 2]));
  // Objects that report nothing: "said nothing", "said so", "said no more".
  if (/^(?:nothing|none|so|something|anything|everything|otherwise)$/.test(t!.lo) || (t!.lo === 'no' && toks[j + 1]?.lo === 'more')) return false;
  // ("called for a ban", "railed against the deal", "pointed to the vote")
  if (/^(?:to|for|about|against)$/.test(t!.lo)) return isWord(toks[j + 1]);
  return npStart(t);
}

/** A cue after another cue of its unit that takes a clause: inside what that one reports ("stated that he had voiced …"). */
const inReport = (cues: Cue[], ci: number, n: number) => cues.some((c, i) => i < ci && hasFlag(c, INDIRECT) && contentStart(c.k2, n, hasFlag(c, BARE)) >= 0);

/** Only adverbs between a subject ending at `b` and its verb at `k`: "she later criticized". */
function adjacent(toks: Tok[], b: number, k: number): boolean {
  // ("the mayor's remarks drew…" is a noun; "is expected", "were offered" are passive.)
  if (/['’]s?$/.test(toks[b]!.lo)) return false;
  // (A role or a relative clause between commas too, one that says who speaks: "Trump, who once
  // sold them, has vowed to …", "Ann Lee, a Democrat, criticized …".)
  if (toks[b + 1]?.lo === ',') {
    let c = k;
    while (--c > b + 1 && toks[c]!.lo !== ',');
    // (Or an adverbial: "Curbelo, in particular, has slammed …".)
    if (c > b + 2 && !toks.slice(b + 2, c).some((t) => has(t.lo, REL | DET | TITLE) || hasNoun(t.lo, PERSON | GROUP) || isCap(t)) && !/^(?:in|for|at|on|however|though|too|meanwhile|\w+ly)$/.test(toks[b + 2]!.lo)) return false;
    if (c > b + 1) b = c;
  }
  for (let i = b + 1; i < k; i++) {
    const lo = toks[i]!.lo;
    // (A time between them too: "Ann Lee on Saturday criticized".)
    if (isTime(lo) || /^(?:\d+|[io]n)$/.test(lo)) continue;
    // ("is thanking", "was seeking": a progressive is active, unlike "is expected".)
    if (!skippable(lo) || (/^(?:is|are|was|were|be(?:en|ing)?)$/.test(lo) && !/ing$/.test(toks[k]!.lo))) return false;
  }
  return true;
}

/** A name, a personal pronoun, a group, or a noun of a person or an organisation: someone who can say things. */
function speakerLike(toks: Tok[], x: NP): boolean {
  const lo = toks[x.b]!.lo;
  // (Or the head before "of": "the city of Nice".)
  let of = x.a + 1;
  while (of < x.b && toks[of]!.lo !== 'of') of++;
  return x.t & (K_NAME | K_GROUP) ? true : x.t & (K_PRON | K_REL) ? !/^(?:it|which)$/.test(lo) : hasNoun(lo, PERSON | GROUP) > 0 || (of < x.b && hasNoun(toks[of - 1]!.lo, PERSON | GROUP) > 0);
}

/**
 * Attribute the quotations of one unit `[s, e)`; `qIdx` are the indices of the quotations
 * directly inside it. `nested` units are the words of a quotation.
 */
export function attributeUnit(text: string, lex: Lexicon, marks: MarkedQuote[], s: number, e: number, qIdx: number[], nested: boolean, uid: string): UnitResult {
  let toks = tokenize(text, s, e, marks, qIdx);
  if (lex.t) toks = lex.t(toks);
  setUnit(text, lex, toks);
  const n = toks.length;
  const raws: Raw[] = [];
  const subjects: Mention[] = [];
  const cues: UCue[] = [];
  /** Cues by their first token. */
  const at: UCue[] = [];
  for (let i = 0; i < n; i++) {
    const cue = cueAt(i);
    if (cue) {
      cues.push((at[i] = cue));
      i = cue.k2;
    }
  }
  const source = (cue: UCue, floor: number): NP | null => {
    if (cue.s === undefined) {
      let x = subjectOf(cue.k, floor);
      if (/ing$/.test(toks[cue.k]!.lo)) {
        // "…, saying …": a participle after its clause speaks for the subject of the clause (of its
        // first cue, else of the sentence), not for a noun or a pronoun inside it.
        // (The comma may close a quotation: `that he has “grown the club,” claiming …`.)
        if (toks[cue.k - 1]?.lo === ',' || toks[cue.k - 1]?.q !== undefined) {
          const c = cues.find((d) => d.k < cue.k);
          // (That cue may stand before an earlier quotation: `told X that “…,” adding, “…”`.)
          x = (c ? source(c, -1) : leadOf()) ?? x;
        }
        // A participle ("…a letter condemning X") speaks for the nearest subject pronoun before it.
        for (let p = cue.k - 1; (!x || x.t === K_NOM || toks[x.a]!.lo === 'it') && p > floor && cue.k - p < 30; p--) if (has(toks[p]!.lo, PRON) && toks[p]!.lo !== 'it') x = np(p, p, K_PRON);
        if (!x) {
          let c: UCue | undefined;
          for (const d of cues) if (d.k < cue.k) c = d;
          x = (c ? source(c, -1) : leadOf()) ?? x;
        }
      }
      cue.s = x;
    }
    return cue.s;
  };
  /** The source of a cue before its quotation that has no subject of its own. */
  const speakerBefore = (cue: Cue, floor: number): NP | null => {
    // "Said Ann Cole, “…”": a cue that opens the sentence has its source after it.
    if (cue.k === 0) return npAfter(cue.k2 + 1, n);
    // "…adopted an accent and joked, “…”": a verb joined by "and" has the sentence's subject.
    let j = cue.k - 1;
    while (j > floor && isWord(toks[j]) && skippable(toks[j]!.lo)) j--;
    const l = j > floor && /^(?:and|but|then)$/.test(toks[j]!.lo) ? leadOf() : null;
    return l && l.b < j ? l : null;
  };
  let lead: NP | null | undefined;
  const leadOf = () => (lead === undefined ? (lead = leadSubject(toks)) : lead);
  // The start of the clause that ends at token `b`: the unit start or the last ':' / ';' before,
  // past a dateline ("PORTLAND, Maine (AP) — …").
  const unitStart = (b: number) => {
    let a = b;
    while (a > 0 && b - a < 300 && !/^[:;]$/.test(toks[a - 1]!.lo) && toks[a - 1]!.q === undefined) a--;
    if (isWord(toks[a]) && /^\p{Lu}{2,}$/u.test(text.slice(toks[a]!.s, toks[a]!.e))) {
      let d = a + 1;
      while (d < b && d - a < 8 && (isCap(toks[d]) || /^[,()]$/.test(toks[d]!.lo))) d++;
      if (d < b - 1 && /^[—–-]$/.test(toks[d]!.lo)) a = d + 1 + +(toks[d + 1]!.lo === '-');
    }
    return a;
  };
  /** unitStart, and on past a quoted phrase nobody said yet: it is part of the clause ("Trump's “excesses” are …, she said"). */
  const clauseStart = (b: number) => {
    let a = unitStart(b);
    while (a > 0 && toks[a - 1]!.q !== undefined && !done[a - 1]) a = unitStart(a - 1);
    return a;
  };
  /** The quoted phrases of a report over tokens a..b-1 are its speaker's words ("Trump's “excesses” are sickening, Hollande said"). */
  const phrases = (a: number, b: number, cue: Cue, x: NP) => {
    for (let p = a; p < b; p++) if (toks[p]!.q !== undefined && !done[p]) raws.push((done[p] = make('mixed', marks[toks[p]!.q!]!.start, marks[toks[p]!.q!]!.end, cue, x, 0.75, toks[p]!.q)));
  };
  /** Tokens a..b-1 hold no direct quotation, and quoted phrases make at most half of them. */
  const phrasesOnly = (a: number, b: number) => {
    let quoted = 0;
    for (let p = a; p < b; p++) if (toks[p]!.q !== undefined) quoted += done[p]?.kind === 'direct' ? 1e9 : toks[p]!.e - toks[p]!.s;
    return b > a && quoted * 2 < toks[b - 1]!.e - toks[a]!.s;
  };
  const make = (kind: QuoteKind, start: number, end: number, cue: Cue | undefined, x: NP | null, conf: number, mark?: number): Raw => {
    const r: Raw = { kind, start, end, conf, nested, mark };
    if (cue) {
      r.cue = { s: toks[cue.k]!.s, e: toks[cue.k2]!.e };
      r.key = uid + ':' + cue.k;
      r.said = hasFlag(cue, BARE);
    }
    if (x) r.src = mention(text, toks, x);
    return r;
  };
  /** Reported speech over tokens a..b-1. */
  const report = (kind: QuoteKind, a: number, b: number, cue: Cue, x: NP, conf: number) => make(kind, toks[a]!.s, toks[b - 1]!.e, cue, x, conf);

  // Direct quotations.
  const qpos: number[] = [];
  toks.forEach((t, i) => t.q !== undefined && qpos.push(i));
  /** Attributed quotations by token index. */
  const done: Raw[] = [];
  let prev: Raw | undefined;
  let prevQ = -1;
  qpos.forEach((qp, qn) => {
    const mark = toks[qp]!.q!;
    const q = marks[mark]!;
    const next = qpos[qn + 1] ?? n;
    const clause = clauseLike(text, q);
    const narration = toks.slice(prevQ + 1, qp).some(isWord);
    let r: Raw | undefined;
    const take = (kind: QuoteKind, cue: Cue, x: NP | null, conf: number) => (r = make(kind, q.start, q.end, cue, x, conf, mark));
    // A cue right after (`"…," he said`, `"…," said Tom`), else right before (`he said, "…"`),
    // with only an aside or an addressee between.
    // A title in narration ("On “Fox News Sunday,” Mike Pence said …") is not what the cue after it reports.
    // Nor a quotation before the sentence subject ("While insisting it was “fair,” Smith admitted").
    // A short title-like quotation without a sentence's punctuation ("Save Our Shelves", "Fan
    // Zone") is a sign, a name or a title, not speech.
    // A short text without a sentence's punctuation: a sign, a name or a title, if anything.
    const label = q.end - q.start < 60 && !/[.!?,]\s*$/.test(text.slice(q.start, q.end));
    // (Not one a comma and a cue follow, „Das Vertrauen ist weg“, sagte er: German capitalises nouns.)
    const named = label && titleLike(text, q) && !(toks[qp + 1]?.lo === ',' && cueAt(qp + 2));
    for (let d = named ? -3 : narration && (titleLike(text, q) || qp < leadOf()?.a!) ? -1 : 1; d > -2 && !r; d -= 2) {
      for (let i = qp + d; !r && (d > 0 ? i < next && i - qp <= 26 : i > prevQ && qp - i <= 14); i += d) {
        if (isStop(i) || (d < 0 && has(toks[i]!.lo, THAT))) break;
        const cue = at[i];
        if (!cue) continue;
        // An aside between a cue and its quotation ("wrote, referring to …, "…"") is skipped.
        if (!hasFlag(cue, DIRECT)) {
          if (/ing$/.test(toks[i]!.lo)) continue;
          break;
        }
        let x: NP | null;
        if (d > 0) {
          // ("“…,” promising more": a participle after a quotation does not attribute it.)
          if (/ing$/.test(toks[i]!.lo)) break;
          // The subject must sit right after the quotation: `"…," he said`, not `"…" and he said`.
          x = subjectOf(cue.k, qp);
          // ("“…,” as Cruz said on the radio": "as" may stand between.)
          const as = x && toks[x.a - 1]?.lo === 'as' ? 1 : 0;
          if (x && toks[x.a - 1 - as]?.q === undefined && toks[x.a - 1 - as]?.lo !== ',') x = null;
          // (The source after the cue only after the quotation or a comma: `"…," said Tom`, `"…"
          // for Clinton, said Tom`; not `"…" and called her plan "…"`.)
          // (An auxiliary may stand before the cue: "« … », a déclaré Macron".)
          let b = i - 1;
          while (b > qp && isWord(toks[b]) && skippable(toks[b]!.lo)) b--;
          if (!(x ??= b === qp || toks[b]!.lo === ',' ? npAfter(cue.k2 + 1, n) : null)) break;
          cue.s = x;
        } else {
          if (cue.k2 !== qp - 1 && !/^[,:—–―-]$/.test(toks[qp - 1]!.lo)) break;
          x = source(cue, prev?.key === uid + ':' + cue.k ? -1 : prevQ) ?? speakerBefore(cue, prevQ);
        }
        // ("A sign on the door read 'Pray for rain'": a short text a thing reads, with no
        // sentence's punctuation, is a sign's or a banner's, nobody's words; a statement that
        // reads "…." still is.)
        if (x && label && /^reads?$/.test(toks[cue.k]!.lo) && !speakerLike(toks, x)) break;
        cue.u = 1;
        take((d > 0 && narration) || !clause ? 'mixed' : 'direct', cue, x, x ? 0.9 : 0.75);
      }
    }
    // Punctuation as the cue: "“…” ― Sonya Herridge" (a name after a dash), "Name ― “…”" / "Name: “…”".
    let k = qp + 1;
    let x: NP | null;
    if (!r && /^[—–―-]$/.test(toks[k]?.lo!) && (x = npAfter(k + 1, next))?.t === K_NAME && (x!.b + 1 >= next || isStop(x!.b + 1))) take('direct', { k, k2: k, f: DIRECT }, x, 0.8);
    k = qp - 1;
    if (!r && qp > prevQ + 2 && /^[:—–―-]$/.test(toks[k]!.lo) && clause) {
      // "Name: “…”", a roundup's "Name, Outlet: “…”" / "Name, role: “…”", or a clause whose
      // subject speaks ("Helen Marsh put it bluntly: “…”").
      let c = prevQ + 1;
      while (c < k && toks[c]!.lo !== ',') c++;
      x = classify(prevQ + 1, qp - 2);
      if (!x && c < k) x = classify(prevQ + 1, c - 1);
      if (!x || x.t & K_NOM) {
        const l = prevQ < 0 ? leadOf() : null;
        if (l && l.t & (K_NAME | K_PRON)) x = l;
      }
      if (x && !(x.t & K_REL) && (!(x.t & K_PRON) || x === lead)) take('direct', { k, k2: k, f: DIRECT }, x, 0.8);
      // ("Then, the punch line: “…”": a frame that names nobody; the last speaker goes on.)
      else if (!x && prevQ < 0 && !cues.some((c) => c.k < k)) r = { kind: 'direct', start: q.start, end: q.end, conf: 0.5, mark, key: '?' };
    }
    if (r) {
      if (prev && prev.key === r.key) r.cont = prev;
      raws.push((done[qp] = prev = r));
    }
    prevQ = qp;
  });

  // Reported speech and the quoted phrases inside it (mixed quotations). Latest cue first: a
  // quoted phrase belongs to the innermost cue whose clause holds it ("says he … condemning "…"").
  for (let ci = cues.length; ci--; ) {
    const cue = cues[ci]!;
    if (cue.u) continue;
    if (hasFlag(cue, ACCORDING)) {
      // "According to X, …" / "…, according to X."
      let x = npAfter(cue.k2 + 1, n);
      // (A noun phrase by grammar, even with a word that is also a verb: "according to a pool report".)
      if (!x && has(toks[cue.k2 + 1]?.lo, DET)) {
        let e = cue.k2 + 2;
        while (e < n && e - cue.k2 < 8 && isWord(toks[e])) e++;
        if (e > cue.k2 + 2) x = np(cue.k2 + 1, e - 1, K_NOM);
      }
      if (!(cue.s = x)) continue;
      let a = -1;
      let b = -1;
      // (Or after a quoted phrase that holds the comma: `became “the high point,” according to X`.)
      const inMarks = toks[cue.k - 1]?.q !== undefined && !done[cue.k - 1] && /,\s*$/.test(text.slice(marks[toks[cue.k - 1]!.q!]!.start, marks[toks[cue.k - 1]!.q!]!.end));
      if (inMarks) [a, b] = [unitStart(cue.k - 1), cue.k];
      else if (toks[cue.k - 1]?.lo === ',') [a, b] = [clauseStart(cue.k - 1), cue.k - 1];
      else if (!isWord(toks[cue.k - 1])) {
        // ("According to a poll released by …, …": the source may run on past the words taken.)
        let c = x.b + 1;
        while (c < n && c - cue.k < 30 && toks[c]!.lo !== ',' && toks[c]!.q === undefined) c++;
        if (toks[c]?.lo === ',') [a, b] = [c + 1, clauseEnd(c + 1, n, false)];
      }
      // ("…. The judge said on Monday, according to the Post": a short frame around a cue is no report.)
      if (!nested && a >= 0 && b - a >= 2 && phrasesOnly(a, b) && !(b - a < 10 && cues.some((c) => c.k >= a && c.k < b && hasFlag(c, DIRECT)))) {
        raws.push(report('indirect', a, b, cue, x, 0.7));
        phrases(a, b, cue, x);
      } else if (inMarks) phrases(cue.k - 1, cue.k, cue, x);
      continue;
    }
    // ("…welcomed the vote and said he would …": a verb joined by "and" has the sentence's subject.)
    let x = source(cue, -1) ?? (cue.k > 0 && hasFlag(cue, BARE) ? speakerBefore(cue, -1) : null);
    const said = hasFlag(cue, DIRECT | INDIRECT);
    // (Not a participle: in "…, calling his plan “…”" the words after it are its object.)
    if (toks[cue.k - 1]?.lo === ',' && said && !/ing$/.test(toks[cue.k]!.lo)) {
      // "…, said Jeffrey Trimble, a senior official.": the source follows the cue.
      const after = npAfter(cue.k2 + 1, n);
      if (after && after.t !== K_PRON && (!x || x.t === K_NOM)) cue.s = x = after;
    }
    if (x && hasFlag(cue, DIRECT | BARE) && !nested) {
      // "…, he wrote." with no marks: reported speech, or a direct quote that lost its marks
      // when it speaks in the first person. "…, he said in an interview, …" goes on after it.
      // Only after a verb of saying or believing: before "sought", "decided", "pledged" the
      // opening is an adverbial ("Steering clear of the fight, he sought …").
      const inverted = x.a > cue.k;
      const t = skipAdverbial((inverted ? x.b : cue.k2) + 1, n);
      let tail = t;
      while (tail < n && !isWord(toks[tail]) && toks[tail]!.q === undefined) tail++;
      const paren = toks[t]?.lo === ',' && isWord(toks[t + 1]) && !cueAt(t + 1);
      // ("…, she said Tuesday, noting …": a participle after the attribution ends it too.)
      const ing = toks[t]?.lo === ',' && /ing$/.test(toks[t + 1]?.lo!) && !!cueAt(t + 1);
      // ("…, as Smith said on Monday.": the clause before "as" is what was said.)
      const comma = inverted ? cue.k - 1 : x.a - 1 - +(toks[x.a - 1]?.lo === 'as' && toks[x.a - 2]?.lo === ',');
      // (Not "…, which wants…", a relative clause, nor "…, the mayor is assured", a passive, nor
      // "In a speech, she declared:", whose colon introduces the words that follow.)
      if ((tail === n || paren || ing) && toks[t]?.lo !== ':' && comma > 0 && toks[comma]!.lo === ',' && x.t !== K_REL && (inverted || adjacent(toks, x.b, cue.k))) {
        const a = clauseStart(comma);
        const e2 = paren ? clauseEnd(t + 1, n, false) : -1;
        const both = e2 - t > 2 && phrasesOnly(t + 1, e2);
        // A short opening ("After all, she added, …") is reported only with the rest of its sentence.
        // ("Asked whether …, she shrugged": a phrase about the speaker, not what she said.)
        if ((both ? comma > a : comma - a >= 3 && !(paren && has(toks[a]!.lo, CLAUSE))) && phrasesOnly(a, comma) && !/^(?:asked|pressed|questioned|speaking|reached|contacted|interviewed)$/.test(toks[a]!.lo)) {
          const kind = toks.slice(a, comma).some((t) => has(t.lo, FIRST)) ? 'unmarked' : 'indirect';
          const r = report(kind, a, comma, cue, x, 0.6);
          raws.push(r);
          phrases(a, comma, cue, x);
          if (both) {
            const r2 = report(kind, t + 1, e2, cue, x, 0.6);
            r2.cont = r;
            raws.push(r2);
            phrases(t + 1, e2, cue, x);
          }
          continue;
        }
      }
    }
    if (!hasFlag(cue, MIXED | INDIRECT)) continue;
    let relative = !!x && (x.t === K_REL || has(toks[x.a - 1]?.lo, REL) > 0);
    // (", which he said he emailed to …, that …": a cue inside a relative clause ends with it.)
    for (let p = cue.k - 1; !relative && p >= 0 && cue.k - p < 8 && toks[p]!.lo !== ','; p--) relative = has(toks[p]!.lo, REL) > 0;
    // ("who asked not to be named": the journalist's formula for a source, no words of theirs.)
    if (toks[cue.k2 + 1]?.lo === 'not' && toks[cue.k2 + 2]?.lo === 'to' && toks[cue.k2 + 3]?.lo === 'be') continue;
    const a = hasFlag(cue, INDIRECT) ? contentStart(cue.k2, n, hasFlag(cue, BARE)) : -1;
    const from = a >= 0 ? a : cue.k2 + 1;
    // "After saying it was “fair,” she left": the participle's subject follows its clause.
    const end = clauseEnd(from, x && x.a > cue.k ? x.a - +(toks[x.a - 1]!.lo === ',') : n, relative);
    // Quotations inside the clause, not already attributed as direct: they are mixed.
    const inner: number[] = [];
    let quoted = 0;
    // (No dearer than finding `end`.)
    for (let p = from; p < end; p++) if (toks[p]!.q !== undefined && done[p]?.kind !== 'direct') inner.push(p), (quoted += toks[p]!.e - toks[p]!.s);
    // No one to say it: often a noun ("a tweet", "his claim"), not a report. A known cue without
    // a subject the rules can find ("…outlined his plan and vowed to punish “…”"): the quoted
    // words are the sentence subject's, with less confidence. Reported speech is not guessed this
    // way (too often a noun clause, not a report).
    const fb = !x;
    if (fb && !nested && inner.length) x = leadOf();
    if (end <= from || !x || (fb && x.a > cue.k)) continue;
    const rep = !fb && !nested && a >= 0 && quoted * 2 < toks[end - 1]!.e - toks[from]!.s && end - a >= 2 ? report('indirect', a, end, cue, x, x.t !== K_REL ? 0.7 : 0.55) : undefined;
    if (rep) raws.push(rep);
    // The object of a reporting verb ("announced new rules", "called for a ban"); not one that ends in
    // a colon, which introduces the words that follow ("said this to the crowd:").
    // (A participle after its clause's comma has that clause's subject: "…, slamming his plan";
    // but "…, referring to the meeting" is the narrator's gloss on the words, not words said.)
    else if (a < 0 && !fb && !nested && !quoted && (has(toks[cue.k]!.lo, COMPLEMENT) || toks[from]!.lo === 'for') && !inReport(cues, ci, n) && x.b < cue.k && (adjacent(toks, x.b, cue.k) || (toks[cue.k - 1]!.lo === ',' && /ing$/.test(toks[cue.k]!.lo) && !/^(?:referring|alluding)$/.test(toks[cue.k]!.lo))) && speakerLike(toks, x) && complementAt(toks, from) && toks[end - 1]!.lo !== ':') raws.push(report('indirect', from, end, cue, x, 0.65));
    // Quoted phrases of a report that has no reported speech around them are fragments of one
    // quotation: each continues the one before.
    let last: Raw | undefined;
    for (const p of inner) {
      const q = marks[toks[p]!.q!]!;
      // (A "so-called" phrase is the narrator's scare quote, no one's words.)
      const d = done[p];
      // A phrase that a verb inside the report took is the reporting speaker's words, not that
      // verb's subject's ("She said her team would continue “to break barriers”"). (A participle
      // keeps it: "says he wrote a letter condemning “…”" is his letter's wording.)
      if (d && rep && d.kind === 'mixed' && d.cue && d.cue.s >= rep.start && d.cue.e <= q.start && !/^\S*ing\b/.test(text.slice(d.cue.s, d.cue.e))) [d.cue, d.src, d.key] = [rep.cue, rep.src, rep.key];
      // (A name a person gives someone is their words, capitalised or not: "called Merkel “The
      // Chancellor”"; but not a title right after the verb: "praised “Star Wars”".)
      // (In a headline in title case every phrase looks like a title.)
      if (d || (titleLike(text, q) && toks[p - 1]!.lo !== 'as' && !titleCase() && !(hasFlag(cue, MIXED) && p - cue.k2 >= 2 && p - cue.k2 <= 4 && x.t & (K_NAME | K_PRON))) || toks[p - 1]?.lo === 'so-called') continue;
      const r = make('mixed', q.start, q.end, cue, x, fb ? 0.5 : 0.75, toks[p]!.q);
      if (!rep) r.cont = last;
      raws.push((done[p] = last = r));
    }
  }
  // A headline's "Name: what they said" ("Mayor Ortiz: Bridge will reopen in May", "Ortiz: Bridge
  // is ‘safe’"): a line that starts with a name and a colon, the rest of the line reported, its
  // quoted phrases the speaker's words.
  const c = toks.findIndex((t) => t.lo === ':');
  if (!nested && c > 0 && c <= 5 && c < n - 2 && (s === 0 || text[s - 1] === '\n') && !raws.length && isWord(toks[c + 1])) {
    const x = classify(0, c - 1);
    // (Not a column's label, "The Latest: …", nor a tally, "Smith: 1,769", nor a short heading, "Smith: Finish second".)
    // The label names someone the story goes on to name ("Ortiz: …", then "Mayor Ana Ortiz said"), not a
    // column or a section ("Delegate Update: …", "Revealed: …"); and a question is no claim.
    const line = text.indexOf('\n', toks[c]!.e) >>> 0;
    // (Before the line too, and a family by its singular: "Khans: …" after "Khizr Khan".)
    const who = text.slice(toks[c - 1]!.s, toks[c - 1]!.e).replace(/s$/, '');
    const named = () => text.slice(Math.max(0, s - 3000), s).includes(who) || text.slice(line, line + 3000).includes(who);
    if (x && x.t & K_NAME && !has(toks[0]!.lo, DET) && !/^\p{Lu}+$/u.test(text.slice(toks[0]!.s, toks[c - 1]!.e).replace(/\s/g, '')) && !/\?\W*$/.test(text.slice(toks[c]!.e, Math.min(line, e))) && named()) {
      let b = n;
      while (b > c + 1 && !isWord(toks[b - 1]) && toks[b - 1]!.q === undefined) b--;
      // (A headline quotes freely: its phrases may outweigh its words, "Lee: Plan ‘Is Doomed.’")
      if ((text.slice(toks[c + 1]!.s, toks[b - 1]!.e).match(/\p{L}+/gu)?.length ?? 0) >= 3 && !done.slice(c + 1, b).some((d) => d?.kind === 'direct')) {
        const cue = { k: c, k2: c, f: INDIRECT };
        raws.push(report('indirect', c + 1, b, cue, x, 0.6));
        phrases(c + 1, b, cue, x);
      }
    }
  }
  if (!nested) {
    // A quoted phrase in narration with no cue of its own ("Merkel hailed the deal as a
    // “breakthrough”"): the words of the sentence's subject when it is a person, with the
    // confidence of a guess. Not a title, not a whole sentence (a quotation standing alone); a
    // phrase after "as" or a determiner is one even with the sentence's full stop inside its marks.
    // A single word only after "as" ("hailed the deal as a “breakthrough”"): else mostly a scare quote.
    for (const p of qpos) {
      if (done[p]) continue;
      const q = marks[toks[p]!.q!]!;
      // ("The council greeted the plan as “…”": a person or organisation noun after "the" too.)
      const l = leadOf();
      const x = l ?? (has(toks[0]?.lo, DET) && hasNoun(toks[1]?.lo ?? '', PERSON | GROUP) && isWord(toks[2]) ? np(0, 1, K_NOM) : null);
      if (!x || !(x.t & (K_NAME | K_PRON) || x !== l) || x.b >= p || (clauseLike(text, q) && !((toks[p - 1]?.lo === 'as' || has(toks[p - 1]?.lo, DET)) && /^\p{Ll}/u.test(text[q.start]!))) || titleLike(text, q) || toks[p - 1]?.lo === 'so-called' || (!/\s/.test(text.slice(q.start, q.end).trim()) && !(toks[p - 1]?.lo === 'as' || (toks[p - 2]?.lo === 'as' && has(toks[p - 1]?.lo, DET))))) continue;
      raws.push((done[p] = make('mixed', q.start, q.end, undefined, x, 0.4, toks[p]!.q)));
    }
    for (const cue of cues) if (cue.s) subjects.push(mention(text, toks, cue.s));
    // No cue: the sentence's own subject still makes its person salient ("Rita Hale met Governor
    // Sam Ortiz. "…," she said." is Rita Hale's).
    const x = subjects.length ? null : leadSubject(toks);
    if (x) subjects.push(mention(text, toks, x));
  }

  // A quotation that is the whole unit, with no cue: it continues the previous one (the caller
  // links it across sentences).
  if (qpos.length === 1 && !nested && !done[qpos[0]!] && !toks.some(isWord)) {
    const mark = toks[qpos[0]!]!.q!;
    const q = marks[mark]!;
    // At least three words (two runs of white space).
    if (/\s\S+\s/.test(text.slice(q.start, q.end)) && clauseLike(text, q)) raws.push({ kind: 'direct', start: q.start, end: q.end, conf: 0.5, mark, key: '?' });
  }
  // Interview transcripts: "PENCE: Well, …" at the start of a line (after a stray mark) is a
  // direct quote to the end of the line.
  // (Only in a dialogue: two labels or more in the article. "EXCLUSIVE: …" or "BYLINE: …" alone is a label of the page.)
  for (let b = 1; b < n - 1; b++) {
    if (toks[b]!.lo !== ':' || toks[b + 1]!.q !== undefined || speakerLabels(text) < 2) continue;
    let a = b;
    while (a > 0 && b - a < 3 && /^(?:\p{Lu}{2,}|Q|A)$/u.test(text.slice(toks[a - 1]!.s, toks[a - 1]!.e))) a--;
    if (a < b && /(?:^|\n)\W?$/.test(text.slice(Math.max(0, toks[a]!.s - 2), toks[a]!.s))) {
      const end = text.indexOf('\n', toks[b]!.e) >>> 0;
      const r = make('direct', toks[b + 1]!.s, Math.min(end, nested ? e : end, text.length), { k: b, k2: b, f: DIRECT }, null, 0.7);
      // The label is the speaker's name as written ("Q", "A", "MORGAN"), never a role or a word.
      r.src = { s: toks[a]!.s, e: toks[b - 1]!.e, t: K_NAME, name: text.slice(toks[a]!.s, toks[b - 1]!.e) };
      raws.push(r);
    }
  }
  const last = cues[cues.length - 1];
  let colon: Raw | undefined;
  if (last && !nested && toks[n - 1]?.lo === ':' && n - 1 - last.k2 <= 3 && hasFlag(last, DIRECT) && !qpos.length) {
    const x = source(last, -1);
    if (x) colon = make('direct', 0, 0, last, x, 0.8);
  }
  return { raws, subjects, colon };
}
