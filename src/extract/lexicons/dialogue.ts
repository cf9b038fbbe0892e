/**
 * Dialogue set off by dashes (French, Spanish, …), and asides inside marks: a line that opens with a dash is someone's
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
  // An incise inside marks, « Texte, a ajouté Nom. Suite » / «Texto —dijo Ana—. Más»: the
  // narrator's words between two stretches of speech, as if the marks closed and opened again.
  // (A quotation inside one keeps its parent: the part that holds it.)
  const kept: MarkedQuote[] = [];
  const at0: number[] = [];
  /** Where the second part of a split quotation opens. */
  const split: number[] = [];
  marks.forEach((q, i) => {
    at0[i] = kept.length;
    const p = q.parent;
    if (p >= 0) return kept.push({ ...q, parent: at0[p]! + +(q.open >= split[p]!) });
    if (q.depth) return kept.push(q);
    const inner = text.slice(q.start, q.end);
    let a: RegExpExecArray | null;
    ASIDE.lastIndex = 0;
    while ((a = ASIDE.exec(inner)) && !cue(q.start + a.index + a[0].length));
    const comma = a?.[0][0] === ',';
    const resume = comma ? /[.!?,;]\s/g : /[—–―]/g;
    resume.lastIndex = a ? a.index + a[0].length : 0;
    const r = a && resume.exec(inner);
    let s = r ? r.index + 1 : inner.length;
    while (s < inner.length && !SPEECH.test(inner[s]!)) s++;
    if (!a || s >= inner.length) return kept.push(q);
    const at = q.start + (comma ? a.index : a.index + 1);
    // (A quotation inside must not straddle the aside: those inside follow it in `marks`.)
    for (let j = i + 1; j < marks.length && marks[j]!.open < q.close; j++) if (marks[j]!.close >= at && marks[j]!.open < q.start + s) return kept.push(q);
    split[i] = q.start + s;
    kept.push({ ...q, close: at, end: at }, { ...q, open: q.start + s, start: q.start + s });
  });
  marks = kept;
  if (!found.length) return marks;
  // Merge by position; parents are indices, so they move with their quotes.
  const all = [...marks.map((q, i) => [q, i] as const), ...found.map((q) => [q, -1] as const)].sort((x, y) => x[0].open - y[0].open);
  const moved: number[] = [];
  all.forEach(([, i], j) => i >= 0 && (moved[i] = j));
  return all.map(([q]) => (q.parent < 0 ? q : { ...q, parent: moved[q.parent]! }));
}
