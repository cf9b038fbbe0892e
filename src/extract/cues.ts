/**
 * The cue lexicon, one per language (English is the default and the fullest). A cue is a verb
 * or phrase that reports speech; its flags say which constructions it can head. Each language is
 * a few space-separated strings split at load time: compact in the bundle, easy to extend.
 */

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
}

/** `stat{e,ed}` lists forms by suffix; else regular English inflection (state states stated stating). */
function forms(w: string, en: boolean): string[] {
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
 * determiners|according ("according_to" is a phrase).
 */
function load(verbs: string, rest: string, en: boolean): Lexicon {
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
  secs.forEach((s, i) => i < 9 && s.forEach((x) => add(x, PRON << i)));
  return { w, p, a: secs[9]!.map((x) => x.split('_')) };
}

const EN = load(
  `35 s{ay,ays,aid,aying} claim argue insist add contend assert allege
  34 believe
  3 wr{ite,ites,ote,itten,iting} state explain note warn declare announce acknowledge confirm deny suggest report complain comment emphasize emphasise stress predict conclude observe maintain testify reply respond recall tweet post concede boast vow promise pledge reveal recount reiterate agree{,s,d,ing} counter caution remark point+out admit{,s,ted,ting} demand charge speculate estimate indicate disclose hint propose recommend sw{ear,ore,orn} guarantee threaten
  2 fear hope worry expect show{,s,ed,n} f{ind,inds,ound} urge question doubt wonder mention signal
  1 continue ask shout exclaim joke quip whisper s{ing,ings,ang,inging} chant yell scream read{,s} cry
  7 t{ell,ells,old,elling} inform assure remind
  11 call describe condemn criticize criticise denounce blast slam praise dub label decry dismiss mock accuse rail+against cite brand hail laud tout liken characterize characterise term pound attack blame deride ridicule lambaste assail fault scold reference invoke`,
  `he she they i we it you|who which|some others many most few several both all officials critics experts analysts aides sources observers residents witnesses supporters opponents protesters
  |president vice prime minister foreign secretary ambassador senator sen rep representative gov governor mayor general gen chancellor king queen prince princess pope judge justice dr mr mrs ms miss professor prof chairman chairwoman chair ceo director spokesman spokeswoman commissioner attorney sheriff chief lt col colonel sgt capt captain adm admiral rev state defense defence interior finance deputy former acting house speaker leader coach
  |also later then once further again never not did does do has had have was is were are will would could can may might should earlier often already still even just first last been be
  |that and but or because while whereas although though if when after before since as where so yet whether unless until once|that|i i'm i've i'd i'll me my mine we we're we've our ours us myself
  |a an the this that these those his her their its our my|according_to`,
  true,
);

const DE = load(
  `35 sag{te,t,ten,en} gesagt mein{te,t} behauptet{e,}
  3 erklärt{e,,en} schrieb schreibt betont{e,} fügte ergänzt{e,} warnt{e,} kritisierte bestätigte berichtete räumte teilte antwortet{e,} versicherte unterstrich forderte verkündete kündigte bekräftigte
  1 fragt{e,} rief`,
  `er sie es ich wir man|der die das|einige andere viele experten kritiker
  |präsident präsidentin kanzler kanzlerin minister ministerin außenminister sprecher sprecherin herr frau dr bürgermeister chef chefin
  |auch später dann zuvor bereits noch hat habe hatte|dass und aber oder weil während wenn als ob denn|dass|ich mein meine mir mich wir uns unser unsere
  |der die das ein eine einen dem den des|laut zufolge`,
  false,
);

const FR = load(
  `35 dit déclar{é,e} affirm{é,e} estim{é,e} assur{é,e}
  3 expliqu{é,e} écrit ajout{é,e} soulign{é,e} indiqu{é,e} précis{é,e} confi{é,e} répond{u,} annonc{é,e} reconn{u,aît} insist{é,e} rappel{é,le} prévenu averti dénoncé martelé
  1 demand{é,e} lanc{é,e} s'exclame`,
  `il elle ils elles je nous on|qui|certains autres plusieurs beaucoup
  |président présidente ministre porte-parole m mme monsieur madame maire directeur directrice
  |a ont avait aussi également encore déjà ensuite a-t-il a-t-elle|que et mais ou parce quand lorsque si car|que qu'|je j' me m' mon ma mes nous notre nos
  |le la les un une des du de|selon d'après`,
  false,
);

const ES = load(
  `35 dijo dice afirm{ó,a} declar{ó,a} asegur{ó,a}
  3 explic{ó,a} escribió añadió agregó señal{ó,a} indicó subrayó respondió insistió advirtió reconoció anunció sostuvo destacó manifestó
  1 preguntó exclamó gritó`,
  `él ella ellos ellas yo nosotros|quien quienes|algunos otros varios muchos
  |presidente presidenta ministro ministra portavoz señor señora sr sra alcalde alcaldesa
  |también luego ya ha había|que y pero o porque cuando si aunque|que|yo me mi mis nosotros nuestro nuestra
  |el la los las un una unos unas|según`,
  false,
);

const LEXICONS: Record<string, Lexicon> = { en: EN, de: DE, fr: FR, es: ES };

/** The lexicon for a BCP 47 tag ("de-CH" -> German); English when the language has none. */
export function lexiconFor(language: string | undefined): Lexicon {
  return LEXICONS[(language ?? 'en').slice(0, 2).toLowerCase()] ?? EN;
}
