{{/* The pod template shared by the StatefulSet (mode single) and the Deployment (mode cluster). */}}
{{- define "platform.podTemplate" -}}
{{- $cluster := eq .Values.mode "cluster" }}
{{- $keys := .Values.existingSecretKeys }}
{{- $secret := include "platform.secretName" . -}}
metadata:
  labels:
    {{- include "platform.selectorLabels" . | nindent 4 }}
    app.kubernetes.io/component: gateway
    {{- if $cluster }}
    # Orleans' Kubernetes hosting finds the silos of this cluster by these two labels.
    orleans/serviceId: {{ include "platform.serviceId" . | quote }}
    orleans/clusterId: {{ include "platform.clusterId" . | quote }}
    {{- end }}
    {{- with .Values.podLabels }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
  annotations:
    # A change of settings or secrets rolls the pods.
    checksum/config: {{ include (print $.Template.BasePath "/configmap.yaml") . | sha256sum }}
    checksum/secret: {{ include (print $.Template.BasePath "/secret.yaml") . | sha256sum }}
    {{- with .Values.podAnnotations }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  serviceAccountName: {{ include "platform.serviceAccountName" . }}
  # Only mode cluster talks to the Kubernetes API (Orleans' Kubernetes hosting).
  automountServiceAccountToken: {{ $cluster }}
  {{- with .Values.imagePullSecrets }}
  imagePullSecrets:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with .Values.priorityClassName }}
  priorityClassName: {{ . }}
  {{- end }}
  securityContext:
    {{- toYaml .Values.podSecurityContext | nindent 4 }}
  terminationGracePeriodSeconds: {{ include "platform.terminationGracePeriodSeconds" . }}
  enableServiceLinks: false
  containers:
    - name: platform
      image: {{ include "platform.image" . | quote }}
      imagePullPolicy: {{ .Values.image.pullPolicy }}
      securityContext:
        {{- toYaml .Values.securityContext | nindent 8 }}
      ports:
        - name: http
          containerPort: 8080
          protocol: TCP
        - name: management
          containerPort: {{ .Values.management.port }}
          protocol: TCP
        - name: silo
          containerPort: {{ .Values.cluster.siloPort }}
          protocol: TCP
        - name: orleans-gateway
          containerPort: {{ .Values.cluster.gatewayPort }}
          protocol: TCP
      envFrom:
        - configMapRef:
            name: {{ include "platform.fullname" . }}
        {{- with .Values.extraEnvFrom }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      env:
        {{- if $cluster }}
        # Read by Orleans' Kubernetes hosting (UseKubernetesHosting).
        - name: POD_NAME
          valueFrom:
            fieldRef:
              fieldPath: metadata.name
        - name: POD_NAMESPACE
          valueFrom:
            fieldRef:
              fieldPath: metadata.namespace
        - name: POD_IP
          valueFrom:
            fieldRef:
              fieldPath: status.podIP
        - name: ORLEANS_SERVICE_ID
          valueFrom:
            fieldRef:
              fieldPath: metadata.labels['orleans/serviceId']
        - name: ORLEANS_CLUSTER_ID
          valueFrom:
            fieldRef:
              fieldPath: metadata.labels['orleans/clusterId']
        # The app's own settings take the same ids from the labels, so the two cannot disagree.
        - name: Cluster__ServiceId
          value: "$(ORLEANS_SERVICE_ID)"
        - name: Cluster__ClusterId
          value: "$(ORLEANS_CLUSTER_ID)"
        - name: Cluster__AdvertisedAddress
          value: "$(POD_IP)"
        - name: Storage__AzureBlob__ConnectionString
          valueFrom:
            secretKeyRef:
              name: {{ $secret }}
              key: {{ $keys.storageConnectionString }}
        # Unset when the key is missing: the app then uses the storage connection string for membership.
        - name: Cluster__AzureStorage__ConnectionString
          valueFrom:
            secretKeyRef:
              name: {{ $secret }}
              key: {{ $keys.clusterConnectionString }}
              optional: true
        {{- end }}
        - name: Platform__AdminToken
          valueFrom:
            secretKeyRef:
              name: {{ $secret }}
              key: {{ $keys.adminToken }}
              optional: true
        {{- with .Values.extraEnv }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      startupProbe:
        httpGet:
          path: {{ .Values.probes.startup.path }}
          port: http
        periodSeconds: {{ .Values.probes.startup.periodSeconds }}
        timeoutSeconds: {{ .Values.probes.startup.timeoutSeconds }}
        failureThreshold: {{ .Values.probes.startup.failureThreshold }}
      livenessProbe:
        httpGet:
          path: {{ .Values.probes.liveness.path }}
          port: http
        periodSeconds: {{ .Values.probes.liveness.periodSeconds }}
        timeoutSeconds: {{ .Values.probes.liveness.timeoutSeconds }}
        failureThreshold: {{ .Values.probes.liveness.failureThreshold }}
      readinessProbe:
        httpGet:
          path: {{ .Values.probes.readiness.path }}
          port: http
        periodSeconds: {{ .Values.probes.readiness.periodSeconds }}
        timeoutSeconds: {{ .Values.probes.readiness.timeoutSeconds }}
        failureThreshold: {{ .Values.probes.readiness.failureThreshold }}
      resources:
        {{- toYaml .Values.resources | nindent 8 }}
      volumeMounts:
        - name: data
          mountPath: /data
        - name: tmp
          mountPath: /tmp
        {{- with .Values.extraVolumeMounts }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
  volumes:
    # The root filesystem is read-only: /tmp holds the .NET diagnostics socket and other scratch files.
    - name: tmp
      emptyDir:
        sizeLimit: 256Mi
    {{- if $cluster }}
    # Grain state lives in Azure Storage; /data (Platform:DataPath) is scratch.
    - name: data
      emptyDir:
        sizeLimit: 1Gi
    {{- else if and .Values.persistence.enabled .Values.persistence.existingClaim }}
    - name: data
      persistentVolumeClaim:
        claimName: {{ .Values.persistence.existingClaim }}
    {{- else if not .Values.persistence.enabled }}
    # persistence.enabled=false: the SQLite file is lost with the pod.
    - name: data
      emptyDir: {}
    {{- end }}
    {{- with .Values.extraVolumes }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
  topologySpreadConstraints:
    {{- include "platform.topologySpreadConstraints" . | nindent 4 }}
  {{- with .Values.nodeSelector }}
  nodeSelector:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with .Values.affinity }}
  affinity:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with .Values.tolerations }}
  tolerations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end }}
