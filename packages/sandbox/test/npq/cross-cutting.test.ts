import { NPQ_LEAD_PROVIDERS, NPQ_REQUEST_MESSAGES } from "@lpkit/engine";
import { describe, expect, it } from "vitest";
import { SERVER_DATE_INVALID } from "../../src/http/messages.ts";
import { API as ECF_API } from "../helpers/ecf.ts";
import { AMBITION, LLSE, NPQ_API, NPQ_NOT_FOUND, NPQ_UNAUTHORISED, npqApplication, npqBody } from "../helpers/npq.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

describe("the NPQ API's conventions", () => {
  it("answers a missing or unknown token with the service's 401, without a charset and with no-store", async () => {
    const { client } = testSandbox();
    for (const token of [undefined, "not-a-token"]) {
      const response = await client.get(`${NPQ_API}/npq-applications`, { token });
      expect([response.status, response.body]).toEqual([401, NPQ_UNAUTHORISED]);
      expect(response.headers.get("content-type")).toBe("application/json");
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
  });

  it("gives a lead provider in both services one token for both, and an NPQ-only one a token for /npq", async () => {
    const { client } = testSandbox();
    expect((await client.get(`${ECF_API}/participants`, { token: AMBITION })).status).toBe(200);
    const npq = await client.get(`${NPQ_API}/npq-applications`, { token: AMBITION });
    expect(npq.status).toBe(200);
    const ambition = NPQ_LEAD_PROVIDERS.find((provider) => provider.name === "Ambition Institute");
    const requests = (await client.get("/__sandbox/requests")).body.data;
    expect(requests.find((entry: { path: string }) => entry.path.startsWith("/npq/")).lead_provider.id).toBe(
      ambition?.id,
    );
    expect((await client.get(`${NPQ_API}/npq-applications`, { token: LLSE })).status).toBe(200);
    expect((await client.get(`${ECF_API}/participants`, { token: LLSE })).status).toBe(401);
  });

  it("answers a path or method it has no route for with the service's 404", async () => {
    const { client } = testSandbox();
    for (const [method, path] of [
      ["GET", `${NPQ_API}/no-such-thing`],
      ["DELETE", `${NPQ_API}/npq-applications`],
      ["GET", "/npq"],
    ] as const) {
      const response = await client.request(method, path, { token: AMBITION });
      expect([response.status, response.body]).toEqual([404, NPQ_NOT_FOUND]);
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
  });

  it("reads routes with a .json suffix, as the service's router does", async () => {
    const { client } = testSandbox();
    expect((await client.get(`${NPQ_API}/npq-applications.json`, { token: AMBITION })).status).toBe(200);
  });

  it("runs a request at X-With-Server-Date, and refuses one it cannot read", async () => {
    const { client } = testSandbox();
    const pending = await npqApplication(client, (a) => a.status === "pending" && a.cohort === "2025");
    const accepted = await client.post(`${NPQ_API}/npq-applications/${pending.id}/accept`, {
      token: AMBITION,
      headers: { "x-with-server-date": "2025-11-02T10:00:00Z" },
      body: npqBody("npq-application-accept", { funded_place: false }),
    });
    expect(accepted.body.data.attributes.updated_at).toBe("2025-11-02T10:00:00Z");
    const bad = await client.get(`${NPQ_API}/npq-applications`, {
      token: AMBITION,
      headers: { "x-with-server-date": "yesterday" },
    });
    expect([bad.status, bad.body.errors[0].detail]).toEqual([400, SERVER_DATE_INVALID]);
    expect(bad.headers.get("content-type")).toBe("application/json");
  });

  it("fires faults armed on an /npq path, in the NPQ service's format", async () => {
    const { client } = testSandbox();
    const pending = await npqApplication(client, (a) => a.status === "pending");
    const armed = await client.post("/__sandbox/faults", {
      body: { status: 404, path: `${NPQ_API}/npq-applications`, count: 1 },
    });
    expect(armed.status).toBe(201);
    const failed = await client.get(`${NPQ_API}/npq-applications/${pending.id}`, { token: AMBITION });
    expect([failed.status, failed.body]).toEqual([404, NPQ_NOT_FOUND]);
    await client.post("/__sandbox/faults", { body: { status: 503, path: `${NPQ_API}/participants/npq` } });
    const unavailable = await client.get(`${NPQ_API}/participants/npq`, { token: AMBITION });
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get("retry-after")).toBe("1");
    expect((await client.get(`${NPQ_API}/participants/npq`, { token: AMBITION })).status).toBe(200);
  });

  it("throttles each service's requests apart, with the service's plain-text 429", async () => {
    const { client } = testSandbox({ rateLimit: { limit: 1, periodMs: 60_000 } });
    expect((await client.get(`${NPQ_API}/npq-applications`, { token: AMBITION })).status).toBe(200);
    expect((await client.get(`${ECF_API}/participants`, { token: AMBITION })).status).toBe(200);
    const throttled = await client.get(`${NPQ_API}/npq-applications`, { token: AMBITION });
    expect([throttled.status, throttled.text]).toEqual([429, "Retry later\n"]);
  });

  it("words a filter that is not a hash as the NPQ service does, before the token", async () => {
    const { client } = testSandbox();
    const response = await client.get(`${NPQ_API}/participants/npq?filter=abc`);
    expect([response.status, response.body.errors[0].detail]).toEqual([400, NPQ_REQUEST_MESSAGES.filterNotValid]);
  });
});

describe("GET /__sandbox/world and POST /__sandbox/reset", () => {
  it("describe the NPQ world apart, and a reset rebuilds it to the same digest for the same seed and clock", async () => {
    const { client } = testSandbox();
    const before = (await client.get("/__sandbox/world")).body;
    expect(before.npq.counts.applications).toBeGreaterThan(100);
    const pending = await npqApplication(client, (a) => a.status === "pending");
    await client.post(`${NPQ_API}/npq-applications/${pending.id}/reject`, { token: AMBITION });
    const changed = (await client.get("/__sandbox/world")).body;
    expect(changed.npq.digest).not.toBe(before.npq.digest);
    expect(changed.digest).toBe(before.digest);
    const reset = (await client.post("/__sandbox/reset", { body: {} })).body;
    expect(reset.npq).toEqual(before.npq);
  });
});
