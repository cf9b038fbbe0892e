/** Colours as the browser paints them, and the measures a designer checks them with. */

let ctx: CanvasRenderingContext2D | null = null;

/** The sRGB bytes the browser paints for a CSS colour (any syntax it can resolve: oklab(), color-mix() results…). */
export function paint(color: string): [number, number, number] {
  ctx ??= Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', { willReadFrequently: true })!;
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = '#000';
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

const linear = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);

/** WCAG 2 relative luminance. */
export function luminance(rgb: [number, number, number]): number {
  const [r, g, b] = rgb.map(linear);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two painted colours. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(paint(a)), luminance(paint(b))].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
}

/** Euclidean distance in OKLab (0.02 is about the smallest difference people notice side by side). */
export function distance(a: string, b: string): number {
  const lab = (c: string) => {
    const [r, g, b2] = paint(c).map(linear);
    const l = Math.cbrt(0.4122214708 * r + 0.5363515049 * g + 0.0514459929 * b2);
    const m = Math.cbrt(0.2119034982 * r + 0.6806995438 * g + 0.107396987 * b2);
    const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b2);
    return [0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s, 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s, 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}
