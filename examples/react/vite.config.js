import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  build: { rollupOptions: { input: { main: resolve(here, 'index.html'), late: resolve(here, 'late.html') } } },
});
