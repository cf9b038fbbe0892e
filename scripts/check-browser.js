// Fails fast, with instructions, when no Chromium is available for the browser tests.
import { existsSync } from 'node:fs';
import { findChrome } from './browser-path.js';

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
