/**
 * One colour per speaker, from a designed palette. Colours are handed out in speaker order (an
 * article's speakers in its order, a lone badge when it is drawn), so the speakers of one article
 * never share a colour while there are colours left; the assignment is kept for the page, keyed by
 * speaker id and by name, so a speaker keeps its colour in every element.
 */
import { isServer } from 'lit';

/**
 * Ten categorical colours as [light, dark] pairs: blue, orange, green, magenta, ochre, teal,
 * crimson, violet, olive, brown. Ordered so that the first few are far apart in hue. Light ones
 * keep 4.5:1 against white (white initials, underlines on a white page), dark ones against a dark
 * page (dark initials); each is at least 0.066 apart (OKLab) from every other in its mode.
 */
export const speakerPalette: ReadonlyArray<readonly [light: string, dark: string]> = [
  ['#005bb5', '#79b4ff'],
  ['#ab4400', '#fe9a6c'],
  ['#087736', '#75d78d'],
  ['#93398e', '#e38fdb'],
  ['#8c6802', '#f4c352'],
  ['#007176', '#0cd7e0'],
  ['#9d203a', '#ef7d88'],
  ['#5a40a9', '#aa9afc'],
  ['#516000', '#c5de70'],
  ['#6c3900', '#cf7b26'],
];

/** A property set from script may hold anything: a string, else nothing. */
export const text = (value: unknown): string => (typeof value == 'string' ? value : '');

/** The page's assignment: speaker key -> palette slot; and the next slot to hand out. */
const slots = new Map<string, number>();
let next = 0;

/** A speaker is known by its id and by its name (case and spaces aside). */
const keysOf = (sp: SpeakerKey) => [sp.id != null ? `#${sp.id}` : '', text(sp.name).trim().toLowerCase()].filter(Boolean);

export interface SpeakerKey {
  id?: string | null;
  name?: unknown;
}

/**
 * The palette slot of each speaker, in order. Speakers seen before keep theirs; the others get the
 * next slots in palette order, skipping those of the other speakers of this list.
 */
export function speakerSlots(speakers: readonly SpeakerKey[]): number[] {
  const n = speakerPalette.length;
  const taken = new Set<number>();
  const known = speakers.map((sp) => {
    const slot = keysOf(sp)
      .map((k) => slots.get(k))
      .find((s) => s != null);
    // Two speakers of one list that share a name are two people: the second gets a slot of its own.
    return slot == null || taken.has(slot) ? undefined : (taken.add(slot), slot);
  });
  return speakers.map((sp, i) => {
    let slot = known[i];
    if (slot == null) {
      do slot = next++ % n;
      while (taken.has(slot) && taken.size < n);
      taken.add(slot);
    }
    for (const k of keysOf(sp)) slots.set(k, slot);
    return slot;
  });
}

/**
 * The CSS text that gives an element its speaker colour (`--_c`): an explicit colour, else the
 * speaker's palette colour (slot `slot`, else the speaker's own). Assigned through the `style`
 * *property* (`.style=${...}`), which is CSSOM and so allowed under a Content-Security-Policy that
 * blocks inline style attributes.
 */
export function speakerStyle(speaker: SpeakerKey, color?: unknown, slot = speakerSlots([speaker])[0]): string {
  return `--_c:${typeof color == 'string' && color && isColor(color) ? color : `light-dark(${speakerPalette[slot].join()})`}`;
}

/**
 * True for one CSS colour and nothing more. The colour goes into CSS text, so without this check
 * `red; background-image: url(https://tracker.example/)` would add a declaration of its own.
 */
function isColor(value: string): boolean {
  return !/[;{}\\]|\/\*|url\(/i.test(value) && typeof CSS !== 'undefined' && CSS.supports('color', value);
}

/** "Boris Bondarev" -> "BB", "Hiller Neuer" -> "HN", "Madonna" -> "M". Letters only, any script. */
export function initials(name: unknown): string {
  const words = text(name).split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  const pick = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return pick.map((w) => String.fromCodePoint(w.codePointAt(0)!).toLocaleUpperCase()).join('');
}

/**
 * CMS editors write `role="Diplomat"` on a quote card or badge, as they would in a byline. On an
 * element that is an ARIA role (an invalid one), so it is read as the speaker's role instead and
 * removed, leaving the element's accessibility intact. It becomes the `speaker-role` attribute
 * (unless a speaker role is set), so that server-rendered markup says what the browser will render
 * and hydrates without a mismatch. Called in `willUpdate`, which runs on the server too.
 */
export function adoptRoleAttribute(el: HTMLElement & { speakerRole: string }): void {
  const role = el.getAttribute('role');
  if (role == null) return;
  if (!el.speakerRole) {
    el.setAttribute('speaker-role', role);
    // The server's element shim does not turn attributes into properties.
    if (isServer) el.speakerRole = role;
  }
  el.removeAttribute('role');
}
