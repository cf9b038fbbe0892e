/** English cues and word classes: the default lexicon, and the fullest. */
import { COMPLEMENT, DIRECT, forms, INDIRECT, load, PERSON, VERB, type Lexicon } from '../cues.js';
import { DERIVED_DIRECT, DERIVED_HEADS, DERIVED_REPORTED } from './en-derived.js';
import { MANNER, MEDIUM_WORDS, ORG_HEADS, PEOPLE, STANCE } from './en-words.js';

const en: Lexicon = load(
  `35 s{ay,ays,aid,aying} claim argue insist add contend assert allege
34 believe thinks
3 wr{ite,ites,ote,itten,iting} state explain note warn declare announce acknowledge confirm deny suggest report complain comment emphasize emphasise stress predict conclude observe maintain testify reply respond recall tweet post concede boast vow promise pledge reveal recount reiterate agree{,s,d,ing} counter caution remark point+out admit{,s,ted,ting} demand charge speculate estimate indicate disclose hint propose recommend proclaim rul{e,ed} sw{ear,ore,orn} guarantee threaten
2 fear hope worry expect encourage exhort admire show{,s,ed,n,ing} f{ind,inds,ound} urge question doubt wonder mention signal
1 continue ask shout exclaim joke quip whisper s{ing,ings,ang,inging} chant yell scream read{,s} cry
7 t{ell,ells,old,elling} inform assure remind
11 call describe condemn criticize criticise denounce blast slam praise dub label decry dismiss mock accuse rail+against cite brand hail laud tout liken characterize characterise term pound attack blame deride ridicule lambaste assail fault scold reference invoke`,
  // Time words and prepositions that end English names (WEEKDAYS, PREP) are in mentions.ts.
  `he she they i we it you|who which|some others many most few several both all officials critics experts analysts aides sources observers residents witnesses supporters opponents protesters
|president vice prime minister foreign secretary ambassador senator sen rep representative gov governor mayor general gen chancellor king queen prince princess pope judge justice dr mr mrs ms miss professor prof chairman chairwoman chair ceo director spokesman spokeswoman commissioner attorney sheriff chief lt col colonel sgt capt captain adm admiral rev state defense defence interior finance deputy former acting house speaker leader coach mp mep msp lord lady sir dame baroness
|also later then once now further again never not did does do has had have was is were are will would could can may might should earlier often already still even just first last been be
|that and but or because while whereas although though if when after before since as where so yet whether unless until once why how|that|i i'm i've i'd i'll me my mine we we're we've our ours us myself
|a an the this that these those his her their its our my|||according_to`,
  true,
);

for (const w of DERIVED_REPORTED.split(' ')) if (!(en.w.get(w)! & VERB)) en.w.set(w, (en.w.get(w) ?? 0) | INDIRECT);
for (const w of (DERIVED_DIRECT + ' ' + MANNER).split(' ')) en.w.set(w, (en.w.get(w) ?? 0) | DIRECT);
for (const w of (DERIVED_HEADS + ' ' + PEOPLE).split(' ')) for (const f of [w, w + 's']) en.w.set(f, (en.w.get(f) ?? 0) | PERSON);
// A question is reported too: "asked whether the plan would pass".
for (const w of ['ask', 'asks', 'asked', 'asking']) en.w.set(w, en.w.get(w)! | INDIRECT);
// What someone wants, plans or backs is their stance, reported like speech ("wants to run again",
// "backed the bill"). (Not the base forms "want", "support", "plan": mostly generic, "if you want".)
for (const w of STANCE.split(' ').flatMap((x) => forms(x))) en.w.set(w, (en.w.get(w) ?? 0) | INDIRECT);
// The object or infinitive after most reporting verbs is what was said ("criticized the plan",
// "declined to comment"); after these it is the medium, an act or a thing ("wrote a letter",
// "found a way", "called him"), or the word is more often a noun ("the state", "his remarks").
const MEDIUM = new Set(MEDIUM_WORDS.split(' ').flatMap((x) => forms(x)));
// ("groused that the paper …": a manner of speaking reports a clause too, never an object.)
for (const w of MANNER.split(' ')) en.w.set(w, en.w.get(w)! | INDIRECT), MEDIUM.add(w);
en.w.forEach((f, w) => f & INDIRECT && !MEDIUM.has(w) && en.w.set(w, f | COMPLEMENT));
en.h = true;
en.o = new Set(ORG_HEADS.split(' '));

export default en;
