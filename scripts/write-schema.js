// Writes the data model's JSON Schema (src/model/schema.ts, built to dist/) to schema.json,
// the file the package exports as `article-annotations/schema.json`.
import { writeFileSync } from 'node:fs';
import { articleSchema } from '../dist/model/schema.js';

writeFileSync(new URL('../schema.json', import.meta.url), `${JSON.stringify(articleSchema, null, 2)}\n`);
