// Scoring extracted attributions against a brat standoff corpus (PolNeAR layout). Pure functions;
// scripts/eval.js does the file reading and printing.

const MARKS = '"“”„«»‹›「」『』';
const EDGE = /[\s"“”„«»‹›「」『』'‘’.,;:!?—–―\-()[\]…]/;

/** A span with quote marks, white space and edge punctuation trimmed off both ends. */
export function trimSpan(text, { start, end }) {
  while (start < end && EDGE.test(text[start])) start++;
  while (end > start && EDGE.test(text[end - 1])) end--;
  return { start, end };
}

const total = (frs) => frs.reduce((n, f) => n + f.end - f.start, 0);

/** Trimmed, non-empty fragments, sorted. */
export function norm(text, frs) {
  return frs
    .map((f) => trimSpan(text, f))
    .filter((f) => f.end > f.start)
    .sort((a, b) => a.start - b.start);
}

/** direct: every fragment enclosed in quote marks; mixed: some marks; indirect: none. */
export function goldKind(text, content) {
  let all = true;
  let some = false;
  for (const f of content) {
    const s = text.slice(f.start, f.end).trim();
    const inner = [...s].filter((c) => MARKS.includes(c)).length;
    if (inner) some = true;
    const stripped = s.replace(/[.,;:!?—–\s]+$/, '');
    if (!(MARKS.includes(s[0]) && MARKS.includes(stripped[stripped.length - 1]))) all = false;
  }
  return some ? (all ? 'direct' : 'mixed') : 'indirect';
}

/**
 * Predicted quotations as attributions: a chain of `continues` is one attribution with several
 * fragments (as PolNeAR marks a split quote), and a quoted phrase inside a quotation that shares
 * its cue (the mixed quote inside the reported clause) is part of that one.
 */
export function predictedAttributions(article) {
  const byId = new Map(article.quotes.map((q) => [q.id, q]));
  const head = (q) => {
    let h = q;
    for (let k = 0; h.continues && byId.has(h.continues) && k < 100; k++) h = byId.get(h.continues);
    return h;
  };
  const groups = new Map();
  for (const q of article.quotes) {
    const h = head(q);
    if (!groups.has(h.id)) groups.set(h.id, { id: h.id, kind: h.kind, quotes: [] });
    groups.get(h.id).quotes.push(q);
  }
  const out = [...groups.values()];
  const sameCue = (a, b) => a.cue && b.cue && a.cue.start === b.cue.start && a.cue.end === b.cue.end;
  // Drop groups nested in another group's quotation with the same cue.
  const kept = out.filter(
    (g) =>
      !out.some(
        (o) =>
          o !== g &&
          o.quotes.some((oq) => g.quotes.every((q) => q.start >= oq.start && q.end <= oq.end && (q.start > oq.start || q.end < oq.end) && sameCue(q, oq))),
      ),
  );
  return kept.map((g) => {
    const first = g.quotes[0];
    return {
      id: g.id,
      kind: g.kind,
      content: g.quotes.map((q) => ({ start: q.start, end: q.end })),
      source: first.source ? [{ start: first.source.start, end: first.source.end }] : undefined,
      cue: first.cue ? [{ start: first.cue.start, end: first.cue.end }] : undefined,
      speaker: first.speaker,
      confidence: first.confidence ?? 0,
    };
  });
}

function shared(a, b) {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

const sameFrs = (a, b) => a.length === b.length && a.every((f, i) => f.start === b[i].start && f.end === b[i].end);

/** One-to-one matching; `exact` by identical trimmed fragments, else by overlap >= half the shorter. */
export function match(text, gold, pred, exact) {
  const G = gold.map((g) => norm(text, g.content));
  const P = pred.map((p) => norm(text, p.content));
  const pairs = [];
  G.forEach((g, i) =>
    P.forEach((p, j) => {
      if (!g.length || !p.length) return;
      if (exact) {
        if (sameFrs(g, p)) pairs.push([i, j, 1]);
        return;
      }
      const s = shared(g, p);
      const shorter = Math.min(total(g), total(p));
      if (s > 0 && s * 2 >= shorter) pairs.push([i, j, s / Math.max(total(g), total(p))]);
    }),
  );
  pairs.sort((a, b) => b[2] - a[2]);
  const gm = new Map();
  const pm = new Set();
  for (const [i, j] of pairs) {
    if (gm.has(i) || pm.has(j)) continue;
    gm.set(i, j);
    pm.add(j);
  }
  return gm;
}

/** Same mention: identical after trimming, or (loose) overlapping. */
export function sameMention(text, a, b, loose) {
  if (!a?.length || !b?.length) return false;
  const x = norm(text, a);
  const y = norm(text, b);
  return loose ? shared(x, y) > 0 : sameFrs(x, y);
}

export const prf = (tp, np, ng) => {
  const p = np ? tp / np : 0;
  const r = ng ? tp / ng : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, tp, np, ng };
};

/** Score one document; counts are summed by the caller. */
export function scoreDoc(text, gold, pred) {
  const kinds = gold.map((g) => goldKind(text, g.content));
  const c = { gold: gold.length, pred: pred.length, byKind: {}, misses: [], false: [] };
  for (const k of kinds) (c.byKind[k] ??= { gold: 0, exact: 0, overlap: 0 }).gold++;
  const ex = match(text, gold, pred, true);
  const ov = match(text, gold, pred, false);
  c.exact = ex.size;
  c.overlap = ov.size;
  for (const i of ex.keys()) c.byKind[kinds[i]].exact++;
  for (const i of ov.keys()) c.byKind[kinds[i]].overlap++;
  c.srcGold = gold.filter((g) => g.source?.length).length;
  c.srcPred = pred.filter((p) => p.source?.length).length;
  c.cueGold = gold.filter((g) => g.cue?.length).length;
  c.cuePred = pred.filter((p) => p.cue?.length).length;
  c.srcExact = c.srcLoose = c.cueExact = c.cueLoose = c.srcOnMatched = c.cueOnMatched = 0;
  for (const [i, j] of ov) {
    const g = gold[i];
    const p = pred[j];
    if (g.source?.length) {
      c.srcOnMatched++;
      if (sameMention(text, g.source, p.source, false)) c.srcExact++;
      if (sameMention(text, g.source, p.source, true)) c.srcLoose++;
    }
    if (g.cue?.length) {
      c.cueOnMatched++;
      if (sameMention(text, g.cue, p.cue, false)) c.cueExact++;
      if (sameMention(text, g.cue, p.cue, true)) c.cueLoose++;
    }
  }
  const pmatched = new Set(ov.values());
  gold.forEach((g, i) => {
    if (!ov.has(i)) c.misses.push({ kind: kinds[i], content: g.content, source: g.source, cue: g.cue });
    else {
      const p = pred[ov.get(i)];
      if (g.source?.length && !sameMention(text, g.source, p.source, true)) c.misses.push({ kind: 'source:' + kinds[i], content: g.content, source: g.source, predSource: p.source });
    }
  });
  pred.forEach((p, j) => {
    if (!pmatched.has(j)) c.false.push(p);
  });
  // Each prediction judged for the reliability table: right when its content matches and its
  // source is right (overlapping the gold mention, or both without one).
  const goldOf = new Map([...ov].map(([i, j]) => [j, gold[i]]));
  c.judged = pred.map((p, j) => {
    const g = goldOf.get(j);
    const right = !!g && (g.source?.length ? sameMention(text, g.source, p.source, true) : !p.source?.length);
    return { conf: p.confidence, right: right ? 1 : 0, rule: `${p.kind} ${p.confidence}` };
  });
  return c;
}

/**
 * Reliability table: predictions binned by confidence (tenths), each bin's mean confidence against
 * its share of right ones, and the expected calibration error (the bins' gaps weighted by size).
 */
export function reliability(judged, nBins = 10) {
  const bins = Array.from({ length: nBins }, (_, i) => ({ label: `${(i / nBins).toFixed(1)}-${((i + 1) / nBins).toFixed(1)}`, n: 0, conf: 0, acc: 0 }));
  for (const j of judged) {
    const b = bins[Math.min(nBins - 1, Math.floor(j.conf * nBins))];
    b.n++;
    b.conf += j.conf;
    b.acc += j.right;
  }
  let ece = 0;
  for (const b of bins) {
    if (!b.n) continue;
    b.conf /= b.n;
    b.acc /= b.n;
    ece += (b.n / (judged.length || 1)) * Math.abs(b.conf - b.acc);
  }
  return { bins, ece };
}
