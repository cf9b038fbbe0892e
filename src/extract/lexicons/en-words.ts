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
  'spokesperson city operator manufacturer employer provider boss councillor councilor ministry chancellor coach player striker captain midfielder keeper goalkeeper referee chef owner founder ceo chairwoman chair premier prosecutor defendant barrister solicitor witness juror detective inspector constable sergeant doctor nurse surgeon scientist researcher professor teacher student pupil headteacher principal parent son daughter widow widower sister neighbour neighbor resident farmer worker union bank club committee regulator authority watchdog charity cabinet embassy navy airline retailer maker insurer developer builder landlord tenant fan critic analyst economist expert advisor colleague investor shareholder spokespeople novelist writer poet artist singer historian biographer organiser protester voter';
