/** One colour per speaker: a hue derived from the name, the same in every element on the page. */

/** FNV-1a over the UTF-16 code units, reduced to a hue in degrees (0–359). */
export function speakerHue(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % 360;
}

/**
 * The CSS text that gives an element its speaker colour: `--_h` for the derived hue, or `--_c` for
 * an explicit colour. Assigned through the `style` *property* (`.style=${...}`), which is CSSOM and
 * so allowed under a Content-Security-Policy that blocks inline style attributes.
 */
export function speakerStyle(name: string, color?: string): string {
  return color ? `--_c:${color}` : `--_h:${speakerHue(name.trim().toLowerCase())}`;
}

/** "Boris Bondarev" -> "BB", "Hiller Neuer" -> "HN", "Madonna" -> "M". Letters only, any script. */
export function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  const pick = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return pick.map((w) => String.fromCodePoint(w.codePointAt(0)!).toLocaleUpperCase()).join('');
}
