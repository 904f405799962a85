// Runs after `vite build`: writes a gzip (.gz) and a brotli (.br) copy next to every text asset of dist/, so that the
// server sends them as they are (Content-Encoding) instead of compressing on every request. A copy is kept only when
// it is smaller than the file. Fonts and images in formats that are already compressed are left alone.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const TEXT = /\.(js|mjs|css|html|svg|json|txt|map|webmanifest|ico)$/;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      yield* files(path);
    } else {
      yield path;
    }
  }
}

let written = 0;
let before = 0;
let afterBrotli = 0;
for (const path of [...files(dist)]) {
  if (!TEXT.test(path)) {
    continue;
  }
  const content = readFileSync(path);
  const gzip = gzipSync(content, { level: 9 });
  const brotli = brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
  before += content.length;
  afterBrotli += Math.min(content.length, brotli.length);
  if (gzip.length < content.length) {
    writeFileSync(`${path}.gz`, gzip);
    written++;
  }
  if (brotli.length < content.length) {
    writeFileSync(`${path}.br`, brotli);
    written++;
  }
}
console.log(
  `precompress: ${written} files written; text assets ${Math.round(before / 1024)} KiB, ` +
    `${Math.round(afterBrotli / 1024)} KiB with brotli`,
);
