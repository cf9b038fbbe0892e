/**
 * The cue lexicon's shape and loader. Each language is a module of its own in `lexicons/`
 * (English is the default and the fullest), so a page loads only the language it shows. A cue is
 * a verb or phrase that reports speech; its flags say which constructions it can head. Each
 * language is a few space-separated strings split at load time: compact in the bundle, easy to
 * extend.
 */

import type { attributeUnit } from './attribute.js';
import type { MarkedQuote } from './marks.js';
import type { Tok } from './sentences.js';

/** Can introduce or follow a direct quotation (`he said, "…"`, `"…," he said`). */
export const DIRECT = 1;
/** Can introduce reported speech (`he said that …`). */
export const INDIRECT = 2;
/** Takes the addressee as object: the cue span is `told the AP`. */
export const OBJECT = 4;
/** Only governs a quoted phrase inside narration (`condemning Putin's "…"`). */
export const MIXED = 8;
/** "according to", "laut": the source follows. */
export const ACCORDING = 16;
/** Takes a clause without "that" (`said the plan failed`); other cues need "that" or a clear subject and verb. */
export const BARE = 32;
/** Any cue flag: the word is a cue verb. */
export const VERB = 63;
// Word classes, one bit each, in the order of the `rest` sections of `load`.
/** Subject pronouns. */
export const PRON = 64;
/** Relative pronouns that can stand for a source. */
export const REL = 128;
/** Quantifiers and nouns that name a group or an unnamed source on their own ("some", "officials"). */
export const GROUP = 256;
/** Words before a name that give a role ("Foreign Minister", "Sen."). */
export const TITLE = 512;
/** Words between a subject and its verb that are not part of either. */
export const SKIP = 1024;
/** Words that start a new clause (walking back from a verb, the subject is after them). */
export const CLAUSE = 2048;
/** Complementizers: "that". */
export const THAT = 4096;
/** Words that mark speech in the first or second person (an unmarked quote). */
export const FIRST = 8192;
export const DET = 16384;
/** Time words ("Monday", "heute", "lundi"): a name ends before them, and they may stand between a cue and its source. */
export const TIME = 32768;
/** Prepositions and other words that end a name ("Karl Weber am Montag"). */
export const STOP = 65536;
/**
 * Head nouns of sources that are people, roles, organisations or groups ("spokesman", "ministry").
 * A lexicon that has any (`h`) lets only these head an unnamed speaker: "the recount" is none.
 */
export const PERSON = 131072;
/**
 * Reporting verbs whose object or infinitive is what was said or meant ("criticized the plan",
 * "declined to comment"), not the medium ("wrote a letter") or an act ("found a way").
 */
export const COMPLEMENT = 262144;

/**
 * One map from word to bits (cue flags and word classes): a single lookup per question, and a
 * small bundle.
 */
export interface Lexicon {
  w: Map<string, number>;
  /** A cue that needs the next word too: "railed" + "against". */
  p: Map<string, string>;
  /** "according to" and the like: the source follows. */
  a: string[][];
  /** Whether the PERSON class is filled: unnamed speakers are then checked against it. */
  h?: boolean;
  /** Nouns by which a story refers back to an organisation it named ("the company"). */
  o?: Set<string>;
  /**
   * Hooks for what a language writes differently, kept in its own module (so in its own chunk):
   * `m` adds quotations that have no marks (dialogue dashes), `t` re-cuts a unit's tokens
   * ("dit-il"), `u` attributes a unit by rules of its own (Japanese word order).
   */
  m?: (text: string, marks: MarkedQuote[], lex: Lexicon) => MarkedQuote[];
  t?: (toks: Tok[]) => Tok[];
  u?: typeof attributeUnit;
}

/** `stat{e,ed}` lists forms by suffix; else regular English inflection (state states stated stating). */
export function forms(w: string, en?: boolean): string[] {
  const [stem, alt] = w.split('{');
  if (alt) return alt.slice(0, -1).split(',').map((x) => stem + x);
  if (!en) return [w];
  if (/[^aeiou]y$/.test(w)) return [w, (w = w.slice(0, -1)) + 'ies', w + 'ied', w + 'ying'];
  if (w.endsWith('e')) return [w, w + 's', w + 'd', w.slice(0, -1) + 'ing'];
  // One vowel before a final consonant doubles it: slam -> slammed.
  const d = /^[^aeiou]*[aeiou][bmpgt]$/.test(w) ? w + w.slice(-1) : w;
  return [w, w + (/(?:sh|ch|ss|x)$/.test(w) ? 'es' : 's'), d + 'ed', d + 'ing'];
}

/**
 * `verbs`: one line per set of flags, `FLAGS word word…`; `stem+particle` needs the particle
 * after it ("point+out"). `rest`: pronouns|relatives|groups|titles|skip|clause|that|firstPerson|
 * determiners|time|stop|according ("according_to" is a phrase).
 */
export function load(verbs: string, rest: string, en?: boolean): Lexicon {
  const w = new Map<string, number>();
  const p = new Map<string, string>();
  const add = (f: string, b: number) => w.set(f, (w.get(f) ?? 0) | b);
  for (const sec of verbs.split('\n')) {
    const [flags, ...list] = sec.trim().split(/\s+/);
    for (const item of list) {
      const [stem, part] = item.split('+');
      for (const f of forms(stem!, en)) {
        add(f, +flags!);
        if (part) p.set(f, part);
      }
    }
  }
  const secs = rest.split('|').map((s) => s.trim().split(/\s+/));
  const last = secs.pop()!;
  secs.forEach((s, i) => s.forEach((x) => add(x, PRON << i)));
  return { w, p, a: last.map((x) => x.split('_')) };
}

