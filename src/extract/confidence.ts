/**
 * Confidence that means something: each rule's share of right speakers (content found and source
 * right) on the training split of PolNeAR, measured with `npm run eval -- TRAIN --rules`. The key
 * is the quotation's kind and the rule's raw score (its base, times 0.8 without a speaker).
 * A quotation without a speaker is never above 0.55: nobody is named to be right about.
 */
const TABLE: Record<string, number> = {
  'direct 0.9': 0.95,
  'direct 0.8': 0.63,
  'direct 0.72': 0.76,
  'direct 0.7': 0.33,
  'direct 0.6': 0.07,
  'direct 0.5': 0.36,
  'mixed 0.9': 0.79,
  'mixed 0.75': 0.84,
  'mixed 0.72': 0.24,
  'mixed 0.6': 0.56,
  'mixed 0.4': 0.39,
  'mixed 0.32': 0.23,
  'indirect 0.7': 0.88,
  'indirect 0.65': 0.77,
  'indirect 0.6': 0.88,
  'indirect 0.55': 0.6,
  'indirect 0.52': 0.7,
  'indirect 0.48': 0.35,
};

/** The table by kind and raw score in hundredths: one number, no string built per quotation. */
const BY = new Map(Object.entries(TABLE).map(([k, v]) => [key(k.split(' ')[0]!, Math.round(+k.split(' ')[1]! * 100)), v]));
function key(kind: string, hundredths: number): number {
  return kind.charCodeAt(0) * 1000 + hundredths;
}

export function calibrate(kind: string, base: number, hasSpeaker: boolean): number {
  const h = Math.round(base * (hasSpeaker ? 1 : 0.8) * 100);
  const v = BY.get(key(kind, h)) ?? h / 100;
  return hasSpeaker ? v : Math.min(v, 0.55);
}
