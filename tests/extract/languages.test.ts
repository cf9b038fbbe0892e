// Quotation styles of other languages, one short text each (all text written here).
import { expect } from '@open-wc/testing';
import { extract } from '../../src/extract/index.js';
import type { Article } from '../../src/model/types.js';
import { expectLinear } from '../shared/growth.js';

/** Per quotation: kind, text, source mention, cue, speaker name (role), and what it continues. */
const rows = (text: string, language: string) => {
  const a: Article = extract(text, { language });
  for (const q of a.quotes) {
    expect(q.text).to.equal(text.slice(q.start, q.end));
    if (q.source) expect(q.source.text).to.equal(text.slice(q.source.start, q.source.end));
  }
  return a.quotes.map((q) => {
    const sp = a.speakers.find((s) => s.id === q.speaker);
    return [q.kind, q.text, q.source?.text ?? null, q.cue?.text ?? null, sp ? sp.name + (sp.role ? ` (${sp.role})` : '') : null, q.continues ?? null];
  });
};

describe('extract: Japanese', () => {
  it('「…」と述べた with the speaker before the quotation, a title after the name', () => {
    expect(rows('田中首相は記者団に「増税はしない」と述べた。', 'ja')).to.deep.equal([['direct', '増税はしない', '田中首相', '述べた', '田中 (首相)', null]]);
  });

  it('the speaker between the quotation and its verb; an honorific is no role', () => {
    expect(rows('「景気は回復している」と佐藤氏は語った。', 'ja')).to.deep.equal([['direct', '景気は回復している', '佐藤氏', '語った', '佐藤', null]]);
    expect(rows('佐藤さんが「来年も続けたい」と話した。', 'ja')).to.deep.equal([['direct', '来年も続けたい', '佐藤さん', '話した', '佐藤', null]]);
  });

  it('a surname alone after the full name is the same person', () => {
    expect(rows('佐藤健一議員は「見直しを求める」と批判した。佐藤氏は「次の会議で提案する」と語った。', 'ja').map((r) => r[4])).to.deep.equal(['佐藤健一 (議員)', '佐藤健一 (議員)']);
  });

  it('『…』 inside 「…」 has a speaker of its own', () => {
    expect(rows('鈴木議員は「首相は『増税はしない』と話した」と語った。', 'ja')).to.deep.equal([
      ['direct', '首相は『増税はしない』と話した', '鈴木議員', '語った', '鈴木 (議員)', null],
      ['direct', '増税はしない', '首相', '話した', '首相', null],
    ]);
  });

  it('katakana names, a date before the quotation, a quotation standing alone, a pronoun', () => {
    expect(rows('ロペス大統領は23日、「合意は近い」と強調した。「交渉は順調に進んでいる。」彼は「来週また会う」と説明した。', 'ja')).to.deep.equal([
      ['direct', '合意は近い', 'ロペス大統領', '強調した', 'ロペス (大統領)', null],
      ['direct', '交渉は順調に進んでいる。', 'ロペス大統領', '強調した', 'ロペス (大統領)', 'q1'],
      ['direct', '来週また会う', '彼', '説明した', 'ロペス (大統領)', null],
    ]);
  });

  it('a term in 「」 with no say-verb is not a quotation; time words take は but speak for no one', () => {
    expect(rows('政府は「働き方改革」を進める。', 'ja')).to.deep.equal([]);
    expect(rows('今日は「雨が降る」と述べた。', 'ja')).to.deep.equal([['direct', '雨が降る', null, '述べた', null, null]]);
  });
});

describe('extract: dialogue introduced by a dash', () => {
  it('French: "— Texte, a déclaré Nom." and "— Texte, dit-il."', () => {
    expect(rows('— Nous ne céderons pas, a déclaré Marie Dupont.', 'fr')).to.deep.equal([['direct', 'Nous ne céderons pas', 'Marie Dupont', 'déclaré', 'Marie Dupont', null]]);
    expect(rows('Paul Martin est arrivé tard.\n— La grève continue, dit-il.', 'fr')).to.deep.equal([['direct', 'La grève continue', 'il', 'dit', 'Paul Martin', null]]);
  });

  it('French: speech that goes on after the aside continues the quotation', () => {
    expect(rows('— Nous ne céderons pas, a déclaré Marie Dupont. Nous irons jusqu’au bout.', 'fr')).to.deep.equal([
      ['direct', 'Nous ne céderons pas', 'Marie Dupont', 'déclaré', 'Marie Dupont', null],
      ['direct', 'Nous irons jusqu’au bout.', 'Marie Dupont', 'déclaré', 'Marie Dupont', 'q1'],
    ]);
  });

  it('French: an aside inside the guillemets, « Texte, a ajouté Nom. Suite »', () => {
    expect(rows('« Nous avons tout étudié, a ajouté la maire Claire Martin. Le toit coûterait trop cher. »', 'fr')).to.deep.equal([
      ['direct', 'Nous avons tout étudié', 'la maire Claire Martin', 'ajouté', 'Claire Martin (maire)', null],
      ['direct', 'Le toit coûterait trop cher.', 'la maire Claire Martin', 'ajouté', 'Claire Martin (maire)', 'q1'],
    ]);
    // (A comma aside, "poursuit-elle,", and a quotation inside the first part.)
    expect(rows('Marie Dupont est venue. « Le mot “crise”, poursuit-elle, ne suffit plus. »', 'fr').map((r) => r.slice(0, 5))).to.deep.equal([
      ['direct', 'Le mot “crise”', 'elle', 'poursuit', 'Marie Dupont'],
      ['direct', 'ne suffit plus.', 'elle', 'poursuit', 'Marie Dupont'],
    ]);
    // (A comma inside the words before a noun is no aside.)
    expect(rows('« Les prix, les salaires et les horaires », a déclaré Marie Dupont.', 'fr').map((r) => r[1])).to.deep.equal(['Les prix, les salaires et les horaires']);
  });

  it('Spanish: an aside inside the marks, «Texto —añadió Ana—. Más»; an adverb opening a sentence is nobody', () => {
    expect(rows('«Lo hemos estudiado todo —añadió Ana Ruiz—. Solo el tejado costaría demasiado.»', 'es').map((r) => r.slice(0, 5))).to.deep.equal([
      ['direct', 'Lo hemos estudiado todo', 'Ana Ruiz', 'añadió', 'Ana Ruiz'],
      ['direct', 'Solo el tejado costaría demasiado.', 'Ana Ruiz', 'añadió', 'Ana Ruiz'],
    ]);
    expect(extract('La oposición reaccionó. Después anunció que recurrirá la decisión.', { language: 'es' }).speakers.map((s) => s.name)).to.not.include('Después');
  });

  it('German: a quotation of capitalised nouns before ", sagte" is speech, no title; a day before "dass"', () => {
    expect(rows('„Das Vertrauen ist weg“, sagte Klaus Brandt der Agentur dpa.', 'de').map((r) => r.slice(0, 5))).to.deep.equal([['direct', 'Das Vertrauen ist weg', 'Klaus Brandt', 'sagte', 'Klaus Brandt']]);
    expect(rows('Bahnsprecherin Eva Roth sagte am Montag, dass die Pläne finanziert seien.', 'de').map((r) => r.slice(0, 4))).to.deep.equal([['indirect', 'die Pläne finanziert seien', 'Bahnsprecherin Eva Roth', 'sagte']]);
    // (A sign in capitalised nouns is still no speech.)
    expect(rows('Auf dem Plakat stand „Rettet Unsere Bücher“.', 'de')).to.deep.equal([]);
  });

  it('German: „…“, so Name', () => {
    expect(rows('„Wir haben jede Möglichkeit geprüft“, so Bürgermeisterin Anna Keller.', 'de')).to.deep.equal([
      ['direct', 'Wir haben jede Möglichkeit geprüft', 'Bürgermeisterin Anna Keller', 'so', 'Anna Keller (Bürgermeisterin)', null],
    ]);
  });

  it('French: inverted subjects in marked quotations too ("a-t-elle déclaré")', () => {
    expect(rows('Marie Dupont est venue. « Nous resterons ici », a-t-elle déclaré.', 'fr')).to.deep.equal([['direct', 'Nous resterons ici', 'elle', 'déclaré', 'Marie Dupont', null]]);
  });

  it('Spanish: "—Texto —dijo Ana—." and speech after the closing dash', () => {
    expect(rows('—No vamos a ceder —dijo Ana—.', 'es')).to.deep.equal([['direct', 'No vamos a ceder', 'Ana', 'dijo', 'Ana', null]]);
    expect(rows('—No vamos a ceder —afirmó Ana López—. Seguiremos negociando hasta el final.', 'es')).to.deep.equal([
      ['direct', 'No vamos a ceder', 'Ana López', 'afirmó', 'Ana López', null],
      ['direct', 'Seguiremos negociando hasta el final.', 'Ana López', 'afirmó', 'Ana López', 'q1'],
    ]);
  });

  it('a dash line without a cue is a list item, not speech', () => {
    expect(rows('Los acuerdos:\n—Subir los salarios, bajar los precios.\n—Abrir las escuelas.', 'es')).to.deep.equal([]);
    expect(rows('— Les prix, les salaires et les horaires.', 'fr')).to.deep.equal([]);
  });
});

describe('extract: names end at time words and prepositions', () => {
  it('German: "Karl Weber am Montag" is Karl Weber, with or without the preposition', () => {
    expect(rows('„Wir bleiben hier“, sagte Karl Weber am Montag.', 'de')[0]!.slice(2, 5)).to.deep.equal(['Karl Weber', 'sagte', 'Karl Weber']);
    expect(rows('„Wir bleiben hier“, sagte Karl Weber Montag.', 'de')[0]!.slice(2, 5)).to.deep.equal(['Karl Weber', 'sagte', 'Karl Weber']);
    expect(rows('„Wir bleiben hier“, sagte Kanzler Karl Weber gestern in Berlin.', 'de')[0]!.slice(2, 5)).to.deep.equal(['Kanzler Karl Weber', 'sagte', 'Karl Weber (Kanzler)']);
  });

  it('a time phrase between the cue and the name is passed over', () => {
    expect(rows('„Wir bleiben hier“, sagte am Montag Karl Weber.', 'de')[0]!.slice(2, 5)).to.deep.equal(['Karl Weber', 'sagte', 'Karl Weber']);
    expect(rows('« Nous resterons ici », a déclaré lundi Marie Dupont.', 'fr')[0]!.slice(2, 5)).to.deep.equal(['Marie Dupont', 'déclaré', 'Marie Dupont']);
  });

  it('French and Spanish: weekdays, articles and prepositions after the name', () => {
    expect(rows('« Nous resterons ici », a déclaré Marie Dupont lundi à Paris.', 'fr')[0]!.slice(2, 5)).to.deep.equal(['Marie Dupont', 'déclaré', 'Marie Dupont']);
    expect(rows('«No vamos a ceder», dijo Ana López el lunes.', 'es')[0]!.slice(2, 5)).to.deep.equal(['Ana López', 'dijo', 'Ana López']);
  });

  it('English too, but "Secretary of State …" and "Smith\'s lawyer" stay whole', () => {
    expect(rows('"We will win," said Josh Earnest on Monday.', 'en')[0]![2]).to.equal('Josh Earnest');
    expect(rows('"We will win," said Secretary of State John Kerry.', 'en')[0]![4]).to.equal('John Kerry (Secretary of State)');
    expect(rows('"We will win," said Smith\'s lawyer.', 'en')[0]![2]).to.equal("Smith's lawyer");
  });
});

describe('extract: other languages stay linear', function () {
  // Each check runs both sizes up to three times: seconds on a busy machine, where a hang would take minutes.
  this.timeout(60_000);
  /** `make(4n)` takes about 4 times as long as `make(n)`, not 16 (tests/shared/growth.ts). */
  const linear = (make: (n: number) => string, n: number, language: string) => expectLinear(language, (k) => extract(make(k), { language }), n);
  it('20,000 dialogue lines, with and without asides; one long line of asides', () => {
    linear((n) => '— Oui, dit-il. Non, a dit Marie, bon.\n'.repeat(n), 5_000, 'fr');
    linear((n) => '—Texto sin inciso\n'.repeat(n), 5_000, 'es');
    linear((n) => '— a' + ', dit-il. Oui'.repeat(n), 10_000, 'fr');
  });
  it('a million ideographs, and 40,000 quotations with cues', () => {
    linear((n) => '田'.repeat(n) + 'は', 250_000, 'ja');
    linear((n) => '「はい」と田中氏は語った。'.repeat(n), 10_000, 'ja');
  });
});
