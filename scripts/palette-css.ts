/** Writes src/drawing/palette.css from the palettes in src/drawing/palette.ts. */
import { writeFileSync } from 'node:fs';
import { paletteCss } from '../src/drawing/palette.ts';

writeFileSync(new URL('../src/drawing/palette.css', import.meta.url), paletteCss());
