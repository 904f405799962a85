// Copies GOV.UK Frontend's fonts, images and manifest into public/assets so Vite serves them in development
// and copies them into the build (the Sass sets $govuk-assets-path to /assets/).
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const frontendDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(frontendDir, 'node_modules', 'govuk-frontend', 'dist', 'govuk', 'assets');
const target = join(frontendDir, 'public', 'assets');

mkdirSync(target, { recursive: true });
cpSync(source, target, { recursive: true });
