// What the WordPress test posts: the README's snippets, hostile markup, and blocks as the block
// editor serializes them.

// The README's WordPress snippets, as authors type them.
export const SHORTCODES = [
  '[article_view src="/wp-content/uploads/bondarev-resignation.json"]',
  '[quote_card speaker="Boris Bondarev" role="Diplomat" source="The Associated Press" href="https://apnews.com/" date="2022-05-23"]I didn\'t think so far.[/quote_card]',
  '[speaker_badge name="Boris Bondarev" role="Diplomat" count="22"]',
];
// Tags typed over several lines, which wpautop would break: a <br> for each line break inside, and
// a <p> around <article-view> that the browser closes at the fallback's own <p>.
export const FALLBACK = 'The article as plain HTML, shown until the annotated version is ready.';
export const TAGS = `<article-view src="/wp-content/uploads/bondarev-resignation.json">
<p>${FALLBACK}</p>
</article-view>

<quote-card speaker="Hiller Neuer" speaker-role="Executive director, UN Watch" date="2022-05-23">
Boris Bondarev is a hero.
</quote-card>`;
// A quote card shortcode over several paragraphs: wpautop runs before shortcodes, inside it too.
export const QUOTE_PARAGRAPHS = `[quote_card speaker="Ana Ruiz" source="Example News"]

We will rebuild it.

By spring.

[/quote_card]`;

// What kses must still remove from an author's or a contributor's post.
export const HOSTILE = [
  '<script>window.hacked = "script"</script>',
  '<quote-card speaker="Mallory" onclick="window.hacked = \'onclick\'" href="javascript:window.hacked = \'href\'" image="javascript:window.hacked = \'image\'">Hostile words</quote-card>',
  '<article-view src="javascript:window.hacked = \'src\'" onmouseover="window.hacked = \'onmouseover\'"><script type="application/json">{"version":1}</script></article-view>',
  '<speaker-badge name="Eve" image="javascript:window.hacked = \'badge\'" onerror="window.hacked = \'onerror\'"></speaker-badge>',
].join('\n');
// Shortcode values that try to break out of their attribute or smuggle a URL.
export const HOSTILE_SHORTCODES = [
  '[quote_card speaker="&quot;&gt;&lt;img src=x onerror=window.hacked=1&gt;" href="javascript:window.hacked=2" image="data:text/html,x"]Words[/quote_card]',
  '[speaker_badge name="Eve&quot; onmouseover=&quot;window.hacked=3" image="javascript:window.hacked=4" count="3 onclick=x"]',
  '[article_view src="javascript:window.hacked=5"]',
].join('\n');

// An article whose text holds what HTML filters like to change: < > & quotes, a backslash, "-->".
export const TRICKY = {
  version: 1,
  id: 'bridge-vote',
  headline: 'Council votes <b>on</b> the bridge & the road',
  language: 'en',
  url: 'https://example.com/news/bridge',
  source: 'Example News',
  published: '2024-05-02',
  body:
    'The mayor spoke first.\n"We will rebuild it by spring -- AT&T or not, <b>no</b> excuses \\0 </script>," said Ana Ruiz, the mayor.\n' +
    'The council promised "a vote in June". Ruiz said the road would reopen first.',
  speakers: [
    { id: 'ana-ruiz', name: 'Ana Ruiz', role: 'Mayor' },
    { id: 'council', name: 'City council', kind: 'organization', description: 'The elected council' },
  ],
  quotes: [],
};
export const words = 'We will rebuild it by spring -- AT&T or not, <b>no</b> excuses \\0 </script>,';
const quote = (id, text, kind, speaker) => ({ id, start: TRICKY.body.indexOf(text), end: TRICKY.body.indexOf(text) + text.length, text, kind, speaker });
TRICKY.quotes.push(
  quote('q1', words, 'direct', 'ana-ruiz'),
  quote('q2', 'a vote in June', 'mixed', 'council'),
  // Reported speech: not in the schema.org data.
  quote('q3', 'the road would reopen first', 'indirect', 'ana-ruiz'),
);

/** Article JSON as the block editor stores it: < > & and \ as \u escapes, which kses leaves alone. */
const blockJson = (article) =>
  JSON.stringify(article).replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`).replace(/\\\\/g, '\\u005c');
/** A block comment, its attributes serialized the way the block editor does. */
const block = (name, attributes) => {
  const json = JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
  return `<!-- wp:article-annotations/${name} ${json} /-->`;
};
export const BLOCKS = [
  block('article-view', { article: blockJson(TRICKY) }),
  block('quote-card', { text: 'It is intolerable what my government is doing now,', speaker: 'Boris Bondarev', speakerRole: 'Diplomat', source: 'The Associated Press', href: 'https://apnews.com/', date: '2022-05-23' }),
  block('speaker-badge', { name: 'Hiller Neuer', speakerRole: 'UN Watch', count: '3' }),
].join('\n\n');
