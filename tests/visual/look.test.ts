/**
 * The look of the three elements, compared with committed screenshots: light, dark, narrow and
 * selected. Only in Chromium: engines draw text and anti-aliasing differently, so one engine's
 * baselines would fail in the other, and per-engine baselines would only test the second engine's
 * font rendering; the behaviour behind the look is tested in every engine elsewhere.
 * After a deliberate change of the look: `npx web-test-runner tests/visual/look.test.ts --update-visual-baseline`.
 */
import { elementUpdated, fixture, html } from '@open-wc/testing';
import { setViewport } from '../shared/viewport.js';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/define/all.js';
import type { ArticleView } from '../../src/elements/article-view/article-view.js';
import { SEED, loadArticle } from '../elements/helpers.js';
import { engine, skipBecause } from '../shared/engine.js';

/** One font and size everywhere, so the pictures depend on the elements alone. */
const FRAME = 'font: 16px/1.5 "DejaVu Sans", sans-serif; padding: 16px; width: fit-content;';

async function frame(scheme: 'light' | 'dark', width: number, content: unknown) {
  const el = await fixture<HTMLDivElement>(
    html`<div style="${FRAME} color-scheme:${scheme}; background:${scheme === 'dark' ? '#16161a' : '#fff'}">
      <div style="width:${width}px">${content}</div>
    </div>`,
  );
  // the elements follow their own colour-scheme (the way a page pins them), not an ancestor's
  for (const child of el.querySelectorAll<ArticleView>('article-view, quote-card, speaker-badge')) {
    child.style.colorScheme = scheme;
    await child.updateComplete;
  }
  await document.fonts.ready;
  return el;
}

/** The seed article's first paragraphs: enough for every kind of quote and all four speakers. */
async function seedStart() {
  const article = await loadArticle(SEED);
  const cut = article.body.indexOf('\n', article.quotes.find((q) => q.id === 'q7')!.end);
  return { ...article, body: article.body.slice(0, cut), quotes: article.quotes.filter((q) => q.end <= cut) };
}

describe('the look (Chromium screenshots)', () => {
  before(async function () {
    if (engine !== 'chromium') skipBecause(this, 'the baselines are Chromium\'s; engines draw text differently');
    await setViewport({ width: 1200, height: 2000 });
  });
  after(async () => {
    if (engine === 'chromium') await setViewport({ width: 800, height: 600 });
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`article-view, wide, ${scheme}`, async () => {
      const el = await frame(scheme, 1000, html`<article-view .article=${await seedStart()}></article-view>`);
      await visualDiff(el, `article-view-wide-${scheme}`);
    });

    it(`quote-card and speaker badges, ${scheme}`, async () => {
      const el = await frame(
        scheme,
        520,
        html`<quote-card speaker="Boris Bondarev" speaker-role="Diplomat" source="The Associated Press" date="2022-05-23"
            >It is intolerable what my government is doing now.</quote-card
          >
          <p>
            <speaker-badge name="Boris Bondarev" speaker-role="Diplomat" count="22"></speaker-badge>
            <speaker-badge name="Hiller Neuer" compact></speaker-badge>
            <speaker-badge name="Some colleagues" selectable selected count="1"></speaker-badge>
          </p>`,
      );
      await visualDiff(el, `cards-badges-${scheme}`);
    });
  }

  it('quote-card from data and a selected badge, narrow', async () => {
    const el = await frame(
      'light',
      300,
      html`<quote-card .article=${await seedStart()} quote-id="q6"></quote-card>
        <p><speaker-badge name="Other colleagues" speaker-role="Russian diplomats" selectable selected count="1"></speaker-badge></p>`,
    );
    await el.querySelector('quote-card')!.updateComplete;
    await visualDiff(el, 'card-badge-narrow');
  });

  it('article-view, a speaker selected', async () => {
    const el = await frame('light', 1000, html`<article-view speaker="boris-bondarev" .article=${await seedStart()}></article-view>`);
    await visualDiff(el, 'article-view-selected');
  });

  it('article-view, narrow, panel open', async () => {
    const el = await frame('light', 380, html`<article-view .article=${await seedStart()}></article-view>`);
    const view = el.querySelector('article-view')!;
    view.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.click();
    await elementUpdated(view);
    await visualDiff(el, 'article-view-narrow-open');
  });
});
