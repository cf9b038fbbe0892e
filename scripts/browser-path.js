// Where to find a Chromium-family browser: CHROME_PATH first, then the usual install places.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChrome() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/** Firefox for the second-engine run: FIREFOX_PATH, or Debian's firefox-esr. */
export function findFirefox() {
  const path = process.env.FIREFOX_PATH || ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
  return path && existsSync(path) ? path : undefined;
}

/** A program on PATH (or at an absolute path), or undefined. */
function onPath(name) {
  if (name.includes('/')) return existsSync(name) ? name : undefined;
  return (process.env.PATH ?? '').split(':').map((dir) => `${dir}/${name}`).find((p) => existsSync(p));
}

/**
 * WebKit for the third-engine run: WebKitGTK's MiniBrowser (WEBKIT_PATH, or Debian's
 * webkit2gtk-driver package), its WebKitWebDriver, Xvfb to draw on and xdotool to give the window the
 * keyboard focus there. Undefined unless all four exist.
 */
export function findWebKit() {
  const libs = ['/usr/lib', '/usr/libexec', ...['x86_64', 'aarch64', 'arm', 'i386'].map((arch) => `/usr/lib/${arch}-linux-gnu`)];
  const browser = process.env.WEBKIT_PATH || libs.map((dir) => `${dir}/webkit2gtk-4.1/MiniBrowser`).find((p) => existsSync(p));
  const driver = onPath(process.env.WEBKIT_DRIVER_PATH || 'WebKitWebDriver');
  const xvfb = onPath('Xvfb');
  const xdotool = onPath('xdotool');
  return browser && existsSync(browser) && driver && xvfb && xdotool ? { browser, driver, xvfb, xdotool } : undefined;
}

/** How to get what findWebKit() looks for. */
export const WEBKIT_HELP =
  'on Debian/Ubuntu: sudo apt-get install --no-install-recommends webkit2gtk-driver xvfb xauth xdotool; or set WEBKIT_PATH to a MiniBrowser binary';

/** Flags for running headless Chromium on a closed network, as root, in CI. */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // Keep timers and rendering running in pages that are not in front.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];
