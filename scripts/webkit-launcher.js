// WebKit for the browser tests: WebKitGTK's MiniBrowser, driven by WebKitWebDriver through
// @web/test-runner-webdriver. MiniBrowser has no headless mode, so it draws on a virtual X display
// (Xvfb) that lives as long as the test run; the driver and the display are started when the runner
// starts the browser and stopped, by their process ids, when it stops it.
import { execFile, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

/** A free loopback port, or WEBKIT_DRIVER_PORT when set. */
async function freePort() {
  if (process.env.WEBKIT_DRIVER_PORT) return Number(process.env.WEBKIT_DRIVER_PORT);
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on the first free display number (-displayfd) and resolves with `:N`. */
function startDisplay(xvfb) {
  const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  const display = new Promise((resolve, reject) => {
    let out = '';
    child.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready: ${errors.trim()}`)));
  });
  return { child, display };
}

/** Resolves once the WebDriver server answers /status, or rejects after `ms`. */
async function driverReady(port, child, ms = 15000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${ms} ms`);
}

class WebKitLauncher extends WebdriverLauncher {
  constructor({ driver, browser, xvfb, xdotool, args = [] }) {
    super({
      hostname: '127.0.0.1',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: browser, args: ['--automation', ...args] },
        'wdio:enforceWebDriverClassic': true,
      },
    });
    this.paths = { driver, xvfb, xdotool };
    this.children = [];
    // Whatever ends the run, the display and the driver end with it.
    process.once('exit', () => this.killChildren());
  }

  killChildren() {
    for (const child of this.children.reverse()) if (child.exitCode === null && !child.killed) child.kill();
    this.children = [];
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    const xvfb = startDisplay(this.paths.xvfb);
    this.children.push(xvfb.child);
    const display = (this.display = await xvfb.display);
    this.options.port = await freePort();
    const driver = spawn(this.paths.driver, [`--port=${this.options.port}`], {
      env: { ...process.env, DISPLAY: display },
      stdio: 'ignore',
    });
    this.children.push(driver);
    await driverReady(this.options.port, driver);
  }

  async startSession(id, url) {
    await super.startSession(id, url);
    // The report names the engine and its real version (the user agent is a frozen Safari string).
    const version = this.driver?.capabilities?.browserVersion;
    if (version) this.name = `WebKit ${version}`;
    await this.focusWindow();
  }

  /**
   * Gives MiniBrowser's window the keyboard focus, as the window a user reads in has it. Xvfb runs no
   * window manager, so X gives the keys to whatever window is under its pointer, which sits at the
   * centre of the screen (960,540) and is never moved (WebDriver's pointer actions are simulated
   * inside WebKit). A window resized smaller than that point (setViewport) would become inactive:
   * document.hasFocus() false, and no :focus-visible style drawn on a focused control. Focus set on
   * the window itself stays there, wherever the X pointer is.
   */
  async focusWindow() {
    const env = { ...process.env, DISPLAY: this.display };
    await promisify(execFile)(this.paths.xdotool, ['search', '--sync', '--onlyvisible', '--class', 'MiniBrowser', 'windowfocus', '--sync'], { env, timeout: 10000 });
  }

  async stop() {
    await super.stop();
    this.killChildren();
  }
}

/** A test-runner browser launcher for WebKitGTK's MiniBrowser; paths from findWebKit(). */
export function webkitLauncher(paths) {
  return new WebKitLauncher(paths);
}

/**
 * `setViewport` over WebDriver: the runner's own command supports only Puppeteer and Playwright,
 * so tests call `webdriver-viewport` first (see tests/shared/viewport.ts). It resizes the window so
 * that the page's viewport gets the size asked for, and returns false for other browsers.
 */
export function webdriverViewportPlugin() {
  return {
    name: 'webdriver-viewport',
    async executeCommand({ command, payload, session }) {
      if (command !== 'webdriver-viewport') return undefined;
      if (session.browser.type !== 'webdriver') return false;
      const { driver } = session.browser;
      const { width, height } = payload;
      // The window has a toolbar around the page, and it resizes asynchronously: size it, wait
      // for the page to follow, correct by what is missing.
      let [outerWidth, outerHeight] = [width, height];
      for (let attempt = 0; attempt < 5; attempt++) {
        await driver.setWindowSize(outerWidth, outerHeight);
        await new Promise((resolve) => setTimeout(resolve, 100));
        const [innerWidth, innerHeight] = await driver.execute('return [window.innerWidth, window.innerHeight]');
        if (innerWidth === width && innerHeight === height) {
          // Resizing must leave the window active (see focusWindow), or focus styles go unseen.
          if (!(await driver.execute('return document.hasFocus()'))) throw new Error('the WebKit window lost the keyboard focus when resized');
          return true;
        }
        [outerWidth, outerHeight] = [outerWidth + width - innerWidth, outerHeight + height - innerHeight];
      }
      const [innerWidth, innerHeight] = await driver.execute('return [window.innerWidth, window.innerHeight]');
      // MiniBrowser's toolbar keeps its window from getting narrower than about 450 px.
      throw new Error(`the WebKit window's page cannot be ${width}x${height}: it stays at ${innerWidth}x${innerHeight}`);
    },
  };
}
