import { executeServerCommand, setViewport as setPageViewport } from '@web/test-runner-commands';

/**
 * Sets the page's viewport in every engine: over WebDriver (WebKit) the runner's own setViewport is
 * not supported, so the `webdriver-viewport` command (scripts/webkit-launcher.js) resizes the window
 * instead; it answers false for the other browsers.
 */
export async function setViewport(size: { width: number; height: number }): Promise<void> {
  if (!(await executeServerCommand('webdriver-viewport', size))) await setPageViewport(size);
}
