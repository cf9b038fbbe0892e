/**
 * Mentions: cue words, and the noun phrase that names who speaks (a name with its titles, a
 * pronoun, a nominal like "a mission spokesperson", a group like "others").
 */
import { ACCORDING, BARE, DIRECT, INDIRECT, MIXED, OBJECT, type Lexicon } from './cues.js';
import { ABBREV, type Tok } from './sentences.js';

export type NPKind = 'pron' | 'rel' | 'name' | 'nom' | 'group';

/** A noun phrase: tokens `a..b` inclusive. */
export interface NP { a: number; b: number; kind: NPKind }

/** A cue: tokens `k..k2` inclusive. */
export interface Cue { k: number; k2: number; flags: number }

export interface Ctx { text: string; lex: Lexicon; toks: Tok[] }

const PREP = new Set('in on at for with by from about to of during after before into over under against despite amid via than like'.split(' '));
const AUX = new Set('would will was is had has could should can did does may might must were are wo'.split(' '));
const OBJ_WORDS = new Set('reporters journalists him her them me us you'.split(' '));
const WEEKDAYS = /^(?:\w*day|tonight|january|february|march|april|may|june|july|august|september|october|november|december)$/;

export const isWord = (t: Tok | undefined) => t !== undefined && t.w === true;
export const isCap = (c: Ctx, t: Tok | undefined) => isWord(t) && /\p{Lu}/u.test(c.text[t!.s]!);
/** A full stop (or ! ?) that ends a sentence, not the one of "Mr." or "J.". */
export const isStop = (c: Ctx, i: number) => {
  const t = c.toks[i];
  if (!t || t.q !== undefined || !/^[.!?;]$/.test(t.lo)) return false;
  const w = c.toks[i - 1];
  // "R-Ky., said": a full stop before a comma or a bracket ends no sentence.
  return !(t.lo === '.' && ((w && w.e === t.s && (ABBREV.has(w.lo) || (w.lo.length === 1 && isCap(c, w)))) || /^[),]$/.test(c.toks[i + 1]?.lo ?? '')));
};
const isPunct = (t: Tok | undefined, p: string) => t !== undefined && t.q === undefined && t.lo.length === 1 && p.includes(t.lo);
export const isPron = (c: Ctx, t: Tok | undefined) => isWord(t) && c.lex.pronouns.has(t!.lo);

/** The cue starting at token `i`, if any (its flags, and the addressee for "told the AP"). */
export function cueAt(c: Ctx, i: number): Cue | null {
  const t = c.toks[i];
  if (!isWord(t)) return null;
  for (const phrase of c.lex.according) {
    if (phrase[0] === t!.lo && phrase.every((w, j) => c.toks[i + j]?.lo === w)) return { k: i, k2: i + phrase.length - 1, flags: INDIRECT | ACCORDING };
  }
  const flags = c.lex.verbs.get(t!.lo);
  // A capitalized "Post" is a newspaper, not a verb; "to maintain" is no report; "the state",
  // "his remarks", "of questions" are nouns.
  const prev = c.toks[i - 1]?.lo ?? '';
  if (!flags || (i > 0 && isCap(c, t)) || prev === 'to' || prev === 'of' || (c.lex.determiners.has(prev) && !c.lex.that.has(prev))) return null;
  let k2 = i;
  const part = c.lex.particles.get(t!.lo);
  if (part) {
    if (c.toks[i + 1]?.lo !== part) return null;
    k2++;
  }
  if (flags & OBJECT) {
    // The addressee: "told reporters", "told the AP", "told CNN's Jake Tapper", "told the committee".
    let j = k2 + 1;
    const f = c.toks[j]?.lo ?? '';
    const det = c.lex.determiners.has(f) && !c.lex.that.has(f);
    const a = (j += det ? 1 : 0);
    for (let u; (u = c.toks[j]) && j - k2 <= 4 && (OBJ_WORDS.has(u.lo) || isCap(c, u) || (u.lo === "'s" && j > a) || (det && j === a && isWord(u) && !c.lex.that.has(u.lo) && !PREP.has(u.lo) && !AUX.has(u.lo))); ) j++;
    if (j > a) k2 = j - 1;
  }
  return { k: i, k2, flags };
}

export const hasFlag = (cue: Cue | null, f: number) => cue !== null && (cue.flags & f) !== 0;
export { ACCORDING, BARE, DIRECT, INDIRECT, MIXED };

/** Classify tokens a..b as a speaker mention, or null when they do not look like one. */
export function classify(c: Ctx, a: number, b: number): NP | null {
  const { toks, lex } = c;
  if (a > b || b - a > 12) return null;
  const first = toks[a]!;
  if (!isWord(first)) return null;
  if (a === b && lex.pronouns.has(first.lo)) return { a, b, kind: 'pron' };
  if (a === b && lex.relatives.has(first.lo)) return { a, b, kind: 'rel' };
  if (PREP.has(first.lo) || /ing$/.test(first.lo) || lex.clause.has(first.lo) || /^\d/.test(first.lo)) return null;
  let allCap = true;
  for (let i = a; i <= b; i++) {
    const t = toks[i]!;
    if (t.q !== undefined) return null;
    if (!(isCap(c, t) || t.lo === '.' || t.lo === "'s" || t.lo === '’s' || t.lo === '-' || (i > a && i < b && /^(?:of|de|da|van|von|der|al|bin|la|le|du|y)$/.test(t.lo)))) allCap = false;
  }
  if (allCap && isCap(c, first) && !(a === b && lex.determiners.has(first.lo))) return { a, b, kind: 'name' };
  if (lex.groups.has(first.lo) && b - a < 3) return { a, b, kind: 'group' };
  // A nominal: "a mission spokesperson", "the influential daily". No verbs we know of inside.
  for (let i = a; i <= b; i++) {
    const t = toks[i]!;
    if (AUX.has(t.lo) || /^(?:been|be|being|it's)$/.test(t.lo) || (lex.verbs.has(t.lo) && !isCap(c, t)) || isPunct(t, ',;:')) return null;
  }
  if (PREP.has(toks[b]!.lo) || lex.determiners.has(toks[b]!.lo)) return null;
  return { a, b, kind: 'nom' };
}

const isBoundary = (c: Ctx, t: Tok) => t.q !== undefined || isPunct(t, ';:()—–―-[]') || (c.lex.clause.has(t.lo) && !isCap(c, t)) || c.lex.relatives.has(t.lo);

/**
 * The subject of the cue at token `k`, looking back no further than `floor` (exclusive).
 * Skips adverbs and auxiliaries, comma-enclosed asides ("Bondarev, 41, a diplomat…, said"),
 * and takes the relative pronoun itself when the cue sits in a relative clause.
 */
export function subjectOf(c: Ctx, k: number, floor: number, depth = 0): NP | null {
  const { toks, lex } = c;
  let j = k - 1;
  while (j > floor && isWord(toks[j]) && !isCap(c, toks[j]) && (lex.skip.has(toks[j]!.lo) || /ly$/.test(toks[j]!.lo))) j--;
  if (j <= floor) return null;
  const segEnd = (e: number) => {
    let i = e;
    while (i > floor && e - i < 14 && !isBoundary(c, toks[i]!) && toks[i]!.lo !== ',') i--;
    return i; // the token before the segment
  };
  if (toks[j]!.lo === ')') {
    // "Rep. Gwen Moore (D-Wis.) said": the subject is before the parenthesis.
    let p = j;
    while (p > floor && j - p < 12 && toks[p]!.lo !== '(') p--;
    if (toks[p]?.lo === '(' && p - 1 > floor) {
      const np = subjectOf(c, p, floor, depth + 1);
      if (np) return { ...np, b: j };
    }
  }
  const t = toks[j]!;
  if (t.lo === ',') {
    // Asides between commas ("Scott Pruitt, the attorney general of Oklahoma, one of the states
    // suing, said"): the first name or pronoun among them, else the first noun phrase.
    const segs: (NP | null)[] = [];
    let e = j - 1;
    for (let k = 0; k < 5; k++) {
      let p = e;
      while (p > floor && e - p < 40 && toks[p]!.lo !== ',' && toks[p]!.q === undefined && !isPunct(toks[p], ';:')) p--;
      if (p <= floor || toks[p]!.lo !== ',') {
        // The first segment: from the clause start only ("…, but Smith, 41, said").
        p = segEnd(e);
        segs.unshift(p < e ? classify(c, p + 1, e) : null);
        break;
      }
      segs.unshift(p < e ? classify(c, p + 1, e) : null);
      e = p - 1;
    }
    return segs.find((s) => s && (s.kind === 'name' || s.kind === 'pron')) ?? segs.find((s) => s && s.kind !== 'rel') ?? null;
  }
  const i = segEnd(j);
  if (i === j) {
    // Nothing between the clause word and the verb: "…letter and stated" shares the subject of
    // the verb before it; "which said" is a relative clause.
    if (i > floor && lex.relatives.has(t.lo)) return { a: j, b: j, kind: 'rel' };
    if (depth < 2 && i > floor && /^(?:and|but|or|und|et|y)$/.test(t.lo)) {
      for (let p = i - 1; p > floor && i - p < 20; p--) if (hasFlag(cueAt(c, p), DIRECT | INDIRECT)) return subjectOf(c, p, floor, depth + 1);
    }
    return null;
  }
  return classify(c, i + 1, j);
}

/** Past a trailing adverbial after a cue ("said in an interview", "said Friday"): the next token index. */
export function skipAdverbial(c: Ctx, t: number, end: number): number {
  const u = c.toks[t];
  if (!u || !(PREP.has(u.lo) || WEEKDAYS.test(u.lo))) return t;
  let j = t;
  while (j < end && j - t < 10 && isWord(c.toks[j]) && !c.lex.that.has(c.toks[j]!.lo)) j++;
  return j;
}

/** The mention after an inverted cue: `"…," said Josh Earnest, the press secretary.` */
export function npAfter(c: Ctx, i: number, end: number): NP | null {
  let j = i;
  // The full stop of an initial or a title stays in the name: "Edwin G. Monroy".
  while (j < end && j - i < 8 && !isBoundary(c, c.toks[j]!) && !isPunct(c.toks[j], ',!?') && !(c.toks[j]!.lo === '.' && isStop(c, j))) j++;
  const np = classify(c, i, j - 1);
  return np && np.kind !== 'rel' ? np : null;
}

/**
 * Where reported content starts after a cue ending at token `k2`: after "that", possibly past a
 * time phrase or a comma-enclosed relative clause; or at a subject that is followed by a verb
 * ("stated he sent", "said the plan would…"). -1 when the cue does not take a clause.
 */
export function contentStart(c: Ctx, k2: number, end: number, bare = false): number {
  const { toks, lex } = c;
  const n = toks[k2 + 1];
  if (!n || n.q !== undefined) return -1;
  // "said the plan failed": a say-verb followed by a word that starts a noun phrase starts the
  // clause itself (not a preposition, a time word or the end of the sentence).
  if (bare && isWord(n) && !PREP.has(n.lo) && !WEEKDAYS.test(n.lo) && !lex.clause.has(n.lo) && !AUX.has(n.lo) && !/ly$|^(?:so|\w*day|earlier|later|last|this|next|again|it|not|no|yes|\w*thing|more|less|much)$/.test(n.lo) && isWord(toks[k2 + 2]) && !isStop(c, k2 + 2)) return k2 + 1;
  if (lex.that.has(n.lo)) return toks[k2 + 2]?.lo === ',' ? k2 + 3 : k2 + 2;
  if (lex.pronouns.has(n.lo) && n.lo !== 'it' && n.lo !== 'you') return k2 + 1;
  if (isWord(n) && !PREP.has(n.lo) && !WEEKDAYS.test(n.lo) && !lex.clause.has(n.lo)) {
    // A subject and a finite verb soon after: "warned the deal would fail", "announced Smith had won".
    for (let j = k2 + 2; j < end && j - k2 <= 5; j++) {
      const u = toks[j]!;
      if (AUX.has(u.lo) || (j > k2 + 2 && /^(?:\p{Ll}+ed|was|were|had|did)$/u.test(u.lo) && !lex.determiners.has(toks[j - 1]!.lo))) return k2 + 1;
      if (!isWord(u) || lex.verbs.has(u.lo)) break;
    }
  }
  for (let j = k2 + 1, steps = 0; j < end && steps < 12; j++, steps++) {
    const u = toks[j]!;
    if (u.q !== undefined || isPunct(u, '.;:!?')) return -1;
    if (lex.that.has(u.lo)) return j + 1 < end ? j + 1 : -1;
    if (u.lo === ',' && lex.relatives.has(toks[j + 1]?.lo ?? '')) {
      while (j + 1 < end && toks[j + 1]!.lo !== ',' && toks[j + 1]!.lo !== '.') j++;
      continue;
    }
    if ((lex.clause.has(u.lo) && !lex.that.has(u.lo)) || (lex.verbs.has(u.lo) && !isCap(c, u))) return -1;
  }
  return -1;
}

/** Where a clause that starts at token `a` ends (exclusive token index). */
export function clauseEnd(c: Ctx, a: number, end: number, relative: boolean): number {
  const { toks } = c;
  for (let j = a; j < end && j - a < 300; j++) {
    const u = toks[j]!;
    if (isStop(c, j)) return j;
    if (u.lo === ',') {
      if (relative) return j;
      const v = toks[j + 1];
      if (!v) return j;
      if (/^(?:but|while|although|though|whereas|which|who|according|as|adding|saying)$/.test(v.lo)) return j;
      if (v.q !== undefined) return j;
      // ", he said" / ", Smith added": an attribution clause closes the content.
      for (let p = j + 1; p < end && p - j <= 4; p++) {
        const cue = cueAt(c, p);
        if (cue) {
          if (p === j + 1 || subjectOf(c, p, j)) return j;
          break;
        }
        if (!isWord(toks[p])) break;
      }
    }
  }
  return Math.min(end, a + 300);
}
