/**
 * The cue lexicon, one per language (English is the default and the fullest). A cue is a verb
 * or phrase that reports speech; its flags say which constructions it can head.
 */

/** Can introduce or follow a direct quotation (`he said, "…"`, `"…," he said`). */
export const DIRECT = 1;
/** Can introduce reported speech (`he said that …`). */
export const INDIRECT = 2;
/** Takes the addressee as object: the cue span is `told the AP`. */
export const OBJECT = 4;
/** Only governs a quoted phrase inside narration (`condemning Putin's "…"`). */
export const MIXED = 8;

export interface Lexicon {
  /** Word form -> flags. */
  verbs: Map<string, number>;
  /** A cue that needs the next word too: "railed" + "against". */
  particles: Map<string, string>;
  /** "according to" and the like: the source follows. */
  according: string[][];
  /** Subject pronouns, and the relative pronouns that can stand for a source. */
  pronouns: Set<string>;
  relatives: Set<string>;
  /** Quantifiers and nouns that name a group or an unnamed source on their own ("some", "officials"). */
  groups: Set<string>;
  /** Words before a name that give a role ("Foreign Minister", "Sen."). */
  titles: Set<string>;
  /** Words between a subject and its verb that are not part of either. */
  skip: Set<string>;
  /** Words that start a new clause (walking back from a verb, the subject is after them). */
  clause: Set<string>;
  /** Complementizers: "that". */
  that: Set<string>;
  /** Words that mark speech in the first or second person (an unmarked quote). */
  firstPerson: Set<string>;
  determiners: Set<string>;
}

const words = (s: string) => s.split(' ');

/** Regular English inflection: state -> state states stated stating. `-` keeps the stem as given. */
function inflect(stem: string): string[] {
  if (stem.includes('/')) return stem.split('/');
  if (/[^aeiou]y$/.test(stem)) {
    const b = stem.slice(0, -1);
    return [stem, b + 'ies', b + 'ied', stem + 'ing'];
  }
  if (stem.endsWith('e')) return [stem, stem + 's', stem + 'd', stem.slice(0, -1) + 'ing'];
  const s = /(?:sh|ch|ss|x)$/.test(stem) ? 'es' : 's';
  return [stem, stem + s, stem + 'ed', stem + 'ing'];
}

function build(spec: Record<number, string>): Map<string, number> {
  const m = new Map<string, number>();
  for (const [flags, list] of Object.entries(spec)) {
    for (const stem of words(list)) for (const f of inflect(stem)) m.set(f, (m.get(f) ?? 0) | Number(flags));
  }
  return m;
}

const EN: Lexicon = {
  verbs: build({
    [DIRECT | INDIRECT]:
      'say/says/said/saying write/writes/wrote/written/writing state add claim explain note argue insist warn declare announce acknowledge admit/admits/admitted/admitting confirm deny suggest report complain comment emphasize emphasise stress predict conclude observe assert maintain contend allege testify reply respond recall tweet post concede boast vow promise pledge reveal recount reiterate agree/agrees/agreed/agreeing counter caution remark point',
    [DIRECT]: 'continue ask shout exclaim joke quip whisper sing/sings/sang/singing chant',
    [DIRECT | INDIRECT | OBJECT]: 'tell/tells/told/telling inform assure remind',
    [MIXED]: 'call describe condemn criticize criticise denounce blast slam/slams/slammed/slamming praise dub/dubs/dubbed/dubbing label decry dismiss mock accuse rail',
  }),
  particles: new Map([...inflect('point').map((f) => [f, 'out'] as [string, string]), ...inflect('rail').map((f) => [f, 'against'] as [string, string])]),
  according: [['according', 'to']],
  pronouns: new Set(words('he she they i we it you')),
  relatives: new Set(words('who which')),
  groups: new Set(words('some others many most few several both all officials critics experts analysts aides sources observers residents witnesses supporters opponents protesters')),
  titles: new Set(
    words(
      'president vice prime minister foreign secretary ambassador senator sen rep representative gov governor mayor general gen chancellor king queen prince princess pope judge justice dr mr mrs ms miss professor prof chairman chairwoman chair ceo director spokesman spokeswoman commissioner attorney sheriff chief lt col colonel sgt capt captain adm admiral rev state defense defence interior finance deputy former acting house speaker leader coach',
    ),
  ),
  skip: new Set(
    words(
      'also later previously then once repeatedly recently further again never not did does do has had have was is were are will would could can may might should had earlier reportedly quickly bluntly flatly often frequently publicly privately already still even just first last finally subsequently been be',
    ),
  ),
  clause: new Set(words('that and but or because while whereas although though if when after before since as where so yet whether unless until once')),
  that: new Set(['that']),
  firstPerson: new Set(words("i i'm i've i'd i'll me my mine we we're we've our ours us myself")),
  determiners: new Set(words('a an the this that these those his her their its our my')),
};

function lex(base: Lexicon, verbs: Record<number, string>, extra: Partial<Lexicon>): Lexicon {
  // Other languages: forms listed in full (no English inflection), the rest from `extra`.
  const m = new Map<string, number>();
  for (const [f, list] of Object.entries(verbs)) for (const w of words(list)) m.set(w, (m.get(w) ?? 0) | Number(f));
  return { ...base, verbs: m, particles: new Map(), titles: new Set(), firstPerson: new Set(), ...extra };
}

const DE = lex(
  EN,
  {
    [DIRECT | INDIRECT]: 'sagte sagt sagten sagen gesagt erklärte erklärt erklärten schrieb schreibt betonte betont meinte meint fügte ergänzte ergänzt warnte warnt kritisierte bestätigte berichtete räumte teilte antwortete antwortet',
    [DIRECT]: 'fragte fragt rief',
  },
  {
    according: [['laut'], ['zufolge']],
    pronouns: new Set(words('er sie es ich wir man')),
    relatives: new Set(words('der die das')),
    groups: new Set(words('einige andere viele experten kritiker')),
    titles: new Set(words('präsident präsidentin kanzler kanzlerin minister ministerin außenminister sprecher sprecherin herr frau dr bürgermeister')),
    skip: new Set(words('auch später dann zuvor bereits noch hat habe hatte')),
    clause: new Set(words('dass und aber oder weil während wenn als ob denn')),
    that: new Set(['dass']),
    firstPerson: new Set(words('ich mein meine mir mich wir uns unser unsere')),
    determiners: new Set(words('der die das ein eine einen dem den des')),
  },
);

const FR = lex(
  EN,
  {
    [DIRECT | INDIRECT]: 'dit déclaré déclare affirmé affirme expliqué explique écrit ajouté ajoute souligné souligne estimé estime assuré assure indiqué indique précisé précise confié confie répondu répond',
    [DIRECT]: 'demandé demande lancé lance',
  },
  {
    according: [['selon'], ["d'après"]],
    pronouns: new Set(words('il elle ils elles je nous on')),
    relatives: new Set(words('qui')),
    groups: new Set(words('certains autres plusieurs beaucoup')),
    titles: new Set(words('président présidente ministre porte-parole m mme monsieur madame')),
    skip: new Set(words('a ont avait aussi également encore déjà ensuite a-t-il a-t-elle')),
    clause: new Set(words('que et mais ou parce quand lorsque si car')),
    that: new Set(words("que qu'")),
    firstPerson: new Set(words("je j' me m' mon ma mes nous notre nos")),
    determiners: new Set(words('le la les un une des du de')),
  },
);

const ES = lex(
  EN,
  {
    [DIRECT | INDIRECT]: 'dijo dice afirmó afirma declaró declara explicó explica escribió añadió agregó aseguró asegura señaló señala indicó subrayó respondió',
    [DIRECT]: 'preguntó',
  },
  {
    according: [['según']],
    pronouns: new Set(words('él ella ellos ellas yo nosotros')),
    relatives: new Set(words('quien quienes')),
    groups: new Set(words('algunos otros varios muchos')),
    titles: new Set(words('presidente presidenta ministro ministra portavoz señor señora sr sra')),
    skip: new Set(words('también luego ya ha había')),
    clause: new Set(words('que y pero o porque cuando si aunque')),
    that: new Set(['que']),
    firstPerson: new Set(words('yo me mi mis nosotros nuestro nuestra')),
    determiners: new Set(words('el la los las un una unos unas')),
  },
);

const LEXICONS: Record<string, Lexicon> = { en: EN, de: DE, fr: FR, es: ES };

/** The lexicon for a BCP 47 tag ("de-CH" -> German); English when the language has none. */
export function lexiconFor(language: string | undefined): Lexicon {
  return LEXICONS[(language ?? 'en').slice(0, 2).toLowerCase()] ?? EN;
}

