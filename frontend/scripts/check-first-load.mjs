// Runs after `vite build`: fails the build when the JavaScript a browser must fetch before the first page can show
// (the entry script of dist/index.html and every chunk it imports statically, as listed in its modulepreload links
// and import statements) exceeds the budget, measured gzip-compressed as it travels.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 250 * 1024;
const dist = new URL('../dist/', import.meta.url).pathname;

/** The entry scripts and preloaded chunks named by index.html, and every chunk they import statically. */
export function firstLoadScripts(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const named = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => match[1].replace(/^\//, ''));
  const seen = new Set();
  const queue = [...named];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) {
      continue;
    }
    seen.add(file);
    const code = readFileSync(join(distDir, file), 'utf8');
    // static imports only (`import ... from "./x.js"` and `import "./x.js"`), not `import("./x.js")`
    for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[^"'();]*?\sfrom\s*)?["'](\.\/[^"']+\.js)["']/g)) {
      const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
      queue.push(dir + match[1].slice(2));
    }
  }
  return [...seen];
}

export function firstLoadGzipBytes(distDir) {
  return firstLoadScripts(distDir).map((file) => ({
    file,
    gzip: gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length,
  }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const scripts = firstLoadGzipBytes(dist);
  const total = scripts.reduce((sum, script) => sum + script.gzip, 0);
  for (const script of scripts) {
    console.log(`first load: ${script.file} ${(script.gzip / 1024).toFixed(1)} KiB gzip`);
  }
  const verdict = `first-load JavaScript ${(total / 1024).toFixed(1)} KiB gzip (budget ${BUDGET_BYTES / 1024} KiB)`;
  if (total > BUDGET_BYTES) {
    console.error(`check-first-load: ${verdict}: over budget. Load more screens lazily (components/lazyPage).`);
    process.exit(1);
  }
  console.log(`check-first-load: ${verdict}`);
}
