/**
 * A consumer of the MSW adapter in a project without the DOM lib (`lib: ["ES2023"]`, `types: ["node"]`), checked by
 * `pnpm typecheck` through the tsconfig beside it: the adapter's types must need nothing `@types/node` lacks.
 */
import { createEcfHttp, createSandboxHandlers } from "../../../src/msw/index.ts";

const sandbox = createSandboxHandlers({ now: "2025-10-01T09:00:00Z" });

const http = createEcfHttp();

export const handlers = [
  http.get("/api/v3/statements/{id}", ({ response }) =>
    response(429).text("Retry later", { headers: { "Retry-After": "30" } }),
  ),
  ...sandbox.handlers,
];
