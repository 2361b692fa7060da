// @lpkit/sandbox/msw as installed from its tarball, with whichever MSW major is installed next to it.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { createSandboxHandlers, ECF_SANDBOX_BASE_URL } from "@lpkit/sandbox/msw";
import { setupServer } from "msw/node";

const { handlers, sandbox, http, controlBaseUrl } = createSandboxHandlers({ now: "2025-10-01T09:30:00Z" });
const server = setupServer(...handlers);
server.listen();
try {
  const headers = { authorization: "Bearer ambition-institute" };
  const page = await fetch(`${ECF_SANDBOX_BASE_URL}/api/v3/participants?page[per_page]=1`, { headers });
  assert.equal(page.status, 200, await page.clone().text());
  const [participant] = (await page.json()).data;
  assert.ok(participant.id);

  await sandbox.injectFault({ status: 503, count: 1, path: "/ecf/api/v3/statements", method: "GET" });
  assert.equal((await fetch(`${ECF_SANDBOX_BASE_URL}/api/v3/statements`, { headers })).status, 503);
  // The control API answers through MSW too, at the base URL's origin.
  const faults = await fetch(`${controlBaseUrl}/__sandbox/faults`);
  assert.deepEqual(await faults.json(), { data: [] });

  server.use(
    http.get("/api/v3/participants/{id}", ({ params, response }) =>
      response(404).json({ errors: [{ title: "Resource not found", detail: params.id }] }),
    ),
  );
  const overridden = await fetch(`${ECF_SANDBOX_BASE_URL}/api/v3/participants/${participant.id}`, { headers });
  assert.deepEqual(await overridden.json(), { errors: [{ title: "Resource not found", detail: participant.id }] });
} finally {
  server.close();
}
const { version } = createRequire(import.meta.url)("msw/package.json");
console.log(`@lpkit/sandbox/msw: answered through MSW ${version}`);
