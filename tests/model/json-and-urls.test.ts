// Where malformed JSON breaks, and which URLs from data may become links or images.
import { expect } from '@open-wc/testing';
import { firstJsonError, lineAndColumn } from '../../src/model/json-error.js';
import { safeUrl } from '../../src/model/urls.js';

describe('firstJsonError: the offset of the first character that makes JSON invalid', () => {
  it('finds none in valid documents', () => {
    for (const json of ['{}', '[]', '{ }', '[ ]', '0', '-1.5e+3', '"x"', 'true', ' {"a" :1, "b" : [ ] } ', '{"a":[1,{"b":null}],"c":-1.5e+3}', '[true, false, null, "x\\u00e9\\n\\"\\/"]']) {
      expect(firstJsonError(json), json).to.equal(-1);
      expect(() => JSON.parse(json)).not.to.throw();
    }
  });

  const broken: Array<[string, number]> = [
    ['', 0], [' ', 1], ['[', 1], ['tru', 0], ['-', 0], ['"abc', 0], ['"\\x"', 0], ['"\u0001"', 0],
    ['01', 1], ['1.', 1], ['1e', 1], ['1 2', 2], ['[1 2]', 3], ['[1,]', 3], ['[1,2', 4], ['[]]', 2],
    ['{,}', 1], ['{1:2}', 1], ['{"a" 1}', 5], ['{"a"', 4], ['{"a":}', 5], ['{"a":1', 6], ['{"a":1 "b":2}', 7],
    ['{"a":1,}', 7], ['{"a":1,  }', 9], ['{"a":1,"b"}', 10], ['{"a":1}}', 7], ['[1,\n 2,\n x]', 9],
  ];
  for (const [json, at] of broken) {
    it(`${JSON.stringify(json)}: at ${at}`, () => {
      expect(firstJsonError(json)).to.equal(at);
      expect(() => JSON.parse(json)).to.throw();
    });
  }
});

describe('lineAndColumn', () => {
  it('counts lines and columns from 1, a line break belonging to the line it ends', () => {
    expect(lineAndColumn('a\nbc\nd', 0)).to.equal('line 1, column 1');
    expect(lineAndColumn('a\nbc\nd', 3)).to.equal('line 2, column 2');
    expect(lineAndColumn('a\nbc\nd', 6)).to.equal('line 3, column 2');
    expect(lineAndColumn('a\nb', 1)).to.equal('line 1, column 2');
    expect(lineAndColumn('a\nb', 2)).to.equal('line 2, column 1');
    expect(lineAndColumn('\n\n', 2)).to.equal('line 3, column 1');
  });
});

describe('safeUrl', () => {
  it('keeps http(s) and relative URLs, trimmed', () => {
    for (const url of ['https://a.example/x', 'HTTP://A.EXAMPLE', 'a/b', '#x', '?q=1', '//cdn.example/x', 'https:']) {
      expect(safeUrl(url), url).to.equal(url);
    }
    expect(safeUrl('  /img/a.png  ')).to.equal('/img/a.png');
  });

  it('refuses every other scheme however it is spelled, and what is not a URL', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:x', '\u0001javascript:x', ' data:text/html,x', 'vbscript:x', 'mailto:a@b', 'ftp://x', 'x:y', 'a:b/c', 'c:\\x', 'http://[', '', '   ']) {
      expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
    }
    for (const value of [5, null, undefined, {}, ['https://a.example']]) expect(safeUrl(value)).to.equal(undefined);
  });
});
