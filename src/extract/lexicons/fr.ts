/**
 * French cues and word classes; dialogue introduced by a dash ("— Texte, dit-il."); inverted
 * subjects ("dit-il", "a-t-elle") cut into the verb and its pronoun.
 */
import { load } from '../cues.js';
import type { Tok } from '../sentences.js';
import { dialogue } from './dialogue.js';

/** "dit-il" -> "dit" + "il"; "a-t-il", "ont-elles" (auxiliaries) -> the pronoun alone. */
const INVERTED = /^(.+?)-(?:t-)?((?:il|elle|on)s?)$/;
const AUX = /^(?:a|ont|avait|est)$/;

const tokens = (toks: Tok[]): Tok[] =>
  toks.flatMap((t) => {
    const m = t.w ? INVERTED.exec(t.lo) : null;
    if (!m) return [t];
    const pron = { ...t, s: t.e - m[2]!.length, lo: m[2]! };
    return AUX.test(m[1]!) ? [pron] : [{ ...t, e: t.s + m[1]!.length, lo: m[1]! }, pron];
  });

export default {
  ...load(
    `35 dit déclar{é,e} affirm{é,e} estim{é,e} assur{é,e}
    3 expliqu{é,e} écrit ajout{é,e} soulign{é,e} indiqu{é,e} précis{é,e} confi{é,e} répond{u,} annonc{é,e} reconn{u,aît} insist{é,e} rappel{é,le} prévenu averti dénoncé martelé poursuit promis regrett{é,e} jug{é,e} racont{é,e} résum{é,e} tranch{é,e} ironis{é,e} comment{é,e} répét{é,e} conclu admis nuanc{é,e} détaill{é,e} assén{é,e}
    1 demand{é,e} lanc{é,e} s'exclame`,
    `il elle ils elles je nous on|qui|certains autres plusieurs beaucoup
    |président présidente ministre porte-parole m mme monsieur madame maire directeur directrice conseiller conseillère député députée sénateur sénatrice adjoint adjointe préfet préfète juge avocat avocate procureur procureure secrétaire général générale docteur professeur professeure
    |a ont avait aussi également encore déjà ensuite puis|que et mais ou parce quand lorsque si car|que qu'|je j' me m' mon ma mes nous notre nos
    |le la les un une des du de
    |lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre octobre novembre décembre hier aujourd'hui demain matin soir
    |à au aux en dans sur pour avec chez par lors devant depuis
    |selon d'après`,
  ),
  m: dialogue,
  t: tokens,
};
