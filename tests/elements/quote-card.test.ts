import { aTimeout, elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define/quote-card.js';
import type { QuoteCard } from '../../src/elements/quote-card/quote-card.js';
import type { SpeakerBadge } from '../../src/elements/speaker-badge/speaker-badge.js';
import { captureWarnings } from '../shared/warnings.js';
import { MISSING, SMALL, loadArticle, slowFetch, stubFetch, until } from './helpers.js';

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const badge = (el: QuoteCard) => $<SpeakerBadge>(el, 'speaker-badge');
const status = (el: QuoteCard) => $(el, '.actions [role="status"]')!;

/** Replaces navigator.clipboard for one test. */
function stubClipboard(writeText: (text: string) => Promise<void>): () => void {
  const had = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return () => {
    if (had) Object.defineProperty(navigator, 'clipboard', had);
    else delete (navigator as { clipboard?: unknown }).clipboard;
  };
}

async function loaded(el: QuoteCard) {
  await until(() => el.state !== 'loading', 5000, 'the quote to load');
  await elementUpdated(el);
  return el;
}

describe('quote-card', () => {
  describe('from attributes and content', () => {
    it('renders a figure with the words, speaker, linked source and date', async () => {
      const el = await fixture<QuoteCard>(html`<quote-card
        speaker="Boris Bondarev"
        speaker-role="Diplomat"
        source="The Associated Press"
        href="https://apnews.com/article/x"
        date="2022-05-23"
        >It is intolerable what my government is doing now.</quote-card
      >`);
      const figure = $(el, 'figure')!;
      const blockquote = $(el, 'blockquote')!;
      expect(figure.getAttribute('part')).to.contain('base');
      expect(blockquote.getAttribute('cite')).to.equal('https://apnews.com/article/x');
      expect($<HTMLSlotElement>(el, 'blockquote slot')!.assignedNodes()[0].textContent).to.equal(
        'It is intolerable what my government is doing now.',
      );
      expect(badge(el)!.name).to.equal('Boris Bondarev');
      expect(badge(el)!.speakerRole).to.equal('Diplomat');
      const link = $<HTMLAnchorElement>(el, 'figcaption a')!;
      expect(link.textContent).to.equal('The Associated Press');
      expect(link.getAttribute('href')).to.equal('https://apnews.com/article/x');
      expect($(el, 'figcaption time')!.getAttribute('datetime')).to.equal('2022-05-23');
      expect($(el, 'figcaption time')!.textContent).to.equal('May 23, 2022');
      expect(el.getAttribute('state')).to.equal('ready');
      await expect(el).to.be.accessible();
    });

    it('keeps a date without a time a date, and separates it from the source', async () => {
      for (const [date, lang, shown] of [
        ['March 2, 2026', 'en', 'March 2, 2026'],
        ['2026-03-02', 'en', 'March 2, 2026'],
        ['2 March 2026', 'de', '2. März 2026'],
      ]) {
        const el = await fixture<QuoteCard>(html`<div lang=${lang}><quote-card source="The Paper" date=${date}>Words</quote-card></div>`);
        const card = el.querySelector('quote-card')!;
        await elementUpdated(card);
        expect($(card, 'figcaption time')!.textContent, date).to.equal(shown);
        expect($(card, 'figcaption .meta')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`The Paper · ${shown}`);
      }
      const timed = await fixture<QuoteCard>(html`<quote-card date="2026-03-02T14:30:00Z">Words</quote-card>`);
      expect($(timed, 'time')!.textContent).to.match(/2026.*\d:30/);
    });

    it('shows a quotation-mark glyph that screen readers skip', async () => {
      const el = await fixture<QuoteCard>(html`<quote-card speaker="A B">Words</quote-card>`);
      const mark = $(el, '.mark')!;
      expect(mark.textContent).to.equal('“');
      expect(mark.getAttribute('aria-hidden')).to.equal('true');
      expect(mark.getBoundingClientRect().height).to.be.greaterThan(10);
      expect(getComputedStyle(mark).color).to.equal(getComputedStyle($(el, 'figure')!).borderInlineStartColor);
    });

    it('never links an unsafe href', async () => {
      const el = await fixture<QuoteCard>(html`<quote-card source="Evil" href="javascript:alert(1)">Words</quote-card>`);
      expect($(el, 'blockquote')!.hasAttribute('cite')).to.equal(false);
      expect($(el, 'figcaption a')).to.equal(null);
      expect($(el, 'figcaption')!.textContent).to.contain('Evil');
    });

    it('resists page CSS on blockquote and button', async () => {
      const style = document.createElement('style');
      style.textContent = 'blockquote { margin: 80px; background: red; } button { display: none; }';
      document.head.append(style);
      try {
        const el = await fixture<QuoteCard>(html`<quote-card speaker="A B">Words</quote-card>`);
        expect(getComputedStyle($(el, 'blockquote')!).marginLeft).to.equal('0px');
        expect(getComputedStyle($(el, '[part="copy-button"]')!).display).to.not.equal('none');
      } finally {
        style.remove();
      }
    });
  });

  describe('copy', () => {
    it('copies “words” — Speaker, Source and says so', async () => {
      const copied: string[] = [];
      const restore = stubClipboard(async (text) => {
        copied.push(text);
      });
      try {
        const el = await fixture<QuoteCard>(html`<quote-card speaker="Boris Bondarev" source="The Associated Press">
          <p>It is intolerable   what my government is doing now.</p>
        </quote-card>`);
        expect(status(el).textContent).to.equal('');
        const event = oneEvent(el, 'quote-copy');
        $<HTMLButtonElement>(el, '[part="copy-button"]')!.click();
        const { detail } = await event;
        const expected = '“It is intolerable what my government is doing now.” — Boris Bondarev, The Associated Press';
        expect(detail.text).to.equal(expected);
        expect(copied).to.deep.equal([expected]);
        await elementUpdated(el);
        expect(status(el).textContent).to.equal('Copied');
        await expect(el).to.be.accessible();
      } finally {
        restore();
      }
    });

    it('copies one pair of marks, separate paragraphs, and no trailing comma from the article', async () => {
      const copied: string[] = [];
      const restore = stubClipboard(async (text) => {
        copied.push(text);
      });
      try {
        const marked = await fixture<QuoteCard>(html`<quote-card speaker="A B">“I didn't think so far.”</quote-card>`);
        const paragraphs = await fixture<QuoteCard>(html`<quote-card speaker="A B"><p>First paragraph.</p><p>Second one.</p></quote-card>`);
        const article = await loadArticle();
        const fromData = await loaded(await fixture<QuoteCard>(html`<quote-card .article=${article} quote-id="a2"></quote-card>`));
        for (const card of [marked, paragraphs, fromData]) {
          $<HTMLButtonElement>(card, '[part="copy-button"]')!.click();
          await elementUpdated(card);
        }
        await until(() => copied.length === 3);
        expect(copied).to.deep.equal([
          "“I didn't think so far.” — A B",
          '“First paragraph.\nSecond one.” — A B',
          '“Maybe” — Alice Archer, Test Gazette',
        ]);
        // the card shows the words without the comma that ended the article's sentence
        expect($(fromData, 'blockquote')!.textContent).to.equal('Maybe');
      } finally {
        restore();
      }
    });

    it('explains when the clipboard is not available', async () => {
      const restore = stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
      try {
        const el = await fixture<QuoteCard>(html`<quote-card speaker="A B">Words</quote-card>`);
        let fired = false;
        el.addEventListener('quote-copy', () => (fired = true));
        $<HTMLButtonElement>(el, '[part="copy-button"]')!.click();
        await until(() => status(el).textContent !== '');
        expect(status(el).textContent).to.equal('Could not copy: select the words and copy them yourself.');
        expect(fired).to.equal(false);
      } finally {
        restore();
      }
    });
  });

  describe('from data', () => {
    it('shows a quote of the article property by quoteId', async () => {
      const article = await loadArticle();
      const el = await fixture<QuoteCard>(html`<quote-card .article=${article} quote-id="b1"></quote-card>`);
      expect($(el, 'blockquote')!.textContent).to.equal('it was “not likely at all”');
      expect($(el, 'blockquote')!.getAttribute('lang')).to.equal('en');
      expect(badge(el)!.name).to.equal('Bob Brown');
      expect(badge(el)!.speakerRole).to.equal('Coach');
      expect($(el, 'figcaption a')!.textContent).to.equal('Test Gazette');
      expect(el.copyText).to.equal('“it was “not likely at all”” — Bob Brown, Test Gazette');
    });

    it('lets attributes that are set win over the data', async () => {
      const article = await loadArticle();
      const el = await fixture<QuoteCard>(html`<quote-card .article=${article} quote-id="b1" speaker="Robert Brown" speaker-role="Head coach"
        image="/tests/fixtures/pixel.png" source="The Courier" href="https://example.org/story" date="2024-03-06"></quote-card>`);
      await badge(el)!.updateComplete;
      expect($(el, 'blockquote')!.textContent).to.equal('it was “not likely at all”');
      expect($(el, 'blockquote')!.getAttribute('cite')).to.equal('https://example.org/story');
      expect(badge(el)!.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal('Robert Brown');
      expect(badge(el)!.shadowRoot!.querySelector('[part="role"]')!.textContent).to.equal('Head coach');
      expect(badge(el)!.shadowRoot!.querySelector('img')!.getAttribute('src')).to.equal('/tests/fixtures/pixel.png');
      expect($(el, 'figcaption a')!.textContent).to.equal('The Courier');
      expect($(el, 'figcaption a')!.getAttribute('href')).to.equal('https://example.org/story');
      expect($(el, 'time')!.getAttribute('datetime')).to.equal('2024-03-06');
      expect(el.copyText).to.equal('“it was “not likely at all”” — Robert Brown, The Courier');
    });

    it('fetches src and shows quote-id', async () => {
      const el = await loaded(await fixture<QuoteCard>(html`<quote-card src=${SMALL} quote-id="a1"><p>fallback</p></quote-card>`));
      expect($(el, 'blockquote')!.textContent).to.equal('We will win. Really.');
      expect(badge(el)!.name).to.equal('Alice Archer');
      expect($(el, 'time')!.getAttribute('datetime')).to.equal('2024-03-05');
      await expect(el).to.be.accessible();
    });

    it('shows the quote and speaker properties', async () => {
      const article = await loadArticle();
      const el = await fixture<QuoteCard>(html`<quote-card .quote=${article.quotes[0]} .speaker=${article.speakers[0]} source="Gazette"></quote-card>`);
      expect($(el, 'blockquote')!.textContent).to.equal('We will win. Really.');
      expect(badge(el)!.name).to.equal('Alice Archer');
      expect(el.copyText).to.equal('“We will win. Really.” — Alice Archer, Gazette');
    });

    it('shows the loading state', async () => {
      const restore = stubFetch(slowFetch(10000, () => ''));
      try {
        const el = await fixture<QuoteCard>(html`<quote-card src="/slow.json" quote-id="a1">Fallback words</quote-card>`);
        expect(el.getAttribute('state')).to.equal('loading');
        expect($(el, 'figure')!.getAttribute('aria-busy')).to.equal('true');
        expect($(el, 'figure > [role="status"]')!.textContent).to.equal('Loading…');
        await expect(el).to.be.accessible();
      } finally {
        restore();
      }
    });
  });

  describe('errors', () => {
    // plain words for the reader; the technical reason goes to the console
    const warnings = captureWarnings();

    it('names the missing quote id and the URL', async () => {
      const el = await loaded(await fixture<QuoteCard>(html`<quote-card src=${SMALL} quote-id="nope">Fallback</quote-card>`));
      expect(el.getAttribute('state')).to.equal('error');
      expect($(el, '[part="error"]')!.textContent).to.equal('This quote could not be loaded.');
      expect($(el, '[part="error"]')!.getAttribute('role')).to.equal('status');
      expect(warnings.join('\n')).to.contain(`No quote with id "nope" in ${SMALL}.`);
      await expect(el).to.be.accessible();
      el.quoteId = 'a1';
      await elementUpdated(el);
      expect(el.state).to.equal('ready');
      expect($(el, '[part="error"]')).to.equal(null);
    });

    it('names the HTTP status and URL when the fetch fails', async () => {
      const el = await loaded(await fixture<QuoteCard>(html`<quote-card src=${MISSING} quote-id="a1">Fallback</quote-card>`));
      expect($(el, '[part="error"]')!.textContent).to.equal('This quote could not be loaded.');
      expect(warnings.join('\n')).to.contain(`Could not load ${MISSING}: HTTP 404 Not Found.`);
      // the written words stay
      expect($<HTMLSlotElement>(el, 'blockquote slot')!.assignedNodes()[0].textContent).to.equal('Fallback');
    });
  });

  describe('strings and theming', () => {
    it('replaces the words', async () => {
      const restore = stubClipboard(async () => {});
      try {
        const el = await fixture<QuoteCard>(html`<quote-card speaker="A B" .strings=${{ copy: 'Kopieren', copied: 'Kopiert', openQuote: '„', closeQuote: '“' }}>Worte</quote-card>`);
        const button = $<HTMLButtonElement>(el, '[part="copy-button"]')!;
        expect(button.textContent).to.equal('Kopieren');
        expect(el.copyText).to.equal('„Worte“ — A B');
        button.click();
        await until(() => status(el).textContent === 'Kopiert');
      } finally {
        restore();
      }
      await aTimeout(0);
    });

    it('follows --quote-card-accent', async () => {
      const el = await fixture<QuoteCard>(html`<quote-card style="--quote-card-accent: rgb(200, 0, 0)" speaker="A B">Words</quote-card>`);
      expect(getComputedStyle($(el, 'figure')!).borderInlineStartColor).to.equal('rgb(200, 0, 0)');
    });
  });
});
