// Checks deploy/grafana/*.json and deploy/prometheus/*.yaml with the real PromQL grammar (Prometheus' own
// lezer-promql) and the prometheus-operator models. Run by deploy/check/run.sh:
//
//   node check-observability.mjs --contract app-contract.json [--scrape metrics.txt] DASHBOARD.json ... RULES.yaml ...
//
// Every query must parse; every series it reads must be listed in the contract's "metrics" (so a renamed
// instrument is noticed); dashboards need unique panel ids, a datasource on every query and every variable they
// use defined; rule files must be valid PrometheusRule objects with a severity on each alert. With --scrape (a
// saved /metrics page of a running pod) the app-side series the queries read must all be present in it.
import { readFileSync } from "node:fs";
import { parser } from "@prometheus-io/lezer-promql";
import { parseAllDocuments } from "yaml";
import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const contract = JSON.parse(readFileSync(opt("--contract"), "utf8"));
const scrapePath = opt("--scrape");
const known = contract.metrics;
const used = new Map(); // series -> files

// Grafana's variables become plain values before parsing; $__rate_interval and friends become durations.
const GRAFANA_DURATIONS = /\$__(rate_interval|interval|range)\b|\$\{__(rate_interval|interval|range)\}/g;
function parsePromQL(expr, where, errs, file) {
  const text = expr.replace(GRAFANA_DURATIONS, "5m").replace(/\$\{(\w+)\}|\$(\w+)/g, "v");
  const tree = parser.parse(text);
  let bad = -1;
  tree.iterate({
    enter: (n) => {
      if (n.type.isError && bad < 0) bad = n.from;
      if (n.name === "VectorSelector") {
        const id = n.node.getChild("Identifier");
        if (id) {
          const name = text.slice(id.from, id.to);
          if (!(name in known)) errs.push(`${where}: series ${name} is not in the contract's metrics`);
          if (!used.has(name)) used.set(name, new Set());
          used.get(name).add(file);
        }
      }
    },
  });
  if (bad >= 0) errs.push(`${where}: PromQL does not parse near "${text.slice(Math.max(0, bad - 20), bad + 20)}"`);
}

let failures = 0;
for (const file of args) {
  const errs = [];
  let count = 0;
  if (file.endsWith(".json")) {
    const dash = JSON.parse(readFileSync(file, "utf8"));
    const vars = new Set((dash.templating?.list ?? []).map((v) => v.name));
    const ids = new Set();
    for (const p of dash.panels ?? []) {
      if (ids.has(p.id)) errs.push(`panel id ${p.id} twice`);
      ids.add(p.id);
      const g = p.gridPos;
      if (!g || g.x + g.w > 24) errs.push(`panel ${p.title}: bad gridPos`);
      if (p.type === "row") continue;
      if (!p.targets?.length) errs.push(`panel ${p.title}: no queries`);
      for (const t of p.targets ?? []) {
        count++;
        const ds = t.datasource ?? p.datasource;
        if (!ds?.uid) errs.push(`panel ${p.title} ${t.refId}: no datasource`);
        for (const m of t.expr.matchAll(/\$\{(\w+)\}|\$(\w+)/g)) {
          const v = m[1] ?? m[2];
          if (!v.startsWith("__") && !/^\d+$/.test(v) && !vars.has(v)) errs.push(`panel ${p.title}: variable $${v} is not defined`);
        }
        parsePromQL(t.expr, `panel "${p.title}" ${t.refId}`, errs, file);
      }
    }
    for (const v of dash.templating?.list ?? []) {
      if (v.type === "query") parsePromQL(v.definition.replace(/^label_values\((.*),\s*\w+\)$/, "$1"), `variable ${v.name}`, errs, file);
    }
  } else {
    for (const doc of parseAllDocuments(readFileSync(file, "utf8"), { uniqueKeys: true })) {
      for (const e of doc.errors) errs.push(`YAML: ${e.message}`);
      const o = doc.toJS();
      if (!o) continue;
      try {
        new PrometheusRule(o).validate();
      } catch (e) {
        errs.push(`schema: ${(e.errors ?? []).map((x) => `${x.instancePath} ${x.message}`).join("; ") || e.message}`);
      }
      const names = new Set();
      for (const g of o.spec?.groups ?? []) {
        for (const r of g.rules ?? []) {
          count++;
          const name = r.alert ?? r.record;
          if (names.has(name)) errs.push(`rule ${name} twice`);
          names.add(name);
          if (r.alert && !["critical", "warning", "info"].includes(r.labels?.severity)) errs.push(`alert ${name}: no severity label`);
          if (r.alert && !r.annotations?.summary) errs.push(`alert ${name}: no summary`);
          parsePromQL(String(r.expr), `rule ${name}`, errs, file);
        }
      }
    }
  }
  if (errs.length) {
    failures += errs.length;
    console.log(`FAIL ${file}: ${count} queries`);
    for (const e of errs) console.log(`  - ${e}`);
  } else {
    console.log(`ok   ${file}: ${count} queries parse, every series is known`);
  }
}

const appSide = [...used.keys()].filter((n) => ["app", "aspnetcore", "orleans", "runtime"].includes(known[n])).sort();
console.log(`     series read from the app's /metrics: ${appSide.join(", ")}`);
if (scrapePath) {
  const present = new Set(readFileSync(scrapePath, "utf8").split("\n").filter((l) => l && !l.startsWith("#")).map((l) => l.split(/[{ ]/)[0]));
  const missing = appSide.filter((n) => !present.has(n));
  if (missing.length) {
    failures += missing.length;
    console.log(`FAIL ${scrapePath}: the scrape lacks ${missing.join(", ")}`);
  } else console.log(`ok   ${scrapePath}: has every series the dashboard and rules read`);
}
process.exit(failures ? 1 : 0);
