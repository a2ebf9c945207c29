// Measures the JavaScript a first visit loads (the entry script and what it preloads, not the
// chunks loaded later per page), gzipped, and fails the build above the budget.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_KIB = 250;
const dist = new URL("../dist/", import.meta.url).pathname;
const html = readFileSync(join(dist, "index.html"), "utf8");
const scripts = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g)].map((m) => m[1]);
if (scripts.length === 0) throw new Error("dist/index.html loads no script");

let total = 0;
for (const file of scripts) {
  const gzipped = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += gzipped;
  console.log(`  ${file}  ${(gzipped / 1024).toFixed(1)} KiB gzipped`);
}
const kib = total / 1024;
console.log(`initial JavaScript: ${kib.toFixed(1)} KiB gzipped (budget ${BUDGET_KIB} KiB)`);
if (kib > BUDGET_KIB) {
  console.error(`the initial JavaScript is over the ${BUDGET_KIB} KiB budget`);
  process.exit(1);
}
