/**
 * Dialogue set off by dashes (French, Spanish, …): a line that opens with a dash is someone's
 * words, except the narrator's asides, "— Texte, dit-il." / "—Texto —dijo Ana—. Más texto.".
 * Each stretch of speech becomes a quotation without marks; the core then attributes it like a
 * marked one (the cue and source sit right after it). A line counts only when an aside has a
 * cue: a dash also starts list items.
 */
import { VERB, type Lexicon } from '../cues.js';
import type { MarkedQuote } from '../marks.js';

const LINE = /^[ \t]*[—–―][ \t\u00a0]*(?=[\p{L}\p{N}¿¡])/gmu;
/** An aside: " —dijo…" (Spanish raya) or ", a déclaré…" (French incise). */
const ASIDE = /\s[—–―](?=\p{Ll})|,\s/gu;
const SPEECH = /[\p{L}\p{N}¿¡]/u;

export function dialogue(text: string, marks: MarkedQuote[], lex: Lexicon): MarkedQuote[] {
  const found: MarkedQuote[] = [];
  // A cue among the aside's first two words: "dijo Ana", "a déclaré", "a-t-elle ajouté", "dit-il."
  const cue = (i: number) =>
    text
      .slice(i, i + 40)
      .toLowerCase()
      .split(/\s+/, 2)
      .some((w) => w.split(/[^\p{L}'’]+/u).some((x) => lex.w.get(x)! & VERB));
  let k = 0;
  for (const m of text.matchAll(LINE)) {
    const ls = m.index!;
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    while (text[le - 1] === ' ') le--;
    // Lines with quotation marks are left to the marks.
    while (k < marks.length && marks[k]!.close < ls) k++;
    if (k < marks.length && marks[k]!.open < le) continue;
    // Searches run over the line alone and only forward (linear); positions are in the line.
    const line = text.slice(ls, le);
    const n = line.length;
    let open = m[0].search(/[—–―]/);
    let start = m[0].length;
    const segs: MarkedQuote[] = [];
    const add = (o: number, c: number, s: number, e: number) => segs.push({ open: ls + o, close: ls + c, start: ls + s, end: ls + e, depth: 0, parent: -1 });
    for (;;) {
      let a: RegExpExecArray | null;
      ASIDE.lastIndex = start;
      while ((a = ASIDE.exec(line)) && !cue(ls + a.index + a[0].length));
      if (!a) {
        // No aside: the speech runs to the end of the line (after an aside only).
        if (segs.length) add(open, n - 1, start, n);
        break;
      }
      const comma = a[0][0] === ',';
      const at = comma ? a.index : a.index + 1;
      add(open, at, start, at);
      // Speech resumes after a closing dash, or after the sentence that holds a comma aside.
      const resume = comma ? /[.!?]\s/g : /[—–―]/g;
      resume.lastIndex = at + 1;
      const r = resume.exec(line);
      if (!r) break;
      let s = r.index + 1;
      while (s < n && !SPEECH.test(line[s]!)) s++;
      if (s >= n) break;
      // No mark of its own: the quotation opens on its first letter.
      open = start = s;
    }
    found.push(...segs);
  }
  if (!found.length) return marks;
  // Merge by position; parents are indices, so they move with their quotes.
  const all = [...marks.map((q, i) => [q, i] as const), ...found.map((q) => [q, -1] as const)].sort((x, y) => x[0].open - y[0].open);
  const moved: number[] = [];
  all.forEach(([, i], j) => i >= 0 && (moved[i] = j));
  return all.map(([q]) => (q.parent < 0 ? q : { ...q, parent: moved[q.parent]! }));
}
