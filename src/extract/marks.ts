/**
 * Quotation-mark pairing. One linear pass with a stack of open marks; nothing is ever rescanned,
 * so 100,000 stray marks or a 5 MB paragraph cost one pass.
 */

/** A paired quotation: `open`/`close` are the first and last characters of its marks, `start`/`end` the words between. */
export interface MarkedQuote {
  open: number;
  close: number;
  start: number;
  end: number;
  /** 0 for a quote in narration, 1 for a quote inside it, … */
  depth: number;
  /** Index (in the returned array) of the quote this one sits inside, or -1. */
  parent: number;
}

// Opening mark -> the marks that may close it. „ closes with “ (German) or ” (Polish, Dutch…);
// » opens too, for the »Danish/German« style. Double and single families are kept apart so that
// an apostrophe can never close a double quote.
const DOUBLE: Record<string, string> = {
  // “…" and „…": typed quotes often end with a straight mark.
  '"': '"”', '“': '”"', '„': '“”"', '«': '»', '»': '«', '‹': '›', '›': '‹', '「': '」', '『': '』', '”': '”',
};
const SINGLE: Record<string, string> = { "'": "'’", '‘': '’', '‚': '‘’' };

/** `w`: the opening mark's width, 2 for the typewriter double mark '' (two apostrophes). */
interface Frame { pos: number; closers: string; single: boolean; w?: number }

const isSpace = (c: string | undefined) => c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const OPEN_BEFORE = '([{—–-―:/';

/** Could a mark here open a quotation? (space or bracket before, a non-space after) */
function opensHere(text: string, i: number): boolean {
  const b = text[i - 1];
  // "“ … what I learned": an ellipsis after the mark still opens.
  return (isSpace(b) || OPEN_BEFORE.includes(b!) || b! in DOUBLE || b! in SINGLE) && (!isSpace(text[i + 1]) || text[i + 2] === '…');
}
/** Could a mark here close one? (a non-space before, no letter after) */
function closesHere(text: string, i: number): boolean {
  return !isSpace(text[i - 1]) && !isWordChar(text[i + 1]);
}

/**
 * Pair the quotation marks of `text`. Single quotes count only inside a double quote, unless the
 * text has no double marks at all (British style); letters on both sides make an apostrophe.
 * A quote may not cross a line break unless the next paragraph opens with a mark again (the
 * newspaper convention for a quotation of several paragraphs); otherwise the open marks are dropped.
 */
export function pairMarks(text: string): MarkedQuote[] {
  const out: { open: number; close: number; depth: number; w: number; cw: number }[] = [];
  // The article's primary style: single marks when they open quotations more often than double
  // ones do (British style, '…,' she said, with "…" nested); then double marks nest inside them.
  let doubles = 0;
  let singles = 0;
  // (A scan without match objects: this runs on every article.)
  const OPEN = /["“„«»「'‘]/g;
  for (let m: RegExpExecArray | null; (m = OPEN.exec(text)); ) {
    const i = m.index;
    const c = m[0];
    if (!(i === 0 || isSpace(text[i - 1]) || '(—–'.includes(text[i - 1]!))) continue;
    if ((c !== "'" && c !== '‘') || text[i + 1] === "'") doubles++;
    else if (isWordChar(text[i + 1]) && !/\d/.test(text[i + 1]!)) singles++;
  }
  const topSingles = !doubles || singles > doubles;
  // A headline takes single marks whatever the body does (the American convention: Trump: ‘I
  // will win’): in a short first line with no double mark, single marks quote at the top level too.
  const br = text.indexOf('\n');
  const headEnd = br > 0 && br <= 200 && !/["“”„«»]|''/.test(text.slice(0, br)) ? br : 0;
  let stack: Frame[] = [];
  const n = text.length;
  // Jump from candidate to candidate: most characters are not marks.
  const CAND = /[\n"“”„«»‹›「」『』'‘’‚]/g;
  for (let m: RegExpExecArray | null; (m = CAND.exec(text)); ) {
    let i = m.index;
    const c = m[0];
    if (c === '\n') {
      if (!stack.length) continue;
      // The next paragraph that has text: does it open with a double mark?
      let j = i + 1;
      while (j < n && isSpace(text[j])) j++;
      const d = text[j];
      const bottom = stack[0]!;
      if (d !== undefined && !bottom.single && d in DOUBLE && bottom.closers.includes(DOUBLE[d]![0]!)) {
        stack = [bottom];
        i = j; // the repeated opening mark belongs to the same quotation
        CAND.lastIndex = j + 1;
      } else stack = [];
      continue;
    }
    if (c === "'" && text[i + 1] === "'") {
      // ''…'': two apostrophes typed for a double mark (typewriter and wire style); a third one
      // closes a single quote before it ('…''') or opens one after it (''' …).
      const run = text[i + 2] === "'" ? 3 : 2;
      CAND.lastIndex = i + run;
      let k = stack.length - 1;
      while (k >= 0 && stack[k]!.single) k--;
      const f = stack[k];
      if (f?.w === 2 && !isSpace(text[i - 1]) && !isWordChar(text[i + run])) {
        const inner = stack[k + 1];
        if (run === 3 && inner) out.push({ open: inner.pos, close: i++, depth: k + 1, w: 1, cw: 1 });
        stack.length = k;
        out.push({ open: f.pos, close: i + 1, depth: k, w: 2, cw: 2 });
      } else if (!isSpace(text[i + run])) {
        stack.push({ pos: i, closers: "''", single: false, w: 2 });
        if (run === 3) stack.push({ pos: i + 2, closers: SINGLE["'"]!, single: true });
      }
      continue;
    }
    const dbl = DOUBLE[c];
    const sgl = SINGLE[c] !== undefined || c === '’';
    if (sgl) {
      if (!stack.length && !topSingles && i >= headEnd) continue;
      if (isWordChar(text[i - 1]) && isWordChar(text[i + 1])) continue; // didn't, Russia's
      const top = stack[stack.length - 1];
      if (top?.single && top.closers.includes(c) && closesHere(text, i)) {
        // "the students' books": a plural possessive, not the end of the quote.
        if (text[i - 1] === 's' && text[i + 1] === ' ' && /\p{Ll}/u.test(text[i + 2] ?? '')) continue;
        stack.pop();
        if (i - top.pos > 2) out.push({ open: top.pos, close: i, depth: stack.length, w: 1, cw: 1 });
        continue;
      }
      // '90s, 'em: an elision, not an opening mark.
      if (c in SINGLE && opensHere(text, i) && !/^\d\d|^(?:em|til|cause|n)\b/.test(text.slice(i + 1, i + 6))) {
        stack.push({ pos: i, closers: SINGLE[c]!, single: true });
      }
      continue;
    }
    // A double mark (or a closing-only mark). Does it close something open?
    let k = stack.length - 1;
    while (k >= 0 && stack[k]!.single) k--;
    const f = stack[k];
    // “…“ (an opening mark typed for a closing one) closes where only a closing mark can stand.
    const misTyped = c === '“' && f && text[f.pos] === '“' && closesHere(text, i) && !opensHere(text, i);
    if (f && f.w !== 2 && (f.closers.includes(c) || misTyped) && (c !== '"' || closesHere(text, i) || !opensHere(text, i) || stack.length - 1 > k)) {
      stack.length = k; // unclosed single quotes inside it were apostrophes after all
      out.push({ open: f.pos, close: i, depth: k, w: 1, cw: 1 });
      continue;
    }
    // (A mark after "=" is markup, an attribute's value: <tweet author="@x">.)
    if (dbl !== undefined && text[i - 1] !== '=' && (c !== '”' && c !== '»' && c !== '›' ? c !== '"' || opensHere(text, i) || !closesHere(text, i) : opensHere(text, i))) {
      stack.push({ pos: i, closers: dbl, single: false });
    }
  }
  out.sort((a, b) => a.open - b.open);
  // Parents from nesting order: a quote's parent is the nearest earlier one that encloses it.
  const res: MarkedQuote[] = [];
  const open: number[] = [];
  for (const q of out) {
    while (open.length && res[open[open.length - 1]!]!.close < q.open) open.pop();
    const parent = open.length ? open[open.length - 1]! : -1;
    res.push({ open: q.open, close: q.close, start: q.open + q.w, end: q.close + 1 - q.cw, depth: open.length, parent });
    open.push(res.length - 1);
  }
  return res;
}
