// The JSON Schema shipped as article-annotations/schema.json, checked with a standard validator
// (Ajv, draft 2020-12) the way a CMS or an editor would use it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync(new URL('../../schema.json', import.meta.url), 'utf8'));
const seed = JSON.parse(readFileSync(new URL('../../demo/data/bondarev-resignation.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
const validate = ajv.compile(schema);

test('schema.json is a valid draft 2020-12 schema and accepts the seed article', () => {
  assert.equal(validate(seed), true, JSON.stringify(validate.errors));
});

test('schema.json rejects what validation reports as errors', () => {
  const bad = structuredClone(seed);
  bad.version = 2;
  bad.quotes[0].kind = 'shouted';
  delete bad.speakers[0].name;
  bad.extra = true;
  assert.equal(validate(bad), false);
  const paths = validate.errors.map((e) => [e.instancePath, e.params.missingProperty ?? e.params.additionalProperty].filter(Boolean).join('/'));
  for (const expected of ['/version', '/quotes/0/kind', '/speakers/0/name', 'extra']) assert.ok(paths.includes(expected), `${expected} in ${paths}`);
});

test('a speaker may be marked as an organization; other kinds are rejected', () => {
  const data = structuredClone(seed);
  data.speakers[0].kind = 'organization';
  assert.equal(validate(data), true, JSON.stringify(validate.errors));
  data.speakers[0].kind = 'company';
  assert.equal(validate(data), false);
  assert.equal(validate.errors[0].instancePath, '/speakers/0/kind');
});
