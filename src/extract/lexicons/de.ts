/** German cues and word classes. Nouns are capitalized, so time words end names by list. */
import { load } from '../cues.js';

export default load(
  `35 sag{te,t,ten,en} gesagt mein{te,t} behauptet{e,}
  3 erklärt{e,,en} schrieb schreibt betont{e,} fügte ergänzt{e,} warnt{e,} kritisierte bestätigte berichtete räumte teilte antwortet{e,} versicherte unterstrich forderte verkündete kündigte bekräftigte mahnte klagte lobte versprach
  1 fragt{e,} rief so`,
  `er sie es ich wir man|der die das|einige andere viele experten kritiker
  |präsident präsidentin kanzler kanzlerin minister ministerin außenminister sprecher sprecherin herr frau dr bürgermeister bürgermeisterin chef chefin stadtrat stadträtin abgeordnete abgeordneter vorsitzende vorsitzender richter richterin staatsanwalt staatsanwältin professor professorin direktor direktorin trainer trainerin landrat landrätin
  |auch später dann zuvor bereits noch hat habe hatte|dass und aber oder weil während wenn als ob denn|dass|ich mein meine mir mich wir uns unser unsere
  |der die das ein eine einen dem den des ihr ihre ihren sein seine seinen
  |montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli august september oktober november dezember gestern heute morgen abend wochenende
  |am im in an auf aus bei mit nach vor vom zum zur zu für über unter gegenüber während seit um
  |laut zufolge`,
);
