/**
 * Mentions: cue words, and the noun phrase that names who speaks (a name with its titles, a
 * pronoun, a nominal like "a mission spokesperson", a group like "others").
 *
 * The helpers work on one unit's tokens, set by `setUnit`: module state instead of a context
 * argument on every call keeps the bundle small. Units are attributed one at a time.
 */
import { ACCORDING, CLAUSE, DET, DIRECT, GROUP, INDIRECT, OBJECT, PERSON, PRON, REL, SKIP, STOP, THAT, TIME, TITLE, VERB, type Lexicon } from './cues.js';
import { ABBREV, type Tok } from './sentences.js';

// Noun phrase kinds, one bit each: `t & (K_NAME | K_PRON)` asks "a name or a pronoun?".
export const K_NAME = 1;
export const K_PRON = 2;
export const K_REL = 4;
export const K_NOM = 8;
export const K_GROUP = 16;

/** A noun phrase: tokens `a..b` inclusive, of kind `t`. */
export interface NP { a: number; b: number; t: number }

/** A cue: tokens `k..k2` inclusive, with its lexicon flags. */
export interface Cue { k: number; k2: number; f: number }

let X = '';
let T: Tok[] = [];
let LX: Lexicon;
let VERBS: Uint8Array;
let TITLE_CASE: boolean | undefined;

/**
 * A cheap test that rules out most words as cue verbs before the lexicon lookup (which hashes
 * the word): a bit per first letter, last letter and length that some cue verb has.
 */
const sig = (lo: string) => (lo.charCodeAt(0) * 7 + lo.charCodeAt(lo.length - 1) * 131 + lo.length * 17) & 4095;
const verbSigs = new WeakMap<Lexicon['w'], Uint8Array>();

/** The unit the helpers below read. */
export function setUnit(text: string, lex: Lexicon, toks: Tok[]): void {
  X = text;
  LX = lex;
  T = toks;
  let v = verbSigs.get(lex.w);
  if (!v) {
    verbSigs.set(lex.w, (v = new Uint8Array(4096)));
    lex.w.forEach((f, w) => f & VERB && (v![sig(w)] = 1));
  }
  VERBS = v;
  TITLE_CASE = undefined;
}

/**
 * Is the unit a headline in title case ("Clinton Says Russians Hacked DNC"): every longer word
 * capitalised? Asked only at a capitalised cue word, once a unit. (Most sentences show a lower-case
 * word within a few tokens.)
 */
export function titleCase(): boolean {
  if (TITLE_CASE === undefined) {
    let caps = 0;
    for (const t of T) {
      if (!t.w || !/\p{L}/u.test(X[t.s]!)) continue;
      if (isCap(t)) caps++;
      else if (t.lo.length > 3) return (TITLE_CASE = false);
    }
    TITLE_CASE = caps >= 3;
  }
  return TITLE_CASE;
}

/** The word classes / cue flags of a word, masked by `b` (0 for unknown words). */
export const has = (lo: string | undefined, b: number): number => LX.w.get(lo!)! & b;
/** The flags `b` of a noun or of its singular ("analysts"). */
export const hasNoun = (lo: string, b: number): number => has(lo, b) | has(lo.replace(/s$/, ''), b);
/** The small words inside a name: "Bank of England", "Charles de Gaulle". */
export const PARTICLE = /^(?:of|de|da|van|von|der|al|bin|la|le|du|y)$/;
/** A determiner that is not also a complementizer ("the", not "that"). */
const det = (lo: string | undefined) => (LX.w.get(lo!)! & (DET | THAT)) === DET;
/** An adverb or auxiliary between a subject and its verb ("he later said", "she flatly denied"). */
export const skippable = (lo: string) => has(lo, SKIP) || /ly$/.test(lo);
export const np = (a: number, b: number, t: number): NP => ({ a, b, t });

const words = (s: string) => new Set(s.split(' '));
const PREP = words('in on at for with by from about to of during after before into over under against despite amid via than like');
const AUX = words('would will was is had has could should can did does may might must were are wo');
const OBJ_WORDS = words('reporters journalists him her them me us you');
const NOUNISH = words('state states comments remarks');
const WEEKDAYS = /^(?:\w*day|tonight|january|february|march|april|may|june|july|august|september|october|november|december)$/;

export const isWord = (t: Tok | undefined) => t?.w === true;
/** Upper case by UTF-16 unit, filled on first sight (1 upper, 2 not): no regex per question. */
const UPPER = new Uint8Array(65536);
export const isCap = (t: Tok | undefined) => {
  if (!isWord(t)) return false;
  const c = X.charCodeAt(t!.s);
  return (UPPER[c] ||= /\p{Lu}/u.test(X[t!.s]!) ? 1 : 2) === 1;
};
/** A full stop (or ! ? ;) that ends a sentence, not the one of "Mr." or "J.". */
export const isStop = (i: number) => {
  const t = T[i];
  if (!t || !/^[.!?;]$/.test(t.lo)) return false;
  const w = T[i - 1];
  // "R-Ky., said": a full stop before a comma or a bracket ends no sentence.
  // ("in U.S. history": a full stop before a lower-case word ends no sentence either.)
  // ("the U.S. “clearly” needed": the full stop of a dotted abbreviation ends nothing either.)
  return !(t.lo === '.' && ((w && w.e === t.s && (ABBREV.has(w.lo) || (w.lo.length === 1 && isCap(w)) || /^\p{L}(?:\.\p{L})+$/u.test(w.lo))) || /^[),]$/.test(T[i + 1]?.lo!) || (isWord(T[i + 1]) && !isCap(T[i + 1]) && !/\d/.test(T[i + 1]!.lo))));
};
/** One of the punctuation characters `p` (never a quotation token: `p` holds no mark). */
export const isPunct = (t: Tok | undefined, p: string) => t?.lo.length === 1 && p.includes(t.lo);
export const isTime = (lo: string) => WEEKDAYS.test(lo) || has(lo, TIME);
/** A time word or a preposition: it ends a name. */
const ends = (lo: string) => isTime(lo) || PREP.has(lo) || has(lo, STOP);
/** A word that can start a noun phrase after a cue: no preposition, time word or clause word. */
export const npStart = (t: Tok | undefined) => isWord(t) && !PREP.has(t!.lo) && !WEEKDAYS.test(t!.lo) && !has(t!.lo, CLAUSE | STOP | TIME);

/** The cue starting at token `i`, if any (its flags, and the addressee for "told the AP"). */
export function cueAt(i: number, on = false): Cue | null {
  const t = T[i];
  if (!isWord(t)) return null;
  const lo = t!.lo;
  // "went on to call him …": the cue spans the phrase, its subject is the subject of "went".
  if (T[i + 1]?.lo === 'on' && T[i + 2]?.lo === 'to' && (lo === 'went' || lo === 'goes' || lo === 'going')) {
    const c = cueAt(i + 3, true);
    return c && { ...c, k: i };
  }
  for (const ph of LX.a) if (ph[0] === lo && ph.every((w, j) => T[i + j]?.lo === w)) return { k: i, k2: i + ph.length - 1, f: INDIRECT | ACCORDING };
  const f = VERBS[sig(lo)] && has(lo, VERB);
  // A capitalized "Post" is a newspaper, not a verb; "to maintain" is no report; "the state",
  // "his remarks", "of questions" are nouns; "we can't say", "they'll say" imagine words nobody said.
  const prev = T[i - 1]?.lo;
  // (After a possessive a word is a noun, "the company's plans, who …, said"; a noun that
  // reports only before "that" or a quotation, "Trump's claim that …". Not after "he's", "it's".)
  // ("Five questions for …": after a number a word in -s is a plural noun.)
  if (!f || (i > 0 && isCap(t) && !titleCase()) || (prev === 'to' && !on) || prev === 'of' || det(prev) || (/s$/.test(lo) && /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten)$/.test(prev!)) || (/['’]s$/.test(prev!) && !has(prev!.slice(0, -2), PRON | REL | THAT) && !has(T[i + 1]?.lo, THAT) && T[i + 1]?.q === undefined) || (lo === 'say' && /^(?:can|cannot|could|might|may|would|should|must)$|[’'](?:t|d|ll)$/.test(prev!))) return null;
  // Words far more often nouns ("Western states", "her remarks") report only before "that", a
  // pronoun or punctuation, or after a pronoun.
  if (NOUNISH.has(lo) && isWord(T[i + 1]) && !has(T[i + 1]!.lo, THAT | PRON) && !has(prev, PRON)) return null;
  let k2 = i;
  const part = LX.p.get(lo);
  if (part) {
    if (T[i + 1]?.lo !== part) return null;
    k2++;
  }
  if (f & OBJECT) {
    // The addressee: "told reporters", "told the AP", "told CNN's Jake Tapper", "told the committee".
    let j = k2 + 1;
    const d = det(T[j]?.lo);
    const a = (j += d ? 1 : 0);
    // ("told The Star-Ledger of Newark", "told The Post and Courier")
    for (let u; (u = T[j]) && j - k2 <= 7 && (OBJ_WORDS.has(u.lo) || isCap(u) || (u.lo === "'s" && j > a) || (j > a && /^(?:of|and|&)$/.test(u.lo) && isCap(T[j + 1]) && isCap(T[j - 1])) || (d && j === a && isWord(u) && !has(u.lo, THAT) && !PREP.has(u.lo) && !AUX.has(u.lo))); ) j++;
    if (j > a) k2 = j - 1;
  }
  return { k: i, k2, f };
}

export const hasFlag = (cue: Cue | null | undefined, f: number): number => cue?.f! & f;

/** Classify tokens a..b as a speaker mention, or null when they do not look like one. */
export function classify(a: number, b: number): NP | null {
  if (a > b || b - a > 12) return null;
  if (T[b]!.lo === ')') {
    let p = b;
    while (p > a && T[p]!.lo !== '(') p--;
    const s = classify(a, p - 1);
    return s && { ...s, b };
  }
  // "At least a third of residents", "at most three", "About four in 10": a quantity, not a preposition.
  const first0 = T[a]!.lo;
  if (first0 === 'at' && /^(?:least|most)$/.test(T[a + 1]?.lo!) && a + 2 <= b) a += 2;
  else if (a < b && (first0 === 'about' || first0 === 'around' || first0 === 'over') && /^\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|half)$/.test(T[a + 1]!.lo)) a++;
  const first = T[a]!;
  const lo = first.lo;
  if (!isWord(first)) return null;
  if (a === b && has(lo, PRON | REL)) return np(a, b, has(lo, PRON) ? K_PRON : K_REL);
  // (Not "Asking for more, …"; but "Shipping analysts", "Leading economists" are people.)
  if (PREP.has(lo) || (/ing$/.test(lo) && !(b > a && hasNoun(T[b]!.lo, PERSON | GROUP))) || has(lo, CLAUSE)) return null;
  let allCap = isCap(first);
  let verb = false;
  for (let i = a; i <= b; i++) {
    const t = T[i]!;
    const u = t.lo;
    if (t.q !== undefined) return null;
    if (!(isCap(t) || /^(?:\.|['’]s|-)$/.test(u) || (i > a && i < b && PARTICLE.test(u)))) allCap = false;
    // A nominal ("a mission spokesperson", "the influential daily") has no verb we know of inside.
    // (A verb's form right after a preposition or a determiner is a noun: "secretary of state".)
    // (And after a possessive: "the company's plans".)
    if (AUX.has(u) || /^(?:been|be|being|it's)$/.test(u) || (has(u, VERB) && !isCap(t) && !(i > a && (PREP.has(T[i - 1]!.lo) || det(T[i - 1]!.lo) || /\S['’]s$/.test(T[i - 1]!.lo)))) || isPunct(t, ',;:')) verb = true;
  }
  // (One adverb is nobody: "Then", "Después"; a modal may be a name: "May".)
  if (a === b && has(lo, SKIP) && !AUX.has(lo)) return null;
  if (allCap && !(a === b && has(lo, DET | GROUP))) return np(a, b, K_NAME);
  // "councillor Tom Price", "the club's striker Kofi Mensah", "Residents' group leader Anne
  // Whitfield": roles and determiners before a name (the name's own words all capitalised).
  let p = b;
  while (p > a && (isCap(T[p - 1]) || T[p - 1]!.lo === '.')) p--;
  // ("Democratic candidate Sen. Ann Lee": the titles in the run of capitals are the role too.)
  while (p < b && (has(T[p]!.lo, TITLE) || T[p]!.lo === '.')) p++;
  // (Only when the phrase ends in that name: "Ms Lowe's neighbour" is a neighbour.)
  if (isCap(T[p]) && isCap(T[b]) && p > a && !has(T[p]!.lo, TITLE | PERSON)) {
    let ok = true;
    // (Adjectives too: "Democratic presidential candidate Sen. Ann Lee".)
    for (let i = a; i < p && ok; i++) ok = isCap(T[i]) || has(T[i]!.lo, DET | TITLE | PERSON) > 0 || /^['’]s?$|^[-.]$/.test(T[i]!.lo) || /['’]s?$/.test(T[i]!.lo) || (isWord(T[i]) && !has(T[i]!.lo, VERB) && !PREP.has(T[i]!.lo) && !AUX.has(T[i]!.lo));
    if (ok && (has(T[p - 1]!.lo, TITLE | PERSON) || T[p - 1]!.lo === '.')) return np(a, b, K_NAME);
  }
  if (has(lo, GROUP) && b - a < 3) return np(a, b, K_GROUP);
  const z = T[b]!.lo;
  return verb || PREP.has(z) || has(z, DET) ? null : np(a, b, K_NOM);
}

const isBoundary = (t: Tok) => t.q !== undefined || isPunct(t, ';:()—–―-[]') || has(t.lo, CLAUSE) || has(t.lo, REL);

/**
 * The subject of the cue at token `k`, looking back no further than `floor` (exclusive).
 * Skips adverbs and auxiliaries, comma-enclosed asides ("Bondarev, 41, a diplomat…, said"),
 * and takes the relative pronoun itself when the cue sits in a relative clause.
 */
export function subjectOf(k: number, floor: number, depth = 0): NP | null {
  let j = k - 1;
  while (j > floor && isWord(T[j]) && !isCap(T[j]) && skippable(T[j]!.lo)) j--;
  // "who in 2010 said", "Smith on Monday said": a time between the subject and its verb.
  if (PREP.has(T[j - 1]?.lo!) && (isTime(T[j]!.lo) || /^\d+$/.test(T[j]!.lo))) j -= 2;
  if (j <= floor) return null;
  // The token before the segment that ends at `e`.
  const segEnd = (e: number) => {
    let i = e;
    // "Rep. Gwen Moore (D-Wis.) said": the parenthesis belongs to the name before it.
    if (T[i]!.lo === ')') while (i > floor && e - i < 12 && T[i--]!.lo !== '(');
    while (i > floor && e - i < 14 && !isBoundary(T[i]!) && T[i]!.lo !== ',') i--;
    return i;
  };
  const t = T[j]!;
  // An aside between dashes ("A former mayor — Tom Reyes, who lost in 2008 — said"): the subject
  // is before it.
  if (/^[—–-]$/.test(t.lo) && depth < 2) {
    let p = j - 1;
    while (p > floor && T[p]!.lo === '-') p--; // ("--" typed for a dash)
    while (p > floor && j - p < 40 && !/^[—–-]$/.test(T[p]!.lo)) p--;
    while (p > floor && T[p - 1]!.lo === '-') p--;
    if (p > floor && j - p > 1) return subjectOf(p, floor, depth + 1);
  }
  if (t.lo === ',') {
    // Asides between commas ("Scott Pruitt, the attorney general of Oklahoma, one of the states
    // suing, said"): the first name or pronoun among them, else the first noun phrase.
    const segs: (NP | null)[] = [];
    let e = j - 1;
    for (let n = 0; n < 5; n++) {
      let p = e;
      // (A title after a preposition stays inside the aside: "Ann Lee, the author of “Home,” said".)
      while (p > floor && e - p < 40 && T[p]!.lo !== ',' && (T[p]!.q === undefined || PREP.has(T[p - 1]?.lo!)) && !isPunct(T[p], ';:')) p--;
      // The first segment: from the clause start only ("…, but Smith, 41, said").
      const first = p <= floor || T[p]!.lo !== ',';
      if (first) p = segEnd(e);
      segs.unshift(p < e ? classify(p + 1, e) : null);
      if (first) break;
      e = p - 1;
    }
    return segs.find((s) => s && s.t & (K_NAME | K_PRON)) ?? segs.find((s) => s && s.t !== K_REL) ?? null;
  }
  const i = segEnd(j);
  if (i === j) {
    // Nothing between the clause word and the verb: "…letter and stated" shares the subject of
    // the verb before it; "which said" is a relative clause.
    if (i > floor && has(t.lo, REL)) return np(j, j, K_REL);
    if (depth < 2 && i > floor && /^(?:and|but|or|und|et|y)$/.test(t.lo)) {
      for (let p = i - 1; p > floor && i - p < 20; p--) if (hasFlag(cueAt(p), DIRECT | INDIRECT)) return subjectOf(p, floor, depth + 1);
    }
    return null;
  }
  // An opening phrase before the subject: "On Monday he said", "In a statement the ministry said",
  // "At the rally Ann Cole said" (the subject is the pronoun, or starts at the last determiner or
  // capitalised word after it).
  // ("At least a third of residents" is a subject of its own.)
  const o = T[i + 1]!.lo;
  const c = classify(i + 1, j);
  if (j > i + 1 && !(c && PREP.has(o)) && (PREP.has(o) || isTime(o) || skippable(o)) && !T.slice(i + 1, j).some((u) => has(u.lo, VERB) && !isCap(u))) {
    if (has(t.lo, PRON)) return np(j, j, K_PRON);
    for (let s = j; s > i + 2; s--) if (det(T[s]!.lo) || (isCap(T[s]) && !(isCap(T[s - 1]) && !isTime(T[s - 1]!.lo)))) return classify(s, j);
  }
  return c;
}

/** Past a trailing adverbial after a cue ("said in an interview", "said Friday"): the next token index. */
export function skipAdverbial(t: number, end: number): number {
  const u = T[t];
  // ("promised to act", "called for a ban": a complement, not an adverbial.)
  if (!u || !(PREP.has(u.lo) || WEEKDAYS.test(u.lo)) || /^(?:to|for|about|against|of)$/.test(u.lo)) return t;
  let j = t;
  while (j < end && j - t < 10 && isWord(T[j]) && !has(T[j]!.lo, THAT)) j++;
  return j;
}

/** The mention after an inverted cue: `"…," said Josh Earnest, the press secretary.` */
export function npAfter(i: number, end: number): NP | null {
  let j = i;
  // A time phrase before the name: "a déclaré lundi Marie Dupont", "sagte am Montag Karl Weber".
  while (j < end && j - i < 3 && isWord(T[j]) && ends(T[j]!.lo)) j++;
  if (j > i && isTime(T[j - 1]!.lo) && isCap(T[j]) && !ends(T[j]!.lo)) i = j;
  // The full stop of an initial or a title stays in the name: "Edwin G. Monroy".
  for (j = i; j < end && j - i < 8 && !isBoundary(T[j]!) && !isPunct(T[j], ',!?') && !(T[j]!.lo === '.' && isStop(j)); j++) {
    // A name ends at a time word or preposition, and the small words before it: "Karl Weber am
    // Montag", "Ana López el lunes" ("Secretary of State …" goes on).
    // ("economist Samir Haddad in a note": after a role too.)
    if (j > i && (isCap(T[i]) || isCap(T[j - 1])) && ends(T[j]!.lo) && T[j]!.lo !== 'of') {
      while (j > i + 1 && isWord(T[j - 1]) && !isCap(T[j - 1])) j--;
      break;
    }
  }
  const s = classify(i, j - 1);
  if (s?.t === K_NOM && T[j]?.lo === ',') {
    // A role, then the name in apposition: "recalled her former student, Professor Ian Mackay".
    let k = j + 1;
    while (k < end && k - j <= 6 && (isCap(T[k]) || T[k]!.lo === '.')) k++;
    while (k > j + 1 && T[k - 1]!.lo === '.' && isStop(k - 1)) k--;
    const name = k > j + 1 && !isWord(T[k]) ? classify(j + 1, k - 1) : null;
    if (name?.t === K_NAME) return name;
  }
  return s && s.t !== K_REL ? s : null;
}

/** A personal pronoun that starts a reported clause, contracted or not ("he", "she's", "they'd"); not "it" or "you". */
const subjectPronoun = (t: Tok | undefined) => {
  const lo = t?.lo.replace(/['’]\w+$/, '');
  return has(lo, PRON) > 0 && lo !== 'it' && lo !== 'you';
};

/** Past a time phrase at token `j` ("on Friday", "late Tuesday night", "earlier this week"): the next token index. */
const DAY_PART = /^(?:week|weekend|month|year|spring|summer|fall|autumn|winter|morning|afternoon|evening|night)$/;
function timeEnd(j: number, end: number): number {
  const a = j;
  if (T[j]?.lo === 'on' || /^(?:late|early|earlier)$/.test(T[j]?.lo!)) j++;
  // ("this week", "Tuesday night": a part of a day after a weekday too.)
  const day = WEEKDAYS.test(T[j]?.lo!) && T[j]!.lo !== 'may';
  if (!(day || /^(?:this|last|next)$/.test(T[j]?.lo!)) || j >= end) return a;
  return DAY_PART.test(T[++j]?.lo!) ? j + 1 : day ? j : a;
}

/** A subject and a finite verb soon after token `k`: "warned| the deal would fail", "announced| Smith had won". */
function clauseAfter(k: number, end: number): boolean | undefined {
  if (npStart(T[k + 1])) {
    for (let j = k + 2; j < end && j - k <= 5; j++) {
      const u = T[j]!;
      // ("warned voters that the road is…": after an addressee, the clause is after "that".)
      if (has(u.lo, THAT) && (isCap(T[j - 1]) || has(T[j - 1]!.lo, PERSON | GROUP) || OBJ_WORDS.has(T[j - 1]!.lo))) break;
      if (AUX.has(u.lo) || (j > k + 2 && /^(?:\p{Ll}+ed|was|were|had|did)$/u.test(u.lo) && !has(T[j - 1]!.lo, DET) && T[j - 1]!.lo !== 'and')) return true;
      if (!isWord(u) || has(u.lo, VERB)) break;
    }
  }
}

/**
 * Where reported content starts after a cue ending at token `k2`: after "that", possibly past a
 * time phrase or a comma-enclosed relative clause; or at a subject that is followed by a verb
 * ("stated he sent", "said the plan would…"). -1 when the cue does not take a clause.
 */
export function contentStart(k2: number, end: number, bare: number): number {
  const n = T[k2 + 1];
  if (!n || n.q !== undefined) return -1;
  const lo = n.lo;
  // "said on Friday he met …", "said Wednesday night that …": past a time phrase, the clause.
  const t = timeEnd(k2 + 1, end);
  if (t > k2 + 1 && t + 1 < end) {
    if (has(T[t]!.lo, THAT)) return t + 1;
    if (subjectPronoun(T[t]) || (bare && clauseAfter(t - 1, end))) return t;
  }
  // "said the plan failed": a say-verb followed by a word that starts a noun phrase starts the
  // clause itself (not a time word, an adverb or the end of the sentence).
  // ("said Ms. Lane's comments were…": past the full stop of a title.)
  const after = ABBREV.has(lo) && T[k2 + 2]?.lo === '.' ? k2 + 3 : k2 + 2;
  if (bare && npStart(n) && !AUX.has(lo) && !/ly$|^(?:so|earlier|later|last|this|next|again|it|not|no|yes|\w*thing|more|less|much)$/.test(lo) && isWord(T[after]) && !isStop(after)) return k2 + 1;
  // "asked whether …", "asked how …", "said if elected he would …": a question or condition reported.
  // ("explained how …", "questioned why …" too.)
  if (/^(?:if|whether|how|why)$/.test(lo) || (/^ask/.test(T[k2]!.lo) && /^(?:what|when|who|which|where)$/.test(lo))) return isWord(T[k2 + 2]) ? k2 + 1 : -1;
  // "said that …", and "said later that …", "said again that …" with an adverb before the "that".
  const that = /ly$|^(?:earlier|later|again|also|then|once|twice|now|today|yesterday)$/.test(lo) || isTime(lo) ? k2 + 2 : k2 + 1;
  if (has(T[that]?.lo, THAT)) return T[that + 1]?.lo === ',' ? that + 2 : that + 1;
  if (subjectPronoun(n)) return k2 + 1;
  if (clauseAfter(k2, end)) return k2 + 1;
  let prep = false;
  for (let j = k2 + 1, steps = 0; j < end && steps++ < 12; j++) {
    const u = T[j]!;
    if (u.q !== undefined || isPunct(u, '.;:!?')) return -1;
    if (has(u.lo, THAT)) {
      // "found jobs that pay", "his request that": after a thing that the verb takes as its
      // object, "that" starts a relative clause. (After an addressee, a time or a phrase with a
      // preposition, the report: "warned voters that", "said in a statement that".)
      const w = T[j - 1]!;
      if (j > k2 + 1 && !prep && isWord(w) && !isCap(w) && !has(w.lo, PERSON | GROUP | PRON | SKIP) && !isTime(w.lo) && !/ly$|s'$/.test(w.lo)) return -1;
      return j + 1 < end ? j + 1 : -1;
    }
    // ("vowed to block any plan that …": an infinitive's "to" is no preposition; "said to the crowd that" is.)
    if (PREP.has(u.lo) && (u.lo !== 'to' || det(T[j + 1]?.lo) || isCap(T[j + 1]) || has(T[j + 1]?.lo, PRON | GROUP))) prep = true;
    if (u.lo === ',' && has(T[j + 1]?.lo, REL)) {
      while (j + 1 < end && T[j + 1]!.lo !== ',' && T[j + 1]!.lo !== '.') j++;
      continue;
    }
    // (A cue word after a determiner is a noun: "wrote in a note that", "said in a tweet that".)
    if (has(u.lo, CLAUSE) || (has(u.lo, VERB) && !isCap(u) && !det(T[j - 1]!.lo))) return -1;
  }
  return -1;
}

/** Where a clause that starts at token `a` ends (exclusive token index). */
export function clauseEnd(a: number, end: number, relative: boolean): number {
  for (let j = a; j < end && j - a < 300; j++) {
    if (isStop(j)) return j;
    // "…that A was B and encouraged …", "…and his plan was …": another verb or clause follows.
    // ("praised her striker but warned that …": "but" and a cue too.)
    if ((T[j]!.lo === 'and' || (T[j]!.lo === 'but' && cueAt(j + 1))) && j > a && (/ed$/.test(T[j + 1]?.lo!) || cueAt(j + 1))) return j;
    // ("… by “insiders” — and he singled out …": a dash and a conjunction start a new clause.)
    if (/^[—–]$/.test(T[j]!.lo) && j > a && /^(?:and|but|while|though|although)$/.test(T[j + 1]?.lo!)) return j;
    if (T[j]!.lo === ',') {
      const v = T[j + 1];
      if (relative || !v || v.q !== undefined || /^(?:but|while|although|though|whereas|which|who|according|as|adding|saying)$/.test(v.lo)) return j;
      // ", he said" / ", Smith added": an attribution clause closes the content.
      for (let p = j + 1; p < end && p - j <= 4; p++) {
        if (cueAt(p)) {
          if (p === j + 1 || subjectOf(p, j)) return j;
          break;
        }
        if (!isWord(T[p])) break;
      }
    }
  }
  return Math.min(end, a + 300);
}
