// Runs lit-analyzer (strict) on the elements' templates; exits 1 on any problem.
//
// lit-analyzer 2 needs TypeScript's JS API, which the project's TypeScript 7 (the native port) does
// not have: it is pointed at the TypeScript 5.2 that its own web-component-analyzer brings, so both
// share one compiler. Three rules are off because their data is older than what the elements use:
// - no-invalid-css: its CSS data predates container queries and `color-scheme`;
// - no-unknown-property: its DOM data has `style` as read-only, and the elements set `.style` on
//   purpose (CSSOM is allowed under a strict Content-Security-Policy, a style attribute is not);
// - no-unknown-attribute: web-component-analyzer 2 reads Lit properties only from decorators and
//   `static get properties()`, not from the `static properties = {…}` field the elements use (fewer
//   bytes than decorators), so every attribute of our own elements would be reported.
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);
const typescript = require.resolve('typescript', { paths: [dirname(require.resolve('web-component-analyzer'))] });
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'typescript' ? typescript : resolve.call(this, request, ...rest);
};
const OFF = ['no-invalid-css', 'no-unknown-property', 'no-unknown-attribute'].flatMap((rule) => [`--rules.${rule}`, 'off']);
const files = process.argv.length > 2 ? process.argv.slice(2) : ['src/elements/**/*.ts'];
process.argv = [process.argv[0], 'lit-analyzer', '--strict', '--quiet', ...OFF, ...files];
await require('lit-analyzer').cli();
