/**
 * The request log under MSW: what a provider's code sent through the intercepted `fetch` is in
 * `sandbox.requests()`, as `GET /__sandbox/requests` lists it, under the sandbox's own `/ecf` paths.
 */
import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSandboxHandlers } from "../../src/msw/index.ts";
import { AMBITION, apiClient, startedDeclaration, TEST_NOW } from "./support/msw-api.ts";

const { handlers, sandbox } = createSandboxHandlers({ now: TEST_NOW });
const server = setupServer(...handlers);
const api = apiClient();

beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
beforeEach(async () => {
  await sandbox.reset();
});
afterAll(() => server.close());

describe("the request log through MSW", () => {
  it("lists what the code sent and what it got, and a reset empties it", async () => {
    const refused = await api.post("/api/v3/participant-declarations", {
      body: startedDeclaration("0b7d2c1e-5f3a-4e8b-9c6d-1a2b3c4d5e6f"),
    });
    expect(refused.status).toBe(422);

    const [entry, ...rest] = await sandbox.requests();

    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      method: "POST",
      path: "/ecf/api/v3/participant-declarations",
      lead_provider: { name: "Ambition Institute" },
      status: 422,
      error_detail: refused.body.errors[0].detail,
      request_body: { json: startedDeclaration("0b7d2c1e-5f3a-4e8b-9c6d-1a2b3c4d5e6f") },
      response_body: { json: refused.body },
    });
    expect((await sandbox.leadProviders()).find((account) => account.token === AMBITION)?.id).toBe(
      entry?.lead_provider?.id,
    );
    await sandbox.reset();
    expect(await sandbox.requests()).toEqual([]);
  });
});
