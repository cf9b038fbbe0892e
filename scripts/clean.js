// Removes build outputs so a renamed or deleted source never lingers in dist/.
import { rmSync } from 'node:fs';
for (const dir of ['dist', 'cdn']) rmSync(dir, { recursive: true, force: true });
