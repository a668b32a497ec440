// Checks that the chart README's values table and values.yaml agree: every value is documented (itself or a
// parent key), every documented key exists, and the documented default of a scalar matches values.yaml.
//   node check-chart-readme.mjs charts/platform
import { readFileSync } from "node:fs";
import { parse } from "yaml";

const dir = process.argv[2] ?? "charts/platform";
const values = parse(readFileSync(`${dir}/values.yaml`, "utf8"));
const readme = readFileSync(`${dir}/README.md`, "utf8");
const section = readme.split(/^## Values$/m)[1]?.split(/^## /m)[0] ?? "";
const rows = new Map();
for (const line of section.split("\n")) {
  const m = /^\| `([^`]+)` \| (.*?) \| .*\|$/.exec(line);
  if (m) rows.set(m[1], m[2]);
}

const leaves = [];
const walk = (v, path) => {
  if (v && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length > 0 && !rows.has(path)) {
    for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
  } else leaves.push([path, v]);
};
walk(values, "");

const errs = [];
const get = (path) => path.split(".").reduce((o, k) => (o && typeof o === "object" ? o[k] : undefined), values);
for (const [path] of leaves) if (!rows.has(path)) errs.push(`value ${path} is not in the README's values table`);
for (const [key, shown] of rows) {
  const v = get(key);
  if (v === undefined) { errs.push(`README documents ${key}, which values.yaml does not have`); continue; }
  if (v === null || typeof v === "object") continue;
  const m = /^`(.*)`$/.exec(shown.trim());
  if (!m) continue; // prose default (e.g. for a map)
  const doc = m[1].replace(/^"(.*)"$/, "$1");
  if (doc !== String(v)) errs.push(`README shows ${key} = ${m[1]}, values.yaml has ${JSON.stringify(v)}`);
}
if (errs.length) {
  console.log(`FAIL ${dir}/README.md values table (${rows.size} rows, ${leaves.length} values)`);
  for (const e of errs) console.log(`  - ${e}`);
  process.exit(1);
}
console.log(`ok   ${dir}/README.md: ${rows.size} rows cover all ${leaves.length} values, defaults match`);
