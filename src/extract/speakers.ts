/**
 * Speakers: one entity per person across name variants ("Boris Bondarev" / "Bondarev"), and
 * pronoun resolution by salience: a pronoun names the most recent *subject* of a sentence whose
 * gender fits, not whoever was mentioned last ("…singled out Foreign Minister Sergey Lavrov.
 * He wrote…" is still the diplomat who railed).
 */
import type { Speaker } from '../model/types.js';

interface Entity {
  /** Union-find parent. */
  up: number;
  names: string[];
  /** Words of the title before the name ("Foreign Minister"). */
  role?: string;
  /** A mention without a name ("a mission spokesperson", "others"). */
  nominal?: string;
  gender?: 'm' | 'f';
  group?: boolean;
}

const FEMALE = /^(?:she|her|sie|elle|ella|mrs|ms|miss|madame|mme|frau|señora|sra|彼女)$/;
const MALE = /^(?:he|him|his|er|il|él|mr|monsieur|herr|señor|sr|彼)$/;

export function slug(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'speaker'
  );
}

// One extraction's entities (module state, reset by `resetSpeakers`: plain functions and
// locals keep the bundle small).
let ents: Entity[] = [];
/** Recent subjects, most recent last. */
let recent: number[] = [];
/** Entities by the last word of each of their names; unnamed ones by their words. */
let byLast = new Map<string, number[]>();
let byNominal = new Map<string, number>();

/** The article's text and its role words, for finding a surname's full name written before it. */
let body = '';
let fullNames = new Map<string, string>();
let roleWord: (lo: string) => boolean = () => false;
/** The organisation last named, where its name ends, and how far the text has been scanned for one. */
let orgName = '';
let orgEnd = -1;
let orgScan = 0;
/** Organisation names by their last word, lower-cased ("agency" -> "Environment Agency"), and where each ends. */
let orgByHead = new Map<string, [string, number]>();

/**
 * Start an article: `isRole` tells words that lead a name without being part of it
 * ("Striker Kofi Mensah", "Judge Alison Reeve").
 */
export function resetSpeakers(text = '', isRole: (lo: string) => boolean = () => false): void {
  ents = [];
  recent = [];
  byLast = new Map();
  byNominal = new Map();
  body = text;
  roleWord = isRole;
  fullNames = new Map();
  orgName = '';
  orgEnd = -1;
  orgScan = 0;
  orgByHead = new Map();
}

/**
 * The full name ending in `surname` written last before `at` ("Graham Doyle" for "Doyle" or
 * "DOYLE"): the capitalised words before an earlier occurrence. At most 20 occurrences are
 * looked at, so a long text full of one surname stays linear.
 */
function fullName(surname: string, at: number): string | undefined {
  // Once found, a surname keeps its full name for the article (a lookup costs a backward search).
  const known = fullNames.get(surname);
  if (known !== undefined || fullNames.size > 500) return known || undefined;
  let found = '';
  for (let i = at, k = 0; k < 20 && (i = body.lastIndexOf(surname, i - 1)) > 0; k++) {
    // (A name before it ends in a space or a tab: most occurrences need no pattern match.)
    // (A possessive names the person too: "Gov. Peter Lund's office".)
    const after = body.slice(i + surname.length, i + surname.length + 3);
    if ((/^[\p{L}\p{M}'’-]/u.test(after) && !/^['’]s(?![\p{L}\p{M}])/u.test(after)) || !/[ \t]/.test(body[i - 1]!)) continue;
    const m = /(?:\p{Lu}[\p{L}\p{M}'’.-]*[ \t]+){1,3}$/u.exec(body.slice(Math.max(0, i - 60), i));
    if (!m) continue;
    const words = m[0].trim().split(/[ \t]+/);
    while (words.length && roleWord(words[0]!.toLowerCase().replace(/\.$/, ''))) words.shift();
    if (words.length) {
      found = [...words, surname].join(' ');
      break;
    }
  }
  fullNames.set(surname, found);
  return found || undefined;
}

/** "MORGAN" -> "Morgan": a name in capitals (a transcript's speaker label) in the usual case. */
const titleCase = (name: string) => (/\p{Ll}/u.test(name) ? name : name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a, c) => a + c.toUpperCase()));

export function root(i: number): number {
  while (ents[i]!.up !== i) i = ents[i]!.up = ents[ents[i]!.up]!.up;
  return i;
}

export function merge(a: number, b: number): void {
  a = root(a);
  b = root(b);
  if (a === b) return;
  const A = ents[a]!;
  const B = ents[b]!;
  B.up = a;
  A.names.push(...B.names);
  A.role ??= B.role;
  A.gender ??= B.gender;
  if (!A.names.length) A.nominal ??= B.nominal;
}

const add = (e: Omit<Entity, 'up'>) => ents.push({ up: ents.length, ...e }) - 1;

/** The entity for a name, matching earlier variants by shared words ("Bondarev" ⊂ "Boris Bondarev"). */
export function named(name: string, role: string | undefined, at = -1): number {
  name = titleCase(name);
  const words = name.split(' ');
  if (words.length === 1 && at >= 0) {
    // A surname alone: the full name written before it in the article, if any.
    const full = fullName(name, at);
    if (full) {
      const r = named(full, role);
      if (!ents[r]!.names.includes(name)) ents[r]!.names.push(name);
      return r;
    }
  }
  // A surname in a script written without spaces ("佐藤" after "佐藤健一") is the full name before it.
  // (A script without upper and lower case: Chinese characters, kana.)
  if (words.length === 1 && /^[^\p{Lu}\p{Ll}\s]{1,3}$/u.test(name)) {
    const full = latest((e) => e.names.some((n) => n.length > name.length && n.startsWith(name)));
    if (full >= 0) {
      if (!ents[full]!.names.includes(name)) ents[full]!.names.push(name);
      return full;
    }
  }
  const last = words[words.length - 1]!;
  const sub = (x: string[], y: string[]) => x.every((v) => y.includes(v));
  const cands = byLast.get(last) ?? [];
  const gender = genderOf(role ?? '');
  for (let k = cands.length; k--; ) {
    const r = root(cands[k]!);
    const e = ents[r]!;
    if (e.names.includes(name) || e.names.some((n) => sub(words, n.split(' ')) || sub(n.split(' '), words))) {
      if (!e.names.includes(name)) e.names.push(name);
      e.role ??= role;
      e.gender ??= gender;
      return r;
    }
  }
  const i = add({ names: [name], role, gender });
  byLast.set(last, [...cands.slice(-20), i]);
  return i;
}

/** An unnamed source; the same words ("officials", "the spokesman") are the same source. */
export function nominal(text: string, group: boolean): number {
  const key = text.toLowerCase().replace(/^(?:a|an|the)\s+/, '');
  const old = byNominal.get(key);
  if (old !== undefined && !/^an?\s/i.test(text)) return root(old);
  const i = add({ names: [], nominal: text, group });
  byNominal.set(key, i);
  return i;
}

/** The latest of the last 200 entities that `match` accepts, or -1. */
function latest(match: (e: Entity) => boolean): number {
  for (let k = ents.length; k-- > 0 && ents.length - k < 200; ) if (match(ents[root(k)]!)) return root(k);
  return -1;
}

/** Does a role end with the word `head` ("Transport Director" with "director")? */
export function roleEndsWith(role: string | undefined, head: string): boolean {
  const r = role?.toLowerCase();
  return !!r?.endsWith(head) && (r.length === head.length || r[r.length - head.length - 1] === ' ');
}

/** The latest entity whose role ends with `head` ("the striker" after "Striker Kofi Mensah"), or -1. */
export const byRole = (head: string): number => latest((e) => !!e.names.length && roleEndsWith(e.role, head));

/** The latest organisation whose name of two or more words starts or ends with `head` ("the bank" after "the Bank of Leeds"), or -1. */
export const byNameHead = (head: string): number =>
  latest((e) => {
    const words = e.names[0]?.toLowerCase().split(' ');
    return !!words && words.length > 1 && (words[0] === head || words[words.length - 1] === head);
  });

/**
 * The organisation "the company" or "the ministry" stands for: the last name of two or more
 * capitalised words written before `at` (within 2,000 characters) that is nobody's name yet
 * ("Shares in Halvorsen Foods fell … the company said"), or -1.
 */
export function organisation(at: number, head = ''): number {
  // The text is scanned once, from where the last call stopped: many "the company" stay linear.
  const from = Math.max(orgScan, at - 2000);
  const before = body.slice(from, at);
  orgScan = Math.max(orgScan, at);
  for (const m of before.matchAll(/(?<![\p{L}'’-])\p{Lu}[\p{L}&'’-]+(?:[ \t]+(?:of[ \t]+)?\p{Lu}[\p{L}&'’-]+)+/gu)) {
    // (Not a sign or a title in quotation marks: "No More Cuts".)
    if (/["“”‘’'«»]/.test(before[m.index! - 1] ?? '')) continue;
    const words = m[0].split(/[ \t]+/);
    // (Role words before the name go, but not the head of "Bank of Leeds"; nor "The".)
    // (Nor a capitalised word that opens a sentence: "On Tuesday the council said".)
    while (words.length > 1 && (/^(?:The|On|In|At|By|For|From|With|And|But|As|After|Before|Since|During|Under|Over|Last|This|Next)$/.test(words[0]!) || (roleWord(words[0]!.toLowerCase()) && words[1] !== 'of'))) words.shift();
    const last = words[words.length - 1]!;
    if (words.length > 1 && !byLast.has(last) && !byLast.has(words[0]!)) {
      [orgName, orgEnd] = [words.join(' '), from + m.index! + m[0].length];
      orgByHead.set(last.toLowerCase(), [orgName, orgEnd]);
    }
  }
  // ("The agency" is the Environment Agency named before, not the last name of a place: "Mill Street".)
  const [name, end] = orgByHead.get(head) ?? [orgName, orgEnd];
  return name && at - end <= 2000 ? named(name, undefined) : -1;
}

/** Make an entity the latest subject. */
export function subject(i: number): void {
  i = root(i);
  recent = recent.filter((r) => root(r) !== i).slice(-5);
  recent.push(i);
}

/** The entity a pronoun stands for, or -1. */
export function pronoun(p: string): number {
  const want = genderOf(p);
  const plural = /^(?:they|ils|elles|ellos|ellas)$/.test(p);
  if (!want && !plural) return -1; // "it", "I", "we": no person to name
  for (let k = recent.length; k--; ) {
    const r = root(recent[k]!);
    const e = ents[r]!;
    if (plural ? e.group : !e.group && (e.gender === undefined || e.gender === want)) {
      if (want) e.gender = want;
      return r;
    }
  }
  return -1;
}

/** Speakers for the entities in `used`, with ids unique and stable: the slug of the longest name. */
export function speakers(used: Set<number>): Map<number, Speaker> {
  const out = new Map<number, Speaker>();
  const ids = new Set<string>();
  for (const r of used) {
    const e = ents[r]!;
    const names = [...new Set(e.names)].sort((a, b) => b.length - a.length);
    const name = names[0] ?? cap(e.nominal ?? 'Unknown');
    let id = slug(name);
    for (let k = 2; ids.has(id); k++) id = slug(name) + '-' + k;
    ids.add(id);
    const sp: Speaker = { id, name };
    if (e.role) sp.role = e.role;
    if (names.length > 1) sp.aliases = names.slice(1);
    out.set(r, sp);
  }
  return out;
}

function genderOf(title: string): 'm' | 'f' | undefined {
  const t = title.toLowerCase();
  return FEMALE.test(t) ? 'f' : MALE.test(t) ? 'm' : undefined;
}

const cap = (s: string) => s.replace(/^(?:a|an|the)\s+/i, '').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
