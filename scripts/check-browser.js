// Fails fast, with instructions, when no Chromium is available for the browser tests.
import { existsSync } from 'node:fs';
import { findChrome, findWebKit, WEBKIT_HELP } from './browser-path.js';

if (process.env.CHROME_PATH && !existsSync(process.env.CHROME_PATH)) {
  console.error(`CHROME_PATH is set to "${process.env.CHROME_PATH}", but there is no file there.`);
  process.exit(1);
}
if (!findChrome()) {
  console.error(
    [
      'No Chromium or Chrome found: the tests run in a real headless browser.',
      '  - On Debian/Ubuntu:  sudo apt-get install chromium',
      '  - Or point CHROME_PATH at an installed Chrome/Chromium binary:',
      '      CHROME_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
  process.exit(1);
}
// An engine picked by name must be there; when WebKit is only wanted by default, the test
// runner's configuration says how to get it and runs without it.
if ((process.env.BROWSERS ?? '').split(',').includes('webkit') && !findWebKit()) {
  console.error(`BROWSERS asks for webkit, but WebKit was not found: ${WEBKIT_HELP}.`);
  process.exit(1);
}
