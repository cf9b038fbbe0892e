/**
 * Japanese: 「…」 (『…』 inside it) followed by its cue, 「…」と述べた, with the speaker marked by
 * a particle before the quotation (田中首相は記者団に「…」と述べた) or after it (「…」と佐藤氏は語った).
 * Japanese has no spaces and puts the verb last, so the core's word tokens and rules do not fit:
 * a unit is read here with a few patterns instead.
 */
import type { Mention, Raw, UnitResult } from '../attribute.js';
import type { Lexicon } from '../cues.js';
import type { MarkedQuote } from '../marks.js';
import { K_NAME, K_NOM, K_PRON } from '../mentions.js';

const RUN = '[\\p{sc=Han}\\p{sc=Katakana}・ー]';
/** Honorifics and titles after a name: 田中|首相, 佐藤|氏. */
const TITLES = '氏|さん|様|首相|総理|大統領|大臣|長官|知事|市長|社長|会長|議長|議員|委員長|代表|監督|教授|報道官|広報|容疑者|被告';
/**
 * A run of ideographs or katakana, perhaps さん, before は/が/も: a speaker mention ("23日は" is
 * not). A title in the run is split off afterwards: a lazy run tried against every title at each
 * character costs JavaScriptCore (WebKit) tens of times what it costs V8 on a long run.
 */
const SUBJECT = new RegExp(`(?<![\\p{N}]|${RUN})(${RUN}*)(さん)?(?:は|が|も)`, 'gu');
/** A title that ends a run (titles are at most three characters long). */
const TITLE_END = new RegExp(`(?:${TITLES})$`);
/** Time words that take は like a subject: 今日は, 昨年は. */
const TIME = /^(?:今日|昨日|明日|今回|今後|今年|昨年|来年|今月|先月|今週|先週|当時|午前|午後)$/;
const VERBS = '述べ|語っ|語り|話し|言っ|説明し|強調し|指摘し|主張し|訴え|明かし|答え|発言し|批判し|表明し|反論し|否定し';
/** The cue after a quotation: と, perhaps the speaker, then a say-verb. */
const CUE = new RegExp(`^と、?([^「」『』。]{0,30}?)((?:${VERBS})(?:ている|ていた|ました|た)?)`, 'u');

/** Subject mentions in `text[a, b)`, as the core's mentions. */
function subjects(text: string, a: number, b: number): Mention[] {
  const out: Mention[] = [];
  SUBJECT.lastIndex = a;
  for (let m: RegExpExecArray | null; (m = SUBJECT.exec(text)) && m.index < b; ) {
    const [all, run, san] = m;
    const tail = Math.max(0, run!.length - 3);
    const t = san ? undefined : TITLE_END.exec(run!.slice(tail));
    const name = t ? run!.slice(0, tail + t.index) : run;
    const title = san ?? t?.[0];
    if ((!name && !title) || TIME.test(name!)) continue;
    const s = m.index;
    const e = s + all.length - 1;
    if (e > b) break;
    const mention: Mention = { s, e, t: name ? K_NAME : K_NOM };
    if (/^彼女?$/.test(name!) && !title) mention.t = K_PRON;
    else if (name) {
      mention.name = name;
      if (title && !/^(?:氏|さん|様)$/.test(title)) mention.title = title;
    }
    out.push(mention);
  }
  return out;
}

function unit(text: string, _lex: Lexicon, marks: MarkedQuote[], s: number, e: number, qIdx: number[], nested: boolean, uid: string): UnitResult {
  const raws: Raw[] = [];
  const found: Mention[] = [];
  let from = s;
  let prev: Raw | undefined;
  /** Reads the narration up to `b`; does it have words? */
  const narrate = (b: number) => {
    found.push(...subjects(text, from, b));
    return /[\p{L}\p{N}]/u.test(text.slice(from, b));
  };
  for (const i of qIdx) {
    const q = marks[i]!;
    if (q.open < from || q.close >= e) continue;
    const alone = !narrate(q.open);
    from = q.close + 1;
    const m = CUE.exec(text.slice(from, Math.min(e, from + 60)));
    if (!m) {
      // A quotation with nothing before it that is a sentence of its own (or the whole unit)
      // continues the one before: 「…。」彼は… (the caller links it).
      if (alone && !nested && q.end - q.start > 5 && (/[。！？]$/.test(text.slice(q.start, q.end)) || !/[\p{L}\p{N}]/u.test(text.slice(from, e)))) raws.push({ kind: 'direct', start: q.start, end: q.end, conf: 0.5, mark: i, key: '?' });
      continue;
    }
    const cue = from + m[0].length - m[2]!.length;
    // The speaker between the quotation and its verb, else the last one before the quotation.
    const src = subjects(text, from + 1, cue)[0] ?? found[found.length - 1] ?? prev?.src;
    const r: Raw = { kind: 'direct', start: q.start, end: q.end, cue: { s: cue, e: cue + m[2]!.length }, key: uid + ':' + cue, mark: i, nested, conf: src ? 0.9 : 0.75 };
    if (src) r.src = src;
    raws.push((prev = r));
  }
  narrate(e);
  return { raws, subjects: nested ? [] : found };
}

const ja: Lexicon = { w: new Map(), p: new Map(), a: [], u: unit };
export default ja;
