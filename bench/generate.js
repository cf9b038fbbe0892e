// Writes the benchmark inputs to bench/generated/: the seed article, and a generated article of
// 1,000 paragraphs and 2,000 quotes (two per paragraph, one nested), text written here.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const out = new URL('./generated/', import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(new URL('seed.json', out), readFileSync(new URL('../demo/data/bondarev-resignation.json', import.meta.url)));

const SPEAKERS = Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, name: `Speaker Number${i}`, role: `Role ${i}` }));
const paragraphs = [];
const quotes = [];
let offset = 0;
for (let i = 0; i < 1000; i++) {
  const lead = `Paragraph ${i} opens with some narration about the council budget and the bridge. `;
  const words = `We will review the plan ${i} and report back to the committee next week,`;
  const tail = ` said Speaker Number${i % 12}. Later the aide repeated the "short phrase ${i}" twice.`;
  const paragraph = `${lead}"${words}"${tail}`;
  const qStart = offset + lead.length + 1;
  quotes.push({ id: `q${i}a`, start: qStart, end: qStart + words.length, text: words, kind: 'direct', speaker: `s${i % 12}` });
  const phrase = `short phrase ${i}`;
  const pStart = offset + paragraph.indexOf(phrase);
  quotes.push({ id: `q${i}b`, start: pStart, end: pStart + phrase.length, text: phrase, kind: 'mixed', speaker: `s${(i + 1) % 12}` });
  paragraphs.push(paragraph);
  offset += paragraph.length + 1;
}
const large = {
  version: 1,
  id: 'large',
  headline: 'A generated article of 1,000 paragraphs and 2,000 quotes',
  language: 'en',
  body: paragraphs.join('\n'),
  speakers: SPEAKERS,
  quotes,
};
writeFileSync(new URL('large.json', out), JSON.stringify(large));
console.log(`bench inputs: seed (${readFileSync(new URL('seed.json', out)).length} bytes), large (${large.body.length} characters, ${quotes.length} quotes)`);
