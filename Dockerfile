# syntax=docker/dockerfile:1
#
# The platform's container image: the gateway (ASP.NET Core with the co-hosted Orleans silo), published from
# src/Platform.Gateway. Built by .github/workflows/image.yml; deployed by charts/platform (docs/kubernetes.md).
#
#   docker build -t platform .
#   docker run --read-only --tmpfs /tmp -v platform-data:/data -p 8080:8080 -p 8081:8081 platform
#
# The root filesystem can be read-only: the app writes only under /data (Platform:DataPath: the SQLite file) and,
# for the .NET diagnostics socket, under /tmp. Give /tmp a tmpfs (the chart mounts an emptyDir there), or set
# DOTNET_EnableDiagnostics=0 to turn the diagnostics socket off (dotnet-counters/dotnet-trace then cannot attach).

# The analytics data files (crawler list, uap-core regexes, IP-to-country database), pinned in
# data/analytics/package-lock.json. The build stage takes the installed packages, and the Gateway's publish copies the
# three files it reads to /app/analytics-data (docs/analytics-collection-draft.md).
FROM node:22-bookworm-slim AS analytics-data
WORKDIR /data/analytics
COPY data/analytics/package.json data/analytics/package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error

# The SDK must satisfy global.json (10.0.401, rollForward latestFeature).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_NOLOGO=1
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/ src/
COPY --from=analytics-data /data/analytics/node_modules/ data/analytics/node_modules/
# The NuGet cache is a BuildKit cache mount: restores are reused across builds without a layer per project file.
RUN --mount=type=cache,id=platform-nuget,target=/root/.nuget/packages \
    dotnet publish src/Platform.Gateway -c Release -o /app -p:UseAppHost=false \
    && mkdir -p /data-empty

# Any ASP.NET Core 10 runtime image works here, e.g. aspnet:10.0-noble-chiseled (no shell): nothing below runs a
# command in the final stage.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
# Ports: 8080 public HTTP, 8081 management (/metrics, health, dashboard), 11111 silo-to-silo, 30000 Orleans gateway.
# ASPNETCORE_URLS and Urls both name the public port: appsettings.json has a "Urls" entry, which wins over
# ASPNETCORE_URLS (host configuration) but not over the unprefixed Urls variable (app configuration).
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ASPNETCORE_URLS=http://+:8080 \
    Urls=http://+:8080 \
    Management__Port=8081 \
    Cluster__SiloPort=11111 \
    Cluster__GatewayPort=30000 \
    Platform__DataPath=/data \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
COPY --from=build /app ./
# /data belongs to the image's non-root user (uid 1654, "app", APP_UID in the official images), so a fresh volume
# mounted there is writable; the chart also sets fsGroup 1654.
COPY --from=build --chown=1654:1654 /data-empty /data
VOLUME ["/data"]
EXPOSE 8080 8081 11111 30000
# The numeric uid (APP_UID=1654 is user "app") lets Kubernetes' runAsNonRoot verify the user without a lookup.
USER $APP_UID
# SIGTERM starts the drain: readiness fails at once, requests are served for Platform:ShutdownDrainDelay, then the
# silo hands off its views and deactivates (docs/operations.md, Shutdown).
STOPSIGNAL SIGTERM
ENTRYPOINT ["dotnet", "Platform.Gateway.dll"]
