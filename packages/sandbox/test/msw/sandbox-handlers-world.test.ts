/**
 * `createSandboxHandlers({ world })`: the code under test sends no `X-Sandbox-World`, yet its requests and the
 * returned control functions reach the handlers' world, not the default one.
 */
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandboxHandlers } from "../../src/msw/index.ts";
import { TEST_NOW } from "./support/msw-api.ts";

const { handlers, sandbox, baseUrl, controlBaseUrl } = createSandboxHandlers({ now: TEST_NOW, world: "msw-job" });
const server = setupServer(...handlers);

beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
afterAll(() => server.close());

describe("createSandboxHandlers({ world })", () => {
  it("answers every request from its world once created, and leaves the default world alone", async () => {
    // Before the world exists, the handlers' requests get the unknown-world 404.
    const missing = await fetch(`${baseUrl}/api/v3/participants`);
    expect(missing.status).toBe(404);
    expect(JSON.stringify(await missing.json())).toContain("msw-job");
    await sandbox.createWorld({ name: "msw-job", now: "2025-12-01T09:00:00Z" });

    const [ambition] = await sandbox.leadProviders();
    const listed = await fetch(`${baseUrl}/api/v3/participants`, {
      headers: { authorization: `Bearer ${ambition?.token}` },
    });
    expect(listed.status).toBe(200);
    expect((await listed.json()).data.length).toBeGreaterThan(0);
    expect((await sandbox.clock()).now).toBe("2025-12-01T09:00:00Z");
    const inDefault = await fetch(`${controlBaseUrl}/__sandbox/clock`, { headers: { "x-sandbox-world": "default" } });
    expect(await inDefault.json()).toEqual({ now: "2025-10-01T09:30:00Z", frozen: true });
  });
});
