// `sendKeys` over WebDriver, complete and reliable. The runner's own send-keys command supports
// only `press` and `type` there, and types through webdriverio's `keys()`, which presses every
// character before releasing any: WebKit then drops a repeated letter ("councillor" arrives as
// "councilor") and keys pressed while another is still held. This plugin performs W3C key actions
// instead: each character pressed and released in turn, and `down`/`up` held across commands (the
// driver keeps a key source's pressed keys between calls, so a held Shift also applies to sendMouse
// clicks). Other browser types keep the runner's own command.
import { Key } from 'webdriverio';

/** The WebDriver key value for a key name as the tests write it (Puppeteer's names), or the character itself. */
function keyValue(name) {
  if (name === 'Meta') return Key.Command;
  if (name === ' ') return Key.Space;
  // Key.Ctrl is webdriverio's own "Control or Command" placeholder, not a key value.
  if (name !== 'Ctrl' && Object.hasOwn(Key, name)) return Key[name];
  if ([...name].length !== 1) throw new Error(`send-keys: unknown key name "${name}"`);
  return name;
}

/** The key actions for a send-keys payload ({ type } | { press } | { down } | { up }). */
export function keyActions(payload) {
  if ('type' in payload) {
    // One grapheme at a time, released before the next: repeated letters are separate presses.
    const graphemes = [...new Intl.Segmenter().segment(payload.type)].map((s) => s.segment);
    return graphemes.flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]);
  }
  if ('press' in payload) {
    const value = keyValue(payload.press);
    return [{ type: 'keyDown', value }, { type: 'keyUp', value }];
  }
  if ('down' in payload) return [{ type: 'keyDown', value: keyValue(payload.down) }];
  if ('up' in payload) return [{ type: 'keyUp', value: keyValue(payload.up) }];
  throw new Error(`send-keys: expected one of type, press, down, up in ${JSON.stringify(payload)}`);
}

export function webdriverKeysPlugin() {
  return {
    name: 'webdriver-keys',
    // The runner puts its own command plugins first, so send-keys is taken over where it is defined.
    serverStart({ config }) {
      const builtIn = config.plugins.find((plugin) => plugin.name === 'send-keys-command');
      if (!builtIn) throw new Error('webdriver-keys: the runner has no send-keys-command plugin to extend');
      const runnersOwn = builtIn.executeCommand.bind(builtIn);
      builtIn.executeCommand = async (args) => {
        const { command, payload, session } = args;
        if (command !== 'send-keys' || session.browser.type !== 'webdriver') return runnersOwn(args);
        // The same source id every time, so keys held down by one command are still down in the next.
        await session.browser.driver.performActions([{ type: 'key', id: 'keyboard', actions: keyActions(payload) }]);
        return true;
      };
    },
  };
}
