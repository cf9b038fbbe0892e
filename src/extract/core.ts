/**
 * The extractor without its languages: `extractWith(text, options, lexicon)`. `index.ts` offers
 * it with every language; `<article-view extract>` loads English with it and fetches another
 * language's lexicon only for an article in that language. Pure TypeScript (no DOM, no Node),
 * linear in the length of the text.
 */
import type { Article, Quote } from '../model/types.js';
import { attributeUnit, type Mention, type Raw } from './attribute.js';
import { DET, GROUP, PERSON, THAT, TITLE, VERB, type Lexicon } from './cues.js';
import { K_GROUP, K_NAME, K_PRON, K_REL } from './mentions.js';
import { calibrate } from './confidence.js';
import { pairMarks } from './marks.js';
import { splitSentences } from './sentences.js';
import { byNameHead, byRole, merge, organisation, named, nominal, pronoun, resetSpeakers, roleEndsWith, root, speakers as speakersOf, subject } from './speakers.js';

export interface ExtractOptions {
  /** BCP 47 tag of the text's language; picks the cue lexicon. Default "en". */
  language?: string;
  /** Article id. Default "extracted". */
  id?: string;
  headline?: string;
}


/** The lexicon key for a BCP 47 tag: "de-CH" -> "de". */
export const langOf = (tag: string | undefined) => (tag || 'en').slice(0, 2).toLowerCase();

/** The flags of a noun or of its singular ("analysts"). */
const nounFlags = (lex: Lexicon, w: string): number => lex.w.get(w)! | lex.w.get(w.replace(/s$/, ''))!;
/** "the Treasury", "the Bank of England": a capitalised head, with its "of …", names an organisation. */
const ORG_NAME = /^the\s+(\p{Lu}[\p{L}-]*(?:\s+of(?:\s+the)?\s+\p{Lu}[\p{L}-]*)*)$/u;

/**
 * The role written after a name, between commas: "Ann Lee, 41, a union organiser," or "said Ann Lee,
 * the city's mayor." Only when its head noun (before "at", "of", "for" …) is a person or a title.
 */
function apposition(text: string, e: number, lex: Lexicon): string | undefined {
  const m = /^,\s+(?:\d+,\s+)?(?:an?|the)\s+([^,.;:!?"“”()]{3,60}?)\s*(?=[,.;)]|$)/.exec(text.slice(e, e + 90));
  const head = m?.[1]!.split(/\s+(?:at|of|for|in|with|from|on|to)\s/)[0]!.split(/\s+/).pop()!.toLowerCase() ?? '';
  return nounFlags(lex, head) & (PERSON | TITLE) ? m![1] : undefined;
}

/** Extract quotations, speakers and attribution from `text` with the cues of `lex`. Never throws. */
export function extractWith(text: string, options: ExtractOptions, lex: Lexicon): Article {
  const article: Article = {
    version: 1,
    id: options.id ?? 'extracted',
    headline: options.headline ?? '',
    language: options.language ?? 'en',
    body: typeof text === 'string' ? text : '',
    speakers: [],
    quotes: [],
  };
  try {
    run(article, lex);
  } catch {
    // A bug must not take the page down: the article without quotations is still valid.
    article.speakers = [];
    article.quotes = [];
  }
  return article;
}

function run(article: Article, lex: Lexicon): void {
  const text = article.body;
  const marks = lex.m ? lex.m(text, pairMarks(text), lex) : pairMarks(text);
  const unitOf = lex.u ?? attributeUnit;
  // Children lists only for the marks that have any (most have none).
  const kids: number[][] = [];
  const top: number[] = [];
  marks.forEach((m, i) => (m.parent < 0 ? top : (kids[m.parent] ??= [])).push(i));
  const attribution = (words: string[]) => !words.some((w) => lex.w.get(w)! & THAT) && words.some((w) => lex.w.get(w.toLowerCase().replace(/[.,!?]+$/, ''))! & VERB);
  const sentences = splitSentences(
    text,
    top.map((i) => marks[i]!),
    attribution,
  );
  resetSpeakers(text, (w) => (lex.w.get(w)! & (TITLE | PERSON | DET)) > 0);
  const raws: Raw[] = [];
  let ti = 0;
  let pending = -1; // the lede's "a veteran diplomat", waiting for a name
  let pendingRole = ''; // …or its "its director", waiting for a name with that title
  let prevDirect: Raw | undefined;
  let prevColon: Raw | undefined;
  let prevPara = -1;
  let para = 0;
  let lastNl = 0;
  let nextNl = -1;
  for (let si = 0; si < sentences.length; si++) {
    const sen = sentences[si]!;
    const qIdx: number[] = [];
    while (ti < top.length && marks[top[ti]!]!.open < sen.s) ti++;
    for (let k = ti; k < top.length && marks[top[k]!]!.open < sen.e; k++) qIdx.push(top[k]!);
    const unit = unitOf(text, lex, marks, sen.s, sen.e, qIdx, false, 's' + si);
    const found = [...unit.raws];
    // Quotations quoted inside quotations, each quotation's words being a unit of their own.
    const stack = [...qIdx];
    while (stack.length) {
      const m = stack.pop()!;
      if (!kids[m]) continue;
      // (One unit a sentence: "He laughed. He said, ‘…’" has "He" say it, not "laughed. He".)
      const inner = kids[m]!;
      let k = 0;
      for (const [j, ns] of splitSentences(text, inner.map((i) => marks[i]!), attribution, marks[m]!.start, marks[m]!.end).entries()) {
        const nIdx: number[] = [];
        while (k < inner.length && marks[inner[k]!]!.open < ns.e) nIdx.push(inner[k++]!);
        found.push(...unitOf(text, lex, marks, ns.s, ns.e, nIdx, true, 'm' + m + '.' + j).raws);
      }
      stack.push(...kids[m]!);
    }
    // Paragraph count: the next line break is found once, not again for every sentence before it.
    while (lastNl < sen.s) {
      if (nextNl < lastNl) nextNl = (text.indexOf('\n', lastNl) + 1 || text.length + 1) - 1;
      if (nextNl >= sen.s) break;
      para++;
      lastNl = nextNl + 1;
    }
    // Speakers: mentions in text order; narration subjects become salient.
    const ms: [Mention, Raw | undefined][] = unit.subjects.map((m) => [m, undefined]);
    for (const r of found) if (r.src) ms.push([r.src, r]);
    if (unit.colon) ms.push([unit.colon.src!, unit.colon]);
    ms.sort((a, b) => a[0].s - b[0].s);
    const done = new Map<number, number>();
    for (const [m, r] of ms) {
      let ent = done.get(m.s);
      if (ent === undefined) {
        const word = text.slice(m.s, m.e);
        if (m.t === K_NAME) {
          const role = m.title ?? apposition(text, m.e, lex);
          ent = named(m.name!, role, m.s);
          // ("its director … Director Lena Marsh": the title says it is the same person.)
          if (pending >= 0 && si <= 3 && (!pendingRole || roleEndsWith(role, pendingRole))) {
            merge(ent, pending);
            pending = -1;
          }
        } else if (m.t & (K_PRON | K_REL)) ent = r?.nested ? -1 : pronoun(m.t === K_REL ? 'he' : word.toLowerCase());
        else {
          // Only people, roles, organisations and groups speak: "the recount" or "Final vote"
          // heads no speaker. "The senator" after "Senator Marta Haddad" is she.
          // (The head noun comes before a prepositional phrase or an aside: "a diplomat at the UN".)
          const np0 = word.slice(0, /\s*[(,]|\s+(?:at|in|of|for|from|with|on|to|who|which|that)\s/i.exec(word)?.index);
          // (The lookbehind tries only the start of each run of letters: linear, not quadratic.)
          // (Past an adjective after the noun: "a person familiar with …", "people close to him".)
          const head = /(?<![\p{L}-])([\p{L}-]+)(?:\s+(?:familiar|close|involved|briefed|knowledgeable|aware))?$/u.exec(np0)?.[1]!.toLowerCase() ?? '';
          // (The whole mention, "the Bank of England", or its head before an aside, "the Guardian, a daily".)
          const org = ORG_NAME.exec(word) ?? ORG_NAME.exec(np0);
          const the = /^the\s/i.test(word);
          const isOrg = !!lex.o?.has(head);
          if (org) ent = named(org[1]!, undefined, m.s);
          else if (lex.h && m.t !== K_GROUP && !(nounFlags(lex, head) & (PERSON | GROUP | TITLE)) && !isOrg) ent = -1;
          else {
            ent = the ? byRole(head) : -1;
            // ("the university" after "the University of Leeds"; else the last organisation named.)
            if (ent < 0 && the && isOrg) ent = byNameHead(head);
            // (Not "the island's council": a possessive says which one it is.)
            if (ent < 0 && the && isOrg && !/['’]s\s/.test(word)) ent = organisation(m.s, head);
            // (A plural of a person noun is a group too: "they" may name "the aides".)
            if (ent < 0) ent = nominal(word, m.t === K_GROUP || (/[^s]s$/.test(head) && !!(lex.w.get(head.slice(0, -1))! & PERSON)));
          }
          if (si <= 1 && ent >= 0 && /^(?:an?|its|his|her|their)\s/i.test(word)) [pending, pendingRole] = [ent, /^an?\s/i.test(word) ? '' : head];
        }
        done.set(m.s, ent);
        if (ent >= 0 && !r?.nested) subject(ent);
      }
      if (r && ent >= 0) r.ent = ent;
    }
    const colon = prevColon;
    prevColon = unit.colon;
    // A quotation standing alone continues the speaker of the last one (in its paragraph, as
    // the same quotation; after a break in paragraphs, as a new one).
    found.sort((a, b) => a.start - b.start);
    for (const r of found) {
      if (r.key === '?') {
        // "He said:" then the quotation as a paragraph of its own; else the last speaker's.
        const p = colon ?? (prevDirect && para - prevPara <= 2 ? prevDirect : undefined);
        if (!p) continue;
        r.src = p.src;
        r.cue = p.cue;
        r.key = p.key;
        r.ent = p.ent;
        r.conf = colon ? 0.8 : para === prevPara ? ((r.cont = p), 0.7) : 0.5;
      }
      // (a mixed one too when its cue follows it: "…because “…,” she said. “…”")
      if ((r.kind === 'direct' || r.kind === 'unmarked' || (r.kind === 'mixed' && r.mark !== undefined && r.cue && r.cue.s > r.end)) && !r.nested) {
        prevDirect = r;
        prevPara = para;
      }
      raws.push(r);
    }
    // "I" in a quotation's words is whoever speaks them: “…I said, ‘No way,’ …” Ann Lee said.
    for (const r of found) {
      if (!r.nested || r.ent !== undefined || !r.src || !/^i$/i.test(text.slice(r.src.s, r.src.e))) continue;
      let outer: Raw | undefined;
      for (const o of found) if (o !== r && o.start <= r.src.s && r.end <= o.end && (!outer || o.start >= outer.start)) outer = o;
      if (outer?.ent !== undefined) r.ent = outer.ent;
    }
  }

  // Quotations sorted, no partial overlaps (nested or disjoint), no duplicates.
  raws.sort((a, b) => a.start - b.start || b.end - a.end || b.conf - a.conf);
  const kept: Raw[] = [];
  const open: Raw[] = [];
  for (const r of raws) {
    trim(text, r);
    // Reported speech the rules get wrong more often than right (a trailing "…, he said" with
    // nobody to be he) is not proposed: it has no marks to show it is speech at all.
    // ("they", "we" or "I" naming nobody the rules found still shows its report: "Within
    // marriages, they said, women …" is speech whoever they are, often a group named by no
    // noun; the editor names them. An unresolved "he" or "she" is more often a wrong report.)
    if (r.end <= r.start || (r.kind === 'indirect' && calibrate(r.kind, r.conf, r.ent !== undefined) < 0.4 && !(r.src?.t === K_PRON && /^(?:they|we|i)$/i.test(text.slice(r.src.s, r.src.e))))) continue;
    while (open.length && open[open.length - 1]!.end <= r.start) open.pop();
    const outer = open[open.length - 1];
    if (outer && (r.end > outer.end || (outer.start === r.start && outer.end === r.end))) continue;
    // Reported speech inside another speaker's report is part of what that speaker reported
    // ("Cook told the Times that Carter had warned it was a mistake"); only a plain verb of saying or
    // believing ("X said Y said …") or a second verb of the same speaker ("conceded …, but implied
    // that …") reports on its own.
    if (outer?.kind === 'indirect' && r.kind === 'indirect' && !r.said && r.key !== outer.key && (r.ent === undefined || r.ent !== outer.ent)) continue;
    kept.push(r);
    open.push(r);
  }
  kept.forEach((r, i) => (r.id = 'q' + (i + 1)));
  const used = new Set<number>();
  for (const r of kept) {
    const e = r.ent;
    if (e !== undefined) used.add(root(e));
  }
  const speakers = speakersOf(used);
  article.speakers = [...speakers.values()];
  article.quotes = kept.map((r): Quote => {
    const e = r.ent;
    const q: Quote = {
      id: r.id!,
      start: r.start,
      end: r.end,
      text: text.slice(r.start, r.end),
      kind: r.kind,
      speaker: e === undefined ? null : speakers.get(root(e))!.id,
    };
    if (r.src) q.source = { start: r.src.s, end: r.src.e, text: text.slice(r.src.s, r.src.e) };
    if (r.cue) q.cue = { start: r.cue.s, end: r.cue.e, text: text.slice(r.cue.s, r.cue.e) };
    const c = r.cont?.id;
    if (c) q.continues = c;
    q.confidence = calibrate(r.kind, r.conf, !!q.speaker);
    return q;
  });
  // A continuation is as sure as the quotation it continues: one attribution, measured as one.
  const conf = new Map<string, number>();
  for (const q of article.quotes) conf.set(q.id, (q.confidence = q.continues ? Math.min(conf.get(q.continues) ?? 1, q.speaker ? 1 : 0.55) : q.confidence!));
}

/** Quotation spans lose surrounding white space (« … » puts spaces inside the marks). */
function trim(text: string, r: Raw): void {
  while (r.start < r.end && /\s/.test(text[r.start]!)) r.start++;
  while (r.end > r.start && /\s/.test(text[r.end - 1]!)) r.end--;
}
