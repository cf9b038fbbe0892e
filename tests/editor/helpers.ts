/** Driving `<article-editor>` the way a user does: controls found by role and accessible name, text selected with the real mouse. */
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { fixture, html } from '@open-wc/testing';
import '../../src/define/article-editor.js';
import type { ArticleEditor } from '../../src/elements/article-editor/article-editor.js';
import type { Article } from '../../src/model/types.js';
import { until } from '../elements/helpers.js';

const ROLES: Record<string, string> = {
  button: 'button, [role=button]',
  combobox: '[role=combobox]',
  textbox: 'input:not([type]), input[type=text], textarea',
  listbox: '[role=listbox]',
  option: '[role=option]',
  checkbox: 'input[type=checkbox]',
  select: 'select',
  form: 'form',
  region: '[role=region], section',
};

/** The accessible name, as far as these controls need it: aria-label, aria-labelledby, <label>, then the text. */
export function nameOf(el: Element): string {
  const root = el.getRootNode() as ShadowRoot | Document;
  const label = el.getAttribute('aria-label');
  if (label) return label.trim();
  const by = el.getAttribute('aria-labelledby');
  if (by) return by.split(/\s+/).map((id) => root.getElementById(id)?.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim();
  if (el.id) {
    const l = root.querySelector(`label[for="${el.id}"]`);
    if (l) return l.textContent!.replace(/\s+/g, ' ').trim();
  }
  const wrap = el.closest('label');
  if (wrap && /^(input|select|textarea)$/.test(el.localName)) {
    const copy = wrap.cloneNode(true) as Element;
    copy.querySelectorAll('input, select, textarea, option').forEach((n) => n.remove());
    return copy.textContent!.replace(/\s+/g, ' ').trim();
  }
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The one visible control with this role and name (throws otherwise, saying what there is). */
export function get<T extends HTMLElement = HTMLElement>(scope: ParentNode, role: string, name: string | RegExp, within?: Element): T {
  const all = [...(within ?? scope).querySelectorAll<T>(ROLES[role])].filter((el) => !el.closest('[hidden]'));
  const hits = all.filter((el) => (typeof name == 'string' ? nameOf(el) === name : name.test(nameOf(el))));
  if (hits.length !== 1) throw new Error(`${hits.length} ${role}s named ${String(name)}; there are: ${all.map(nameOf).join(' | ')}`);
  return hits[0];
}

export function query<T extends HTMLElement = HTMLElement>(scope: ParentNode, role: string, name: string | RegExp): T | undefined {
  return [...scope.querySelectorAll<T>(ROLES[role])].find((el) => !el.closest('[hidden]') && (typeof name == 'string' ? nameOf(el) === name : name.test(nameOf(el))));
}

export async function openEditor(article: Article | null, template = html`<article-editor></article-editor>`): Promise<ArticleEditor> {
  const el = await fixture<ArticleEditor>(template);
  if (article) el.article = article;
  await el.updateComplete;
  if (article) await until(() => el.shadowRoot!.querySelector('.body'), 5000, 'the body');
  return el;
}

/** The viewport rectangle of body characters `start`–`end`, from a Range's client rects inside the shadow root. */
export function rectsOf(el: ArticleEditor, start: number, end: number): DOMRect[] {
  const body = el.shadowRoot!.querySelector<HTMLElement>('.body')!;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let pos = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const len = n.textContent!.length;
    if (start >= pos && start < pos + len) range.setStart(n, start - pos);
    if (end > pos && end <= pos + len) {
      range.setEnd(n, end - pos);
      break;
    }
    pos += len;
  }
  return [...range.getClientRects()].filter((r) => r.width > 0);
}

/** Selects body characters `start`–`end` by dragging the real mouse from the first to the last. */
export async function dragSelect(el: ArticleEditor, start: number, end: number): Promise<void> {
  // Paragraphs out of view are sized by estimate until first drawn: wait until the words stay put.
  let rects = rectsOf(el, start, end);
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 30));
    const again = rectsOf(el, start, end);
    if (again[0].top === rects[0].top) break;
    rects = again;
  }
  if (rects[0].top < 40 || rects[rects.length - 1].bottom > innerHeight) {
    window.scrollBy(0, rects[0].top - innerHeight / 3);
    await new Promise((r) => setTimeout(r, 30));
    rects = rectsOf(el, start, end);
  }
  const first = rects[0];
  const last = rects[rects.length - 1];
  const y = (r: DOMRect) => Math.round(r.top + r.height / 2);
  await sendMouse({ type: 'move', position: [Math.round(first.left + 1), y(first)] });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'move', position: [Math.round((first.left + last.right) / 2), y(last)] });
  await sendMouse({ type: 'move', position: [Math.round(last.right - 1), y(last)] });
  await sendMouse({ type: 'up' });
}

/** Clicks the middle of an element with the real mouse. */
export async function click(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  await new Promise((r) => setTimeout(r, 30));
  const r = target.getClientRects()[0] ?? target.getBoundingClientRect();
  const x = Math.round(r.left + r.width / 2);
  const y = Math.round(r.top + r.height / 2);
  // What a user's click there would hit (through shadow roots): the target, or something covering it.
  let hit: Element | null = document.elementFromPoint(x, y);
  while (hit?.shadowRoot?.elementFromPoint(x, y) && hit.shadowRoot.elementFromPoint(x, y) !== hit) hit = hit.shadowRoot.elementFromPoint(x, y);
  if (!hit || !(hit === target || target.contains(hit))) throw new Error(`a click on ${target.localName} "${nameOf(target)}" would hit ${hit?.localName ?? 'nothing'} "${hit ? nameOf(hit).slice(0, 40) : ''}"`);
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
}

/** Presses `key` while holding `modifiers` (the runner's sendKeys has no "Shift+X" form in every browser). */
export async function chord(modifiers: string[], key: string): Promise<void> {
  for (const m of modifiers) await sendKeys({ down: m });
  await sendKeys({ press: key });
  for (const m of [...modifiers].reverse()) await sendKeys({ up: m });
}
