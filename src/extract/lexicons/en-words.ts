/**
 * English word lists written by hand (general English, not taken from any corpus), beside the
 * words derived from the training corpus in en-derived.ts. Both ship in one chunk of their own,
 * fetched beside the extractor, so longer lists never grow the extractor chunk.
 */

// Manner-of-speaking verbs, general English, that report a quotation next to them (beyond the derived ones).
export const MANNER =
  'snapped retorted groused scoffed quipped barked growled grumbled muttered murmured sighed laughed chuckled fumed gushed thundered bristled sneered smiled shrugged marvelled marveled pleaded protested ventured conceded countered interrupted reflected beamed raged lamented';
/** People, roles and organisations a story names by a noun (general English), beyond the derived heads. */
export const PEOPLE =
  'spokesperson city operator manufacturer employer provider boss councillor councilor ministry chancellor coach player striker captain midfielder keeper goalkeeper referee chef owner founder ceo chairwoman chair premier prosecutor defendant barrister solicitor witness juror detective inspector constable sergeant doctor nurse surgeon scientist researcher professor teacher student pupil headteacher principal parent son daughter widow widower sister neighbour neighbor resident farmer worker union bank club committee regulator authority watchdog charity cabinet embassy navy airline retailer maker insurer developer builder landlord tenant fan critic analyst economist expert advisor colleague investor shareholder spokespeople novelist writer poet artist singer historian biographer organiser protester voter league federation team';
/** Verbs of stance, reported like speech ("wants to run again", "backed the bill"), in `forms` shorthand. */
export const STANCE = 'want{s,ed} plan{s,ned} seek{,s,ing} sought support{s,ed,ing} backed decide{,s,d} intends favo{rs,red,urs,ured}';
/** Reporting verbs whose object is the medium, an act or a thing ("wrote a letter"), or words more often nouns, in `forms` shorthand. */
export const MEDIUM_WORDS =
  'writ{e,es,ing,ten} wrote issue{,d,s} post{,ed,s} f{ind,inds,ound} call{,ed,s,ing} respond{,ed,s,ing} repl{y,ied,ies} add{,ed,s,ing} maintain{,ed,s} answer{,ed,s} offer{,ed,s} state{,s} report{,s,ing} remark{,s} comment{,s} attack{,s} question{,s} tweet{,s} t{ell,ells,old,elling} continue{,d,s} read{,s} show{,n} appear{,ed,s}';
/** Nouns by which a story refers back to an organisation it named ("the company", "the agency"). */
export const ORG_HEADS =
  'company firm group bank ministry department agency club council union charity party campaign business retailer airline carmaker insurer newspaper network organisation organization association foundation university hospital school court league federation team';
