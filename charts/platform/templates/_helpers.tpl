{{/* Chart name, cut to 63 characters (a DNS label). */}}
{{- define "platform.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Full name: release-chart unless the release name already contains the chart name. Cut to 52 characters so that
derived names ("-internal", "-test-ready") stay within 63.
*/}}
{{- define "platform.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 52 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 52 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 52 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "platform.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "platform.selectorLabels" -}}
app.kubernetes.io/name: {{ include "platform.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "platform.labels" -}}
helm.sh/chart: {{ include "platform.chart" . }}
{{ include "platform.selectorLabels" . }}
app.kubernetes.io/version: {{ (.Values.image.tag | default .Chart.AppVersion) | trunc 63 | trimSuffix "-" | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: platform
{{- end }}

{{- define "platform.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "platform.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* Orleans ids: the pod labels orleans/clusterId and orleans/serviceId carry them (mode cluster). */}}
{{- define "platform.clusterId" -}}
{{- default (include "platform.fullname" .) .Values.cluster.clusterId }}
{{- end }}

{{- define "platform.serviceId" -}}
{{- default (include "platform.fullname" .) .Values.cluster.serviceId }}
{{- end }}

{{- define "platform.secretName" -}}
{{- default (include "platform.fullname" .) .Values.existingSecret }}
{{- end }}

{{- define "platform.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (.Values.image.tag | default .Chart.AppVersion) }}
{{- end }}
{{- end }}

{{/* Seconds in a TimeSpan written hh:mm:ss (the schema allows no other form). */}}
{{- define "platform.seconds" -}}
{{- $p := splitList ":" . }}
{{- add (mul (atoi (index $p 0)) 3600) (mul (atoi (index $p 1)) 60) (atoi (index $p 2)) }}
{{- end }}

{{/*
terminationGracePeriodSeconds: above Platform:ShutdownTimeout + Platform:ShutdownDrainDelay, so that the drain and
the silo's shutdown (views handed to their posts, grains deactivated) finish before SIGKILL.
*/}}
{{- define "platform.terminationGracePeriodSeconds" -}}
{{- $stop := add (include "platform.seconds" .Values.platform.shutdownTimeout | atoi) (include "platform.seconds" .Values.platform.shutdownDrainDelay | atoi) }}
{{- $grace := int .Values.terminationGracePeriodSeconds }}
{{- if eq $grace 0 }}
{{- add $stop 10 }}
{{- else if le $grace (int $stop) }}
{{- fail (printf "terminationGracePeriodSeconds (%d) must exceed platform.shutdownTimeout + platform.shutdownDrainDelay (%d s)" $grace (int $stop)) }}
{{- else }}
{{- $grace }}
{{- end }}
{{- end }}

{{/* Checks the schema cannot express. */}}
{{- define "platform.validate" -}}
{{- if eq (int .Values.cluster.siloPort) (int .Values.cluster.gatewayPort) }}
{{- fail "cluster.siloPort and cluster.gatewayPort must differ" }}
{{- end }}
{{- $ports := list 8080 (int .Values.management.port) (int .Values.cluster.siloPort) (int .Values.cluster.gatewayPort) }}
{{- if ne (len ($ports | uniq)) 4 }}
{{- fail "the http port (8080), management.port, cluster.siloPort and cluster.gatewayPort must all differ" }}
{{- end }}
{{- if and .Values.autoscaling.enabled (gt (int .Values.autoscaling.minReplicas) (int .Values.autoscaling.maxReplicas)) }}
{{- fail "autoscaling.minReplicas must not exceed autoscaling.maxReplicas" }}
{{- end }}
{{- end }}

{{/* Soft spread over nodes and zones unless topologySpreadConstraints is given. */}}
{{- define "platform.topologySpreadConstraints" -}}
{{- if .Values.topologySpreadConstraints }}
{{- toYaml .Values.topologySpreadConstraints }}
{{- else -}}
- maxSkew: 1
  topologyKey: kubernetes.io/hostname
  whenUnsatisfiable: ScheduleAnyway
  labelSelector:
    matchLabels:
      {{- include "platform.selectorLabels" . | nindent 6 }}
- maxSkew: 1
  topologyKey: topology.kubernetes.io/zone
  whenUnsatisfiable: ScheduleAnyway
  labelSelector:
    matchLabels:
      {{- include "platform.selectorLabels" . | nindent 6 }}
{{- end }}
{{- end }}
