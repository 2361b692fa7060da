# The Lead Provider Kit sandbox in a container, for teams whose systems are not written in Node
# (docs/decisions/sandbox-single-executable.md):
#
#   docker build -t lpkit-sandbox .
#   docker run --rm -p 4010:4010 lpkit-sandbox --now 2025-10-01T09:30:00Z
#
# Then call http://localhost:4010/ecf/api/v3 with a token the container prints. Arguments after the image name are
# lpkit-sandbox options (`--seed`, `--now`, `--rate-limit`, `--control-token`, `--allowed-host`, ...).

# Build: the single executable (scripts/build-executable.ts), from the locked dependencies of the sandbox alone.
FROM node:24-bookworm-slim AS build
# The pnpm of package.json's "packageManager".
RUN npm install --global --no-audit --no-fund pnpm@10.34.8
WORKDIR /kit
COPY . .
RUN pnpm install --frozen-lockfile --filter "@lpkit/sandbox..."
RUN cd packages/sandbox && node scripts/build-executable.ts --out /out

# Run: the executable carries Node, the sandbox and its files; Debian slim gives it glibc, libstdc++ and bash (for
# the health check), and nothing runs as root.
FROM debian:bookworm-slim
RUN useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin lpkit
COPY --from=build /out/lpkit-sandbox /usr/local/bin/lpkit-sandbox
USER lpkit
EXPOSE 4010
# No curl in the image: bash sends the request itself. Host "localhost" is a name the sandbox always answers for.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/4010 && printf 'GET /__sandbox/health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && read -r status <&3 && [[ $status == *' 200 '* ]]"]
# Inside a container the sandbox must listen on every interface to be reached through a published port. Naming an
# allowed host keeps its Host check on (docs/decisions/sandbox-network-exposure.md): it answers for the loopback
# names, which is how `-p 4010:4010` reaches it from this machine (http://localhost:4010), and refuses other names
# (DNS rebinding). Add `--allowed-host <name>` for each other name it is reached by, e.g. a Compose service's name.
ENTRYPOINT ["lpkit-sandbox", "--host", "0.0.0.0", "--port", "4010", "--allowed-host", "localhost"]
