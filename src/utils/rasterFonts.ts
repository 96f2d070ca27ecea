/** The DejaVu fonts shipped in an npm package, so rasterised text is the same on every machine. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const fontDir = join(
  dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);
export const fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(fontDir, f));
