/** One colour per speaker: a hue derived from the name, the same in every element on the page. */
import { isServer } from 'lit';

/** FNV-1a over the UTF-16 code units, reduced to a hue in degrees (0–359). */
export function speakerHue(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % 360;
}

/** A property set from script may hold anything: a string, else nothing. */
export const text = (value: unknown): string => (typeof value == 'string' ? value : '');

/**
 * The CSS text that gives an element its speaker colour: `--_h` for the derived hue, or `--_c` for
 * an explicit colour. Assigned through the `style` *property* (`.style=${...}`), which is CSSOM and
 * so allowed under a Content-Security-Policy that blocks inline style attributes.
 */
export function speakerStyle(name: unknown, color?: unknown): string {
  return typeof color == 'string' && color && isColor(color) ? `--_c:${color}` : `--_h:${speakerHue(text(name).trim().toLowerCase())}`;
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
