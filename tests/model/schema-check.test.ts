// The schema walker behind validateArticle: each keyword, the message it gives, and the cleaned copy.
import { expect } from '@open-wc/testing';
import type { Problem } from '../../src/model/problems.js';
import { checkSchema, describe as describeValue, joinPath, type SchemaNode } from '../../src/model/schema-check.js';

function check(value: unknown, node: SchemaNode, path = 'x') {
  const problems: Problem[] = [];
  const result = checkSchema(value, node, path, problems);
  return { ...result, problems: problems.map((p) => `${p.severity} ${p.path}: ${p.message}`) };
}
const fails = (value: unknown, node: SchemaNode) => check(value, node).problems;

describe('checkSchema', () => {
  it('checks types, naming what was expected and what came', () => {
    expect(fails(1.5, { type: 'integer' })).to.deep.equal(['error x: expected a whole number, got 1.5']);
    expect(fails(Infinity, { type: 'number' })).to.deep.equal(['error x: expected a number, got Infinity']);
    expect(fails(NaN, { type: 'number' })).to.deep.equal(['error x: expected a number, got NaN']);
    expect(fails('1', { type: 'number' })).to.deep.equal(['error x: expected a number, got "1"']);
    expect(fails({}, { type: 'array' })).to.deep.equal(['error x: expected an array, got an object']);
    expect(fails([], { type: 'object' })).to.deep.equal(['error x: expected an object, got an array']);
    expect(fails(null, { type: 'object' })).to.deep.equal(['error x: expected an object, got null']);
    expect(fails(0, { type: 'null' })).to.deep.equal(['error x: expected a null, got 0']);
    expect(fails('x', { type: 'boolean' })).to.deep.equal(['error x: expected a boolean, got "x"']);
    expect(fails(undefined, { type: 'string' })).to.deep.equal(['error x: expected a string, got undefined']);
    for (const [value, type] of [[3, 'integer'], [-2.5, 'number'], [[], 'array'], [{}, 'object'], [null, 'null'], [false, 'boolean'], ['', 'string']] as const) {
      expect(check(value, { type })).to.deep.include({ ok: true, value, problems: [] });
    }
  });

  it('checks const, enum and anyOf', () => {
    expect(fails(2, { const: 1 })).to.deep.equal(['error x: expected 1, got 2']);
    expect(check(1, { const: 1 }).ok).to.equal(true);
    expect(fails('c', { enum: ['a', 'b'] })).to.deep.equal(['error x: expected one of "a", "b", got "c"']);
    expect(check('b', { enum: ['a', 'b'] }).ok).to.equal(true);
    const nullable: SchemaNode = { anyOf: [{ type: 'string' }, { type: 'null' }] };
    expect(fails(5, nullable)).to.deep.equal(['error x: expected a string or a null, got 5']);
    expect(check(null, nullable)).to.deep.include({ ok: true, value: null, problems: [] });
    expect(check('s', nullable)).to.deep.include({ ok: true, value: 's', problems: [] });
  });

  it('checks bounds, empty strings, patterns and URLs', () => {
    const share: SchemaNode = { type: 'number', minimum: 0, maximum: 1 };
    expect(fails(-0.5, share)).to.deep.equal(['error x: must be at least 0, got -0.5']);
    expect(fails(2, share)).to.deep.equal(['error x: must be at most 1, got 2']);
    expect(check(0, share).ok && check(1, share).ok).to.equal(true);
    expect(fails('', { type: 'string', minLength: 1 })).to.deep.equal(['error x: must not be empty']);
    expect(check('a', { type: 'string', minLength: 1 }).ok).to.equal(true);
    expect(fails('A1', { type: 'string', pattern: '^[a-z]+$' })).to.deep.equal(['error x: "A1" is not in the expected format']);
    expect(check('ab', { type: 'string', pattern: '^[a-z]+$' }).ok).to.equal(true);
    expect(fails('javascript:x', { type: 'string', format: 'uri-reference' })).to.deep.equal(['error x: "javascript:x" is not an http(s) or relative URL']);
    expect(check('/a', { type: 'string', format: 'uri-reference' }).ok).to.equal(true);
    expect(fails('x'.repeat(50), { type: 'string', pattern: '^y' })).to.deep.equal([`error x: "${'x'.repeat(37)}…" is not in the expected format`]);
  });

  it('keeps the good items of a list, reporting each bad one by index', () => {
    expect(check([1, 'a', 3, 4.5], { type: 'array', items: { type: 'integer' } }, 'list')).to.deep.equal({
      ok: true,
      value: [1, 3],
      problems: ['error list[1]: expected a whole number, got "a"', 'error list[3]: expected a whole number, got 4.5'],
    });
  });

  it('copies the known fields of an object, drops bad optional ones, and fails on a missing or bad required one', () => {
    const person: SchemaNode = {
      type: 'object',
      required: ['name'],
      additionalProperties: false,
      properties: { name: { type: 'string', minLength: 1 }, age: { type: 'integer' } },
    };
    expect(check({ name: 'Ana', age: 40 }, person)).to.deep.equal({ ok: true, value: { name: 'Ana', age: 40 }, problems: [] });
    expect(check({ name: 'Ana', age: 'old', extra: 1, constructor: 2 }, person)).to.deep.equal({
      ok: true,
      value: { name: 'Ana' },
      problems: ['error x.age: expected a whole number, got "old"', 'warning x.extra: unknown field, ignored', 'warning x.constructor: unknown field, ignored'],
    });
    expect(check({ age: 1 }, person)).to.deep.equal({ ok: false, value: { age: 1 }, problems: ['error x.name: missing'] });
    expect(check({ name: '' }, person)).to.deep.equal({ ok: false, value: {}, problems: ['error x.name: must not be empty'] });
    // Without additionalProperties: false, unknown fields are dropped silently.
    expect(check({ name: 'Ana', extra: 1 }, { ...person, additionalProperties: undefined })).to.deep.equal({ ok: true, value: { name: 'Ana' }, problems: [] });
    // The document itself is "$" in messages; its fields have plain names.
    expect(check(5, person, '').problems).to.deep.equal(['error $: expected an object, got 5']);
    expect(check({}, person, '').problems).to.deep.equal(['error name: missing']);
  });
});

describe('messages', () => {
  it('describe a value briefly', () => {
    expect([null, [1], {}, 'hi', 5, true, undefined].map(describeValue)).to.deep.equal(['null', 'an array', 'an object', '"hi"', '5', 'true', 'undefined']);
    expect(describeValue('y'.repeat(41))).to.equal(`"${'y'.repeat(37)}…"`);
    expect(describeValue('y'.repeat(40))).to.equal(`"${'y'.repeat(40)}"`);
  });

  it('join paths', () => {
    expect(joinPath('', 'body')).to.equal('body');
    expect(joinPath('quotes[3]', 'speaker')).to.equal('quotes[3].speaker');
  });
});
