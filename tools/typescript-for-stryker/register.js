// Gives Stryker TypeScript 5.9 (its checker needs the compiler's JavaScript API, which
// TypeScript 7 no longer has); everything else keeps the project's TypeScript.
import { register } from 'node:module';

register('./hooks.js', import.meta.url);
