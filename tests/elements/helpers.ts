/** Helpers shared by the element tests. */
import { render, type ReactiveElement, type TemplateResult } from 'lit';
import type { Article } from '../../src/model/types.js';
import { until as waitUntil } from '../shared/wait.js';

export const SMALL = '/tests/fixtures/small.json';
export const PARTIAL = '/tests/fixtures/partial.json';
export const INVALID = '/tests/fixtures/invalid.json';
export const NOT_ARTICLE = '/tests/fixtures/not-article.json';
export const SEED = '/demo/data/bondarev-resignation.json';
export const MISSING = '/tests/fixtures/does-not-exist.json';

const cache = new Map<string, string>();

/** The fixture's JSON text. */
export async function fixtureText(url: string): Promise<string> {
  if (!cache.has(url)) cache.set(url, await (await fetch(url)).text());
  return cache.get(url)!;
}

/** A fresh copy of a fixture article. */
export async function loadArticle(url = SMALL): Promise<Article> {
  return JSON.parse(await fixtureText(url)) as Article;
}

/** `until` of tests/shared/wait.ts with the time limit first, as the element tests write it (5 s by default). */
export async function until(predicate: () => unknown, ms = 5000, what = 'condition'): Promise<void> {
  await waitUntil(predicate, what, ms);
}

const mounted: Element[] = [];

/**
 * Renders a template of several elements into a fresh container, like `fixture`, but waits for the
 * Lit elements' updates instead of an animation frame (which a background page never gets).
 */
export async function mount(template: TemplateResult): Promise<HTMLDivElement> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  for (const el of container.querySelectorAll('*')) await (el as Partial<ReactiveElement>).updateComplete;
  return container;
}

afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

/** Replaces window.fetch for one test; returns a function that restores it. */
export function stubFetch(impl: typeof fetch): () => void {
  const original = window.fetch;
  window.fetch = impl;
  return () => {
    window.fetch = original;
  };
}

/** A fetch that answers `body` after `ms`, honouring the abort signal. */
export function slowFetch(ms: number, body: () => Promise<string> | string, calls: string[] = []): typeof fetch {
  return (input, init) =>
    new Promise<Response>((resolve, reject) => {
      calls.push(String(input));
      const signal = init?.signal;
      const timer = setTimeout(async () => resolve(new Response(await body(), { status: 200 })), ms);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new DOMException('The operation was aborted.', 'AbortError'));
      });
    });
}
