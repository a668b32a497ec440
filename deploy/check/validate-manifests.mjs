// Validates manifests rendered by `helm template` with no cluster, and checks that the chart agrees with the app
// and with the Dockerfile. Run by deploy/check/run.sh (which copies this file next to its node_modules):
//
//   node validate-manifests.mjs --contract app-contract.json [--dockerfile Dockerfile] [--src src]
//                               [--ephemeral-data NAME,...] NAME=rendered.yaml ...
//
// Three layers, each reported per manifest:
//   1. kubernetes-models: the Kubernetes OpenAPI schemas (types, required fields, enums, formats); the
//      prometheus-operator models for ServiceMonitor.
//   2. @kubernetes/client-node's generated models (release-1.36): every field must be a known field. The
//      OpenAPI schemas accept unknown fields; the API server drops them silently (or refuses them with
//      --validate=strict), so a misspelt field would otherwise go unnoticed.
//   3. Rules the API server enforces beyond the schemas (names, label syntax, port names, env names), references
//      between the rendered objects (selectors, named ports, Secrets, ConfigMaps, ServiceAccounts, Roles), and the
//      chart/app contract (ports, probe paths, configuration keys, Orleans ids in labels and environment).
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import * as k8sModels from "@kubernetes/client-node/dist/gen/models/ObjectSerializer.js";
import { DockerfileParser } from "dockerfile-ast";

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const contractPath = opt("--contract");
const dockerfilePath = opt("--dockerfile");
const srcDir = opt("--src");
// Renders made with persistence.enabled=false: mode single may keep /data on an emptyDir there, nowhere else.
const ephemeral = new Set((opt("--ephemeral-data") ?? "").split(",").filter(Boolean));
if (!contractPath || args.length === 0) {
  console.error("usage: validate-manifests.mjs --contract FILE [--dockerfile FILE] NAME=rendered.yaml ...");
  process.exit(2);
}
const contract = JSON.parse(readFileSync(contractPath, "utf8"));

// apiVersion/kind -> [module, export, client-node model name or null]
const KINDS = {
  "v1/ConfigMap": ["kubernetes-models/v1", "ConfigMap", "V1ConfigMap"],
  "v1/Secret": ["kubernetes-models/v1", "Secret", "V1Secret"],
  "v1/Service": ["kubernetes-models/v1", "Service", "V1Service"],
  "v1/ServiceAccount": ["kubernetes-models/v1", "ServiceAccount", "V1ServiceAccount"],
  "v1/Pod": ["kubernetes-models/v1", "Pod", "V1Pod"],
  "v1/PersistentVolumeClaim": ["kubernetes-models/v1", "PersistentVolumeClaim", "V1PersistentVolumeClaim"],
  "apps/v1/Deployment": ["kubernetes-models/apps/v1", "Deployment", "V1Deployment"],
  "apps/v1/StatefulSet": ["kubernetes-models/apps/v1", "StatefulSet", "V1StatefulSet"],
  "networking.k8s.io/v1/Ingress": ["kubernetes-models/networking.k8s.io/v1", "Ingress", "V1Ingress"],
  "policy/v1/PodDisruptionBudget": ["kubernetes-models/policy/v1", "PodDisruptionBudget", "V1PodDisruptionBudget"],
  "autoscaling/v2/HorizontalPodAutoscaler": ["kubernetes-models/autoscaling/v2", "HorizontalPodAutoscaler", "V2HorizontalPodAutoscaler"],
  "rbac.authorization.k8s.io/v1/Role": ["kubernetes-models/rbac.authorization.k8s.io/v1", "Role", "V1Role"],
  "rbac.authorization.k8s.io/v1/RoleBinding": ["kubernetes-models/rbac.authorization.k8s.io/v1", "RoleBinding", "V1RoleBinding"],
  "monitoring.coreos.com/v1/ServiceMonitor": ["@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1", "ServiceMonitor", null],
};

// ---- layer 2: unknown fields, walking client-node's attribute type maps ----
const PRIMITIVES = new Set(["string", "number", "boolean", "Date", "any", "object", "IntOrString", "RuntimeRawExtension"]);
function unknownFields(value, type, path, out) {
  if (value === null || value === undefined || PRIMITIVES.has(type)) return;
  let m = /^Array<(.+)>$/.exec(type);
  if (m) {
    if (Array.isArray(value)) value.forEach((v, i) => unknownFields(v, m[1], `${path}[${i}]`, out));
    return;
  }
  m = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (m) {
    if (typeof value === "object") for (const [k, v] of Object.entries(value)) unknownFields(v, m[1], `${path}.${k}`, out);
    return;
  }
  const model = k8sModels[type];
  if (!model || typeof model.getAttributeTypeMap !== "function") return; // enums and opaque types
  if (typeof value !== "object" || Array.isArray(value)) return; // layer 1 reports type errors
  const attrs = new Map(model.getAttributeTypeMap().map((a) => [a.baseName, a.type]));
  for (const [k, v] of Object.entries(value)) {
    if (!attrs.has(k)) out.push(`${path}.${k}: unknown field (not in ${type})`);
    else unknownFields(v, attrs.get(k), `${path}.${k}`, out);
  }
}

// ---- layer 3 helpers ----
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const IANA_SVC_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const CONFIGMAP_KEY = /^[-._a-zA-Z0-9]+$/;

function checkLabels(labels, path, errs) {
  for (const [k, v] of Object.entries(labels ?? {})) {
    const [prefix, name] = k.includes("/") ? k.split("/", 2) : [null, k];
    if (prefix !== null && (prefix.length > 253 || !DNS1123_SUBDOMAIN.test(prefix))) errs.push(`${path}: label key ${k}: bad prefix`);
    if (name.length > 63 || !LABEL_NAME.test(name)) errs.push(`${path}: label key ${k}: bad name`);
    if (typeof v !== "string") errs.push(`${path}: label ${k} is not a string`);
    else if (v.length > 63 || !LABEL_VALUE.test(v)) errs.push(`${path}: label ${k}=${v}: bad value`);
  }
}
const matches = (selector, labels) => Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v);
const seconds = (timespan) => {
  const m = /^(\d+):(\d+):(\d+)$/.exec(timespan ?? "");
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : NaN;
};
const portOf = (url) => Number(/:(\d+)\/?$/.exec(url ?? "")?.[1]);

function podSpecOf(obj) {
  if (obj.kind === "Pod") return { spec: obj.spec, meta: obj.metadata };
  if (obj.kind === "Deployment" || obj.kind === "StatefulSet") return { spec: obj.spec.template.spec, meta: obj.spec.template.metadata };
  return null;
}

// ---- the Dockerfile, for the chart/image agreement ----
let dockerfile = null;
if (dockerfilePath) {
  const df = DockerfileParser.parse(readFileSync(dockerfilePath, "utf8"));
  const froms = df.getFROMs();
  const last = froms[froms.length - 1];
  const inLast = (i) => i.getRange().start.line >= last.getRange().start.line;
  const env = {};
  for (const i of df.getInstructions().filter(inLast)) {
    if (i.getKeyword() === "ENV") for (const p of i.getProperties()) env[p.getName()] = p.getValue();
  }
  const exposed = df.getInstructions().filter(inLast).filter((i) => i.getKeyword() === "EXPOSE")
    .flatMap((i) => i.getArguments().map((a) => Number(a.getValue().split("/")[0])));
  const user = df.getInstructions().filter(inLast).filter((i) => i.getKeyword() === "USER").map((i) => i.getArgumentsContent()).pop();
  const entrypoint = df.getInstructions().filter(inLast).filter((i) => i.getKeyword() === "ENTRYPOINT").map((i) => i.getArgumentsContent()).pop();
  const stopsignal = df.getInstructions().filter(inLast).filter((i) => i.getKeyword() === "STOPSIGNAL").map((i) => i.getArgumentsContent()).pop();
  dockerfile = { env, exposed, user, entrypoint, stopsignal, base: last.getImage() };
}

// ---- main ----
let failures = 0;
const summary = [];
for (const arg of args) {
  const eq = arg.indexOf("=");
  const name = eq > 0 ? arg.slice(0, eq) : arg;
  const file = eq > 0 ? arg.slice(eq + 1) : arg;
  const errs = [];
  const docs = parseAllDocuments(readFileSync(file, "utf8"), { uniqueKeys: true });
  const objs = [];
  for (const d of docs) {
    for (const e of d.errors) errs.push(`YAML: ${e.message}`);
    const o = d.toJS();
    if (o) objs.push(o);
  }
  const byKind = (kind) => objs.filter((o) => o.kind === kind);
  const find = (kind, n) => objs.find((o) => o.kind === kind && o.metadata?.name === n);
  const seen = new Set();

  for (const o of objs) {
    const id = `${o.kind}/${o.metadata?.name}`;
    if (seen.has(id)) errs.push(`${id}: rendered twice`);
    seen.add(id);
    const entry = KINDS[`${o.apiVersion}/${o.kind}`];
    if (!entry) {
      errs.push(`${id}: no model for ${o.apiVersion} ${o.kind} (add it to KINDS)`);
      continue;
    }
    // layer 1
    const mod = await import(entry[0]);
    try {
      new mod[entry[1]](o).validate();
    } catch (e) {
      const details = (e.errors ?? []).map((x) => `${x.instancePath} ${x.message}`).join("; ");
      errs.push(`${id}: schema: ${details || e.message}`);
    }
    // layer 2
    if (entry[2]) {
      const unknown = [];
      unknownFields(o, entry[2], id, unknown);
      errs.push(...unknown);
    }
    // layer 3: names and labels
    const n = o.metadata?.name ?? "";
    const needsLabel = ["Service", "Pod"].includes(o.kind);
    if (needsLabel ? !(n.length <= 63 && DNS1123_LABEL.test(n)) : !(n.length <= 253 && DNS1123_SUBDOMAIN.test(n)))
      errs.push(`${id}: name is not a DNS-1123 ${needsLabel ? "label" : "subdomain"}`);
    if ((o.kind === "StatefulSet" || o.kind === "Deployment") && n.length > 52)
      errs.push(`${id}: name longer than 52 characters leaves no room for pod name suffixes`);
    checkLabels(o.metadata?.labels, `${id} metadata.labels`, errs);
    if (o.kind === "ConfigMap" || o.kind === "Secret")
      for (const k of Object.keys(o.data ?? {})) if (!CONFIGMAP_KEY.test(k)) errs.push(`${id}: bad key ${k}`);
  }

  // layer 3: the workload's pod
  const workloads = [...byKind("Deployment"), ...byKind("StatefulSet")];
  if (workloads.length !== 1) errs.push(`expected exactly one Deployment or StatefulSet, found ${workloads.length}`);
  for (const w of objs.filter((o) => podSpecOf(o))) {
    const id = `${w.kind}/${w.metadata.name}`;
    const { spec, meta } = podSpecOf(w);
    checkLabels(meta?.labels, `${id} pod labels`, errs);
    if (w.spec.selector && !matches(w.spec.selector.matchLabels, meta?.labels)) errs.push(`${id}: selector does not match the pod template's labels`);
    const sa = spec.serviceAccountName;
    if (sa && sa !== "default" && !find("ServiceAccount", sa)) errs.push(`${id}: ServiceAccount ${sa} is not rendered`);
    const volumes = new Set([...(spec.volumes ?? []).map((v) => v.name), ...(w.spec.volumeClaimTemplates ?? []).map((v) => v.metadata.name)]);
    for (const v of spec.volumes ?? []) {
      if (v.configMap && !find("ConfigMap", v.configMap.name)) errs.push(`${id}: volume ${v.name}: ConfigMap ${v.configMap.name} not rendered`);
    }
    for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
      const cid = `${id} container ${c.name}`;
      const portNames = new Set();
      for (const p of c.ports ?? []) {
        if (p.name !== undefined) {
          if (p.name.length > 15 || !IANA_SVC_NAME.test(p.name) || !/[a-z]/.test(p.name)) errs.push(`${cid}: port name ${p.name} is not an IANA_SVC_NAME`);
          if (portNames.has(p.name)) errs.push(`${cid}: port name ${p.name} twice`);
          portNames.add(p.name);
        }
      }
      const envNames = new Set();
      for (const e of c.env ?? []) {
        if (!ENV_NAME.test(e.name)) errs.push(`${cid}: env ${e.name}: bad name`);
        if (envNames.has(e.name)) errs.push(`${cid}: env ${e.name} twice`);
        envNames.add(e.name);
        const ref = e.valueFrom?.secretKeyRef;
        if (ref) {
          const s = find("Secret", ref.name);
          if (s && !ref.optional && !(ref.key in (s.data ?? {})) && !(ref.key in (s.stringData ?? {})))
            errs.push(`${cid}: env ${e.name}: key ${ref.key} missing from Secret ${ref.name}`);
        }
        const cmr = e.valueFrom?.configMapKeyRef;
        if (cmr && !find("ConfigMap", cmr.name)) errs.push(`${cid}: env ${e.name}: ConfigMap ${cmr.name} not rendered`);
      }
      for (const ef of c.envFrom ?? []) {
        if (ef.configMapRef && !find("ConfigMap", ef.configMapRef.name)) errs.push(`${cid}: envFrom ConfigMap ${ef.configMapRef.name} not rendered`);
      }
      for (const m of c.volumeMounts ?? []) if (!volumes.has(m.name)) errs.push(`${cid}: volumeMount ${m.name} has no volume`);
      for (const [probeName, probe] of Object.entries({ startupProbe: c.startupProbe, livenessProbe: c.livenessProbe, readinessProbe: c.readinessProbe })) {
        const port = probe?.httpGet?.port;
        if (typeof port === "string" && !portNames.has(port)) errs.push(`${cid}: ${probeName} port ${port} is not a container port`);
      }
    }
  }

  // layer 3: references between objects
  const pods = workloads.map((w) => podSpecOf(w));
  for (const s of byKind("Service")) {
    const id = `Service/${s.metadata.name}`;
    const selected = pods.filter((p) => matches(s.spec.selector, p.meta.labels));
    if (selected.length === 0) errs.push(`${id}: selector matches no workload`);
    for (const p of s.spec.ports ?? []) {
      if (typeof p.targetPort === "string" && !selected.every((sp) => sp.spec.containers.some((c) => (c.ports ?? []).some((cp) => cp.name === p.targetPort))))
        errs.push(`${id}: targetPort ${p.targetPort} is not a named port of the selected pods`);
    }
  }
  for (const ing of byKind("Ingress")) {
    for (const r of ing.spec.rules ?? [])
      for (const p of r.http?.paths ?? []) {
        const b = p.backend.service;
        const svc = find("Service", b.name);
        if (!svc) errs.push(`Ingress/${ing.metadata.name}: backend Service ${b.name} not rendered`);
        else if (b.port.name && !svc.spec.ports.some((sp) => sp.name === b.port.name)) errs.push(`Ingress/${ing.metadata.name}: Service ${b.name} has no port ${b.port.name}`);
        else if (b.port.number && !svc.spec.ports.some((sp) => sp.port === b.port.number)) errs.push(`Ingress/${ing.metadata.name}: Service ${b.name} has no port ${b.port.number}`);
      }
    const hosts = new Set((ing.spec.rules ?? []).map((r) => r.host));
    for (const t of ing.spec.tls ?? []) for (const h of t.hosts ?? []) if (!hosts.has(h)) errs.push(`Ingress/${ing.metadata.name}: TLS host ${h} has no rule`);
  }
  for (const pdb of byKind("PodDisruptionBudget"))
    if (!pods.some((p) => matches(pdb.spec.selector.matchLabels, p.meta.labels))) errs.push(`PodDisruptionBudget/${pdb.metadata.name}: selector matches no workload`);
  for (const hpa of byKind("HorizontalPodAutoscaler")) {
    const t = hpa.spec.scaleTargetRef;
    if (!find(t.kind, t.name)) errs.push(`HorizontalPodAutoscaler/${hpa.metadata.name}: target ${t.kind}/${t.name} not rendered`);
    if (find(t.kind, t.name)?.spec.replicas !== undefined) errs.push(`HorizontalPodAutoscaler/${hpa.metadata.name}: target also sets replicas (they fight)`);
  }
  for (const rb of byKind("RoleBinding")) {
    if (!find(rb.roleRef.kind, rb.roleRef.name)) errs.push(`RoleBinding/${rb.metadata.name}: ${rb.roleRef.kind} ${rb.roleRef.name} not rendered`);
    for (const s of rb.subjects ?? []) if (s.kind === "ServiceAccount" && !find("ServiceAccount", s.name)) errs.push(`RoleBinding/${rb.metadata.name}: ServiceAccount ${s.name} not rendered`);
  }
  for (const sm of byKind("ServiceMonitor")) {
    const svcs = byKind("Service").filter((s) => matches(sm.spec.selector.matchLabels, s.metadata.labels));
    if (svcs.length !== 1) errs.push(`ServiceMonitor/${sm.metadata.name}: selects ${svcs.length} Services (want exactly 1, else pods are scraped twice)`);
    for (const ep of sm.spec.endpoints ?? []) {
      if (!svcs.every((s) => s.spec.ports.some((p) => p.name === ep.port))) errs.push(`ServiceMonitor/${sm.metadata.name}: port ${ep.port} not on the selected Service`);
      if (ep.port !== contract.managementPortName || ep.path !== contract.metricsPath) errs.push(`ServiceMonitor/${sm.metadata.name}: scrapes ${ep.port}${ep.path}, want ${contract.managementPortName}${contract.metricsPath}`);
    }
  }
  for (const sts of byKind("StatefulSet")) {
    const gov = find("Service", sts.spec.serviceName);
    if (!gov) errs.push(`StatefulSet/${sts.metadata.name}: governing Service ${sts.spec.serviceName} not rendered`);
    else if (gov.spec.clusterIP !== "None") errs.push(`StatefulSet/${sts.metadata.name}: governing Service ${gov.metadata.name} is not headless`);
  }

  // layer 3: the chart/app contract
  const w = workloads[0];
  if (w) {
    const { spec, meta } = podSpecOf(w);
    const c = spec.containers.find((x) => x.name === contract.containerName);
    if (!c) errs.push(`container ${contract.containerName} missing`);
    else {
      const cm = (c.envFrom ?? []).map((ef) => ef.configMapRef && find("ConfigMap", ef.configMapRef.name)).find(Boolean);
      const settings = { ...(cm?.data ?? {}) };
      const envEntries = new Map((c.env ?? []).map((e) => [e.name, e]));
      for (const e of c.env ?? []) settings[e.name] = e.value ?? (e.valueFrom ? `<${Object.keys(e.valueFrom)[0]}>` : "");
      const keyAllowed = (k) => contract.settings.includes(k) || contract.settingPrefixes.some((p) => k.startsWith(p));
      for (const k of Object.keys(settings)) if (!keyAllowed(k)) errs.push(`setting ${k} is not a configuration key the app reads (app-contract.json)`);
      const mode = w.kind === "StatefulSet" ? "single" : "cluster";
      for (const [k, v] of Object.entries(contract.modes[mode].settings)) if (settings[k] !== v) errs.push(`mode ${mode}: ${k} is ${JSON.stringify(settings[k])}, want ${JSON.stringify(v)}`);
      for (const k of contract.modes[mode].required) if (!(k in settings)) errs.push(`mode ${mode}: ${k} is not set`);
      for (const k of contract.modes[mode].forbidden ?? []) if (k in settings) errs.push(`mode ${mode}: ${k} must not be set`);
      for (const k of contract.modes[mode].fromSecret ?? [])
        if (!envEntries.get(k)?.valueFrom?.secretKeyRef) errs.push(`mode ${mode}: ${k} must come from a Secret`);

      // ports: container ports <-> settings <-> Dockerfile
      const ports = Object.fromEntries((c.ports ?? []).map((p) => [p.name, p.containerPort]));
      const want = {
        [contract.httpPortName]: Number(settings.ASPNETCORE_HTTP_PORTS),
        [contract.managementPortName]: Number(settings.Management__Port),
        silo: Number(settings.Cluster__SiloPort),
        "orleans-gateway": Number(settings.Cluster__GatewayPort),
      };
      for (const [pn, pv] of Object.entries(want)) if (ports[pn] !== pv) errs.push(`container port ${pn} is ${ports[pn]}, settings say ${pv}`);
      if (portOf(settings.ASPNETCORE_URLS) !== ports.http || portOf(settings.Urls) !== ports.http) errs.push(`ASPNETCORE_URLS/Urls do not name the http port ${ports.http}`);
      for (const [pn, pv] of Object.entries(contract.ports)) if (ports[pn] !== pv) errs.push(`port ${pn} is ${ports[pn]}, the app's default is ${pv}`);
      if (dockerfile) {
        for (const pv of Object.values(ports)) if (!dockerfile.exposed.includes(pv)) errs.push(`Dockerfile does not EXPOSE ${pv}`);
        for (const k of ["Platform__DataPath", "ASPNETCORE_HTTP_PORTS", "Management__Port", "Cluster__SiloPort", "Cluster__GatewayPort"])
          if (dockerfile.env[k] !== undefined && dockerfile.env[k] !== settings[k]) errs.push(`Dockerfile ENV ${k}=${dockerfile.env[k]} but the chart sets ${settings[k]}`);
        if (dockerfile.stopsignal !== "SIGTERM") errs.push(`Dockerfile STOPSIGNAL is ${dockerfile.stopsignal}, want SIGTERM`);
        const uid = spec.securityContext?.runAsUser ?? c.securityContext?.runAsUser;
        if (String(uid) !== String(contract.imageUid)) errs.push(`pod runs as uid ${uid}, the image's user is ${contract.imageUid}`);
      }

      // probes: the app's health paths on the http port
      for (const [probeName, path] of Object.entries(contract.probes)) {
        const probe = c[probeName];
        if (probe?.httpGet?.path !== path || probe?.httpGet?.port !== contract.httpPortName) errs.push(`${probeName} is ${probe?.httpGet?.path} on ${probe?.httpGet?.port}, want ${path} on ${contract.httpPortName}`);
      }

      // shutdown: grace period above ShutdownTimeout + ShutdownDrainDelay
      const stop = seconds(settings.Platform__ShutdownTimeout) + seconds(settings.Platform__ShutdownDrainDelay);
      if (!(spec.terminationGracePeriodSeconds > stop)) errs.push(`terminationGracePeriodSeconds ${spec.terminationGracePeriodSeconds} is not above ShutdownTimeout + ShutdownDrainDelay (${stop} s)`);

      // security context and writable paths
      const sc = { ...(spec.securityContext ?? {}), ...(c.securityContext ?? {}) };
      if (sc.runAsNonRoot !== true) errs.push("runAsNonRoot is not true");
      if (c.securityContext?.readOnlyRootFilesystem !== true) errs.push("readOnlyRootFilesystem is not true");
      if (c.securityContext?.allowPrivilegeEscalation !== false) errs.push("allowPrivilegeEscalation is not false");
      if (!(c.securityContext?.capabilities?.drop ?? []).includes("ALL")) errs.push("capabilities do not drop ALL");
      if (sc.seccompProfile?.type !== "RuntimeDefault") errs.push("seccompProfile is not RuntimeDefault");
      const mounts = Object.fromEntries((c.volumeMounts ?? []).map((m) => [m.mountPath, m.name]));
      if (!mounts["/tmp"] || !spec.volumes.find((v) => v.name === mounts["/tmp"])?.emptyDir) errs.push("/tmp is not an emptyDir");
      const dataPath = settings.Platform__DataPath;
      if (!mounts[dataPath]) errs.push(`Platform__DataPath ${dataPath} is not a mounted volume`);
      if (mode === "single") {
        if (w.spec.replicas !== 1) errs.push(`mode single runs ${w.spec.replicas} replicas`);
        const claim = (w.spec.volumeClaimTemplates ?? []).find((v) => v.metadata.name === mounts[dataPath]);
        const vol = spec.volumes.find((v) => v.name === mounts[dataPath]);
        if (ephemeral.has(name)) {
          if (!vol?.emptyDir) errs.push(`mode single without persistence: ${dataPath} is not an emptyDir`);
        } else if (!claim && !vol?.persistentVolumeClaim) errs.push(`mode single: ${dataPath} is not on a PersistentVolumeClaim`);
      }

      // Orleans ids: labels <-> ORLEANS_* <-> Cluster__*; Kubernetes hosting's variables and RBAC
      if (mode === "cluster") {
        for (const [envName, fieldPath] of Object.entries(contract.kubernetesHosting.downwardApi)) {
          const got = envEntries.get(envName)?.valueFrom?.fieldRef?.fieldPath;
          if (got !== fieldPath) errs.push(`${envName} comes from ${got}, want fieldRef ${fieldPath}`);
        }
        for (const [label, envName] of Object.entries(contract.kubernetesHosting.labels)) {
          if (!meta.labels?.[label]) errs.push(`pod label ${label} missing`);
          if (envEntries.get(envName)?.valueFrom?.fieldRef?.fieldPath !== `metadata.labels['${label}']`) errs.push(`${envName} does not come from the label ${label}`);
        }
        for (const [setting, value] of Object.entries(contract.kubernetesHosting.settings))
          if (settings[setting] !== value) errs.push(`${setting} is ${JSON.stringify(settings[setting])}, want ${JSON.stringify(value)}`);
        const sa = spec.serviceAccountName;
        if (spec.automountServiceAccountToken !== true) errs.push("mode cluster: automountServiceAccountToken must be true (Kubernetes hosting calls the API)");
        const verbs = new Set(byKind("RoleBinding").filter((rb) => rb.subjects?.some((s) => s.kind === "ServiceAccount" && s.name === sa))
          .flatMap((rb) => find(rb.roleRef.kind, rb.roleRef.name)?.rules ?? [])
          .filter((r) => r.apiGroups?.includes("") && r.resources?.includes("pods")).flatMap((r) => r.verbs));
        for (const v of contract.kubernetesHosting.podVerbs) if (!verbs.has(v)) errs.push(`ServiceAccount ${sa} may not ${v} pods`);
      }
    }
  }

  const kinds = [...new Set(objs.map((o) => o.kind))].sort().join(", ");
  if (errs.length) {
    failures += errs.length;
    console.log(`FAIL ${name}: ${objs.length} objects (${kinds})`);
    for (const e of errs) console.log(`  - ${e}`);
  } else {
    console.log(`ok   ${name}: ${objs.length} objects valid (${kinds})`);
  }
  summary.push(`${name}=${errs.length}`);
}
// Where the app's source is at hand: each configuration key's section and name should appear in it. Only a warning:
// the C# side binds these keys (and its tests prove it); this catches a key renamed on one side only.
if (srcDir) {
  const { readdirSync, statSync } = await import("node:fs");
  const { join } = await import("node:path");
  let text = "";
  const walk = (d) => {
    for (const e of readdirSync(d)) {
      if (e === "bin" || e === "obj" || e.startsWith(".")) continue;
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(cs|json)$/.test(e)) text += readFileSync(p, "utf8") + "\n";
    }
  };
  walk(srcDir);
  const missing = contract.settings
    .filter((k) => k.includes("__"))
    .filter((k) => !k.split("__").every((seg) => new RegExp(`\\b${seg}\\b`).test(text)));
  if (missing.length) console.log(`WARN app keys whose names are not (yet) in ${srcDir}: ${missing.join(", ")}`);
  else console.log(`ok   every configuration key the chart sets is named in ${srcDir}`);
}
process.exit(failures ? 1 : 0);
