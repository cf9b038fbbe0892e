#!/usr/bin/env node
// Derive the English cue words and source head nouns from a brat corpus laid out like PolNeAR
// (its training split): every Cue span gives its first word with how often it heads an
// attribution whose content is quoted (direct) or not (reported speech); every Source span that is
// not a name or a pronoun gives its head noun (the last word before "of", a comma or a clause).
//   node scripts/derive-lexicon.js CORPUS_DIR [OUT_FILE] [--min N]
// OUT_FILE defaults to src/extract/lexicons/en-derived.ts. Only words and counts are written:
// never the corpus's sentences. The same corpus gives the same file, byte for byte.
// Build first (npx tsc -p tsconfig.json): the hand-written verb list of en.ts is read through dist/.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';

const args = process.argv.slice(2);
const minAt = args.indexOf('--min');
const MIN = minAt >= 0 ? Number(args.splice(minAt, 2)[1]) : 3;
const [dir, out = 'src/extract/lexicons/en-derived.ts'] = args;
if (!dir || !existsSync(join(dir, 'text'))) {
  console.error('usage: node scripts/derive-lexicon.js CORPUS_DIR [OUT_FILE] [--min N]   (CORPUS_DIR/text/*.txt, CORPUS_DIR/attributions/*.ann)');
  process.exit(2);
}

/** brat T and E lines: spans by id, and attributions as {Cue, Source, Content} ids. */
function parse(ann) {
  const spans = new Map();
  const events = [];
  for (const line of ann.split('\n')) {
    const [id, body, str] = line.split('\t');
    if (id?.startsWith('T') && body) {
      const [label, ...rest] = body.split(' ');
      const frs = rest.join(' ').split(';').map((r) => r.split(' ').map(Number));
      spans.set(id, { label, start: frs[0][0], end: frs[frs.length - 1][1], text: str ?? '' });
    } else if (id?.startsWith('E') && body) {
      const ev = {};
      for (const part of body.split(' ')) {
        const [role, ref] = part.split(':');
        ev[role.replace(/\d+$/, '')] ??= ref;
      }
      events.push(ev);
    }
  }
  return events.map((e) => ({ cue: spans.get(e.Cue), source: spans.get(e.Source), content: spans.get(e.Content) }));
}

const MARK = /^[\s(]*["“„«‘']/;
// Words a cue span may start with that are not the cue word ("has said", "also told", "in a
// statement"), and words that are no head noun: general English, not taken from the corpus.
const FUNCTION = new Set(
  `a an the this that these those it its his her their our my your to in on at for of by with from as and or but not no
  is are was were be been being am has have had do does did will would can could may might must shall should
  also now then still just even often later recently first again already once never ever only further then
  don’t didn’t doesn’t won’t can’t isn’t wasn’t aren’t don't didn't doesn't won't can't isn't wasn't aren't
  some many most much more all both each few several none another other others one two three four five six
  half third quarter two-thirds three-quarters lot number majority percent self himself herself itself themselves
  here there today week month year out about over than whose during under since so back last new long quick clear eager
  willing critical sunday monday tuesday wednesday thursday friday saturday`
    .split(/\s+/),
);
/** Participles that end a source span ("people familiar", "officials involved"): no head noun. */
const NOT_HEAD = new Set('familiar involved briefed surveyed said filed released asked polled quoted cited'.split(' '));
/**
 * Heads of sources that are documents, events or results, not people or organisations (general
 * English): a poll or a report is a source in PolNeAR, but no speaker.
 */
const THINGS = new Set(
  'poll polls polling report reports results records survey surveys average numbers statement analysis data email emails lawsuit letter video law laws filings message release tweet account debate article book documents document page paper review summary ads bill evidence investigation legislation plan platform rules series spot affidavit agreement estimates movie post research returns speech study suit system tally transcript version vote website editorial precedents figures side sides left base circle generation'.split(' '),
);
/**
 * A verb form: an inflection (-s, -ed, -ing), or a base form whose inflection is a cue too
 * ("say" beside "says"). Nouns that head a cue span ("statement", "interview") are left out.
 */
const verbLike = (w, all) => /(?:ed|ing|[^su]s)$/.test(w) || ['s', 'es', 'ed', 'd', 'ing'].some((x) => all.has(w + x));
const PRONOUNS = new Set('i you he she it we they me him her us them who which that this these those one someone anyone everyone somebody nobody'.split(' '));
const cues = new Map(); // word -> [direct, reported]
const heads = new Map(); // noun -> count
const count = (m, k, i = 0, n = 2) => {
  const v = m.get(k) ?? Array(n).fill(0);
  v[i]++;
  m.set(k, v);
};

/** How often each word occurs anywhere in the texts: a cue word must head attributions in most of its uses. */
const seen = new Map();
const annFiles = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
for (const t of readdirSync(join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort()) {
  const name = basename(t, '.txt');
  // One annotator per article (the alphabetically first), as the evaluation does.
  const ann = annFiles.find((f) => f.startsWith(name + '_') && /^[^_]+$/.test(f.slice(name.length + 1, -4)));
  if (!ann) continue;
  const text = readFileSync(join(dir, 'text', t), 'utf8');
  for (const w of text.toLowerCase().match(/[a-z]+(?:[-'’][a-z]+)*/g) ?? []) seen.set(w, (seen.get(w) ?? 0) + 1);
  for (const { cue, source, content } of parse(readFileSync(join(dir, 'attributions', ann), 'utf8'))) {
    if (cue && content) {
      const w = cue.text
        .trim()
        .toLowerCase()
        .split(/\s+/)
        .find((x) => /^[a-z]+(?:[-'’][a-z]+)*$/.test(x) && !FUNCTION.has(x) && !/ly$/.test(x));
      // Only words that come before or after the content, not a noun inside it.
      if (w) count(cues, w, MARK.test(text.slice(content.start, content.end)) ? 0 : 1);
    }
    if (source) {
      // The head of a nominal source: its last lower-case word before "of", a comma, a bracket or a
      // relative clause ("the influential US daily" -> daily; "a spokesman for the company" -> spokesman).
      const s = source.text.split(/\s+(?:of|for|at|in|from|on|with|who|which|that)\s+|[,(;]/)[0].trim();
      const words = s.split(/\s+/).filter((x) => /^[A-Za-z][a-z'’-]*$/.test(x));
      const last = words[words.length - 1];
      if (last && /^[a-z]{3}/.test(last) && !PRONOUNS.has(last) && !FUNCTION.has(last) && !NOT_HEAD.has(last) && !THINGS.has(last.replace(/['’]s$/, '')) && words.length <= 6) count(heads, last.replace(/['’]s$/, ''), 0, 1);
    }
  }
}

// Words the hand-written verb list of en.ts already gives the same flag are left out: they would
// only cost bytes in the extractor chunk (en.ts sets the derived flags on top of its own).
const { load, DIRECT, VERB } = await import('../dist/extract/cues.js');
const hand = load(readFileSync(new URL('../src/extract/lexicons/en.ts', import.meta.url), 'utf8').split('`')[1], '', true).w;
const sorted = (m, total) => [...m].map(([k, v]) => [k, v, total(v)]).filter((x) => x[2] >= MIN).sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1));
// (Irregular past forms are frequent enough to pass on their count: said, told, wrote.)
const cueRows = sorted(cues, (v) => v[0] + v[1]).filter(([w, , n]) => !/['’]/.test(w) && (verbLike(w, cues) || n >= 100));
const headRows = sorted(heads, (v) => v[0]);
// A plural whose singular is listed is left out: en.ts gives every head its plural in -s.
const headWords = new Set(headRows.map(([w]) => w));
const headList = headRows.map(([w]) => w).filter((w) => !(w.endsWith('s') && headWords.has(w.slice(0, -1))));
/** Share of a word's occurrences that are cues. */
const share = (w, n) => n / (seen.get(w) || n);
const RATIO = 0.4;
const wrap = (words) => words.join(' ').replace(/(.{1,96})(?: |$)/g, '$1\n').trim().split('\n');
const src = `// Generated by scripts/derive-lexicon.js from the Cue and Source spans of PolNeAR's training
// split (${annFiles.length} annotation files; words seen at least ${MIN} times). Do not edit by hand: run
//   node scripts/derive-lexicon.js path/to/polnear-train
// A word is kept when at least ${100 * RATIO}% of its occurrences in the texts are cues.
// Counts (word: with quoted content / with reported content of all occurrences) are kept in the comments, which the
// bundle drops.
${cueRows.map(([w, v, n]) => `// cue ${w}: ${v[0]} / ${v[1]} of ${seen.get(w)}`).join('\n')}
${headRows.map(([w, v]) => `// source head ${w}: ${v[0]}`).join('\n')}

/** Cue words that head attributions of quoted content (direct and mixed quotations). */
export const DERIVED_DIRECT = [
${wrap(cueRows.filter(([w, v, n]) => v[0] * 4 >= n && share(w, n) >= RATIO && !(hand.get(w) & DIRECT)).map(([w]) => w)).map((l) => `  '${l}',`).join('\n')}
].join(' ');

/** Cue words that head reported speech. */
export const DERIVED_REPORTED = [
${wrap(cueRows.filter(([w, v, n]) => v[1] >= MIN && share(w, n) >= RATIO && !(hand.get(w) & VERB)).map(([w]) => w)).map((l) => `  '${l}',`).join('\n')}
].join(' ');

/** Head nouns of sources that are not names or pronouns: people, roles, organisations, groups. */
export const DERIVED_HEADS = [
${wrap(headList).map((l) => `  '${l}',`).join('\n')}
].join(' ');
`;
writeFileSync(out, src);
console.log(`${out}: ${cueRows.length} cue words, ${headRows.length} source head nouns (min count ${MIN})`);
