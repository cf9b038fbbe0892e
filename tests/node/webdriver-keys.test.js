// The key actions the browser tests send to WebDriver browsers (WebKit): every character pressed and
// released before the next, so that repeated letters and spaces reach the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Key } from 'webdriverio';
import { keyActions } from '../../scripts/webdriver-keys.js';

test('typing presses and releases each character in turn, repeated ones too', () => {
  const actions = keyActions({ type: 'll o' });
  assert.deepEqual(actions.map((a) => `${a.type}:${a.value}`), ['keyDown:l', 'keyUp:l', 'keyDown:l', 'keyUp:l', 'keyDown: ', 'keyUp: ', 'keyDown:o', 'keyUp:o']);
});

test('a character made of several code points is typed as one key', () => {
  assert.deepEqual(keyActions({ type: 'e\u0301' }), [{ type: 'keyDown', value: 'e\u0301' }, { type: 'keyUp', value: 'e\u0301' }]);
});

test('named keys become WebDriver key values; down and up hold and release them', () => {
  assert.deepEqual(keyActions({ down: 'Shift' }), [{ type: 'keyDown', value: Key.Shift }]);
  assert.deepEqual(keyActions({ up: 'Control' }), [{ type: 'keyUp', value: Key.Control }]);
  assert.deepEqual(keyActions({ press: 'ArrowRight' }), [{ type: 'keyDown', value: Key.ArrowRight }, { type: 'keyUp', value: Key.ArrowRight }]);
  assert.deepEqual(keyActions({ press: 'Meta' })[0], { type: 'keyDown', value: Key.Command });
});

test('an unknown key name is an error naming it, not typed as text', () => {
  assert.throws(() => keyActions({ press: 'Shfit' }), /unknown key name "Shfit"/);
  assert.throws(() => keyActions({}), /expected one of type, press, down, up/);
});
