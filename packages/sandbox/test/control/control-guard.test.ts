import { describe, expect, it } from "vitest";
import { API } from "../helpers/ecf.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

/** A fault that would make every API call fail: what a hostile page would most like to set. */
const FAULT = JSON.stringify({ status: 503, count: 1000 });

describe("cross-site writes to the control API", () => {
  const { client } = testSandbox();

  it("refuses a body not declared as JSON (a form or text/plain POST needs no CORS preflight) with 415", async () => {
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const response = await client.post("/__sandbox/faults", {
        rawBody: FAULT,
        headers: { "content-type": contentType },
      });
      expect(response.status).toBe(415);
      expect(response.body).toEqual({
        errors: [
          {
            title: "Unsupported media type",
            detail: "Send the request body as JSON, with the header 'Content-Type: application/json'.",
          },
        ],
      });
    }
    expect((await client.get("/__sandbox/faults")).body).toEqual({ data: [] });
  });

  it("takes application/json with a charset, and a POST without a body", async () => {
    const set = await client.post("/__sandbox/faults", {
      rawBody: FAULT,
      headers: { "content-type": "application/json; charset=utf-8" },
    });
    expect(set.status).toBe(201);
    expect((await client.post("/__sandbox/reset")).status).toBe(200);
  });

  it("refuses a write from a page of another site (its Origin), even without a body", async () => {
    for (const origin of ["https://attacker.example", "null"]) {
      const response = await client.post("/__sandbox/reset", { headers: { origin } });
      expect(response.status).toBe(403);
      expect(response.body.errors[0].title).toBe("Forbidden");
    }
    const own = await client.post("/__sandbox/reset", { headers: { origin: "http://localhost" } });
    expect(own.status).toBe(200);
  });
});

describe("the Host check", () => {
  it("refuses a Host the sandbox does not answer for (DNS rebinding) on every path", async () => {
    const { sandbox } = testSandbox();
    for (const path of ["/__sandbox/world", `${API}/statements`, "/docs/ecf-v3.json"]) {
      const response = await sandbox.app.request(`http://attacker.example:4010${path}`);
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({
        errors: [
          {
            title: "Forbidden",
            detail:
              "The sandbox does not answer for the host 'attacker.example'. Start it with --allowed-host attacker.example (createSandbox: allowedHosts) to reach it by this name.",
          },
        ],
      });
    }
  });

  it("answers the loopback names on any port, the allowed hosts, and every host with 'any'", async () => {
    const { sandbox } = testSandbox({ allowedHosts: ["sandbox.internal"] });
    for (const origin of [
      "http://localhost:4010",
      "http://127.0.0.1",
      "http://[::1]:8080",
      "http://SANDBOX.internal:1",
    ]) {
      expect((await sandbox.app.request(`${origin}/__sandbox/health`)).status).toBe(200);
    }
    const open = testSandbox({ allowedHosts: "any" });
    expect((await open.sandbox.app.request("http://anything.example/__sandbox/health")).status).toBe(200);
  });
});

describe("the control token", () => {
  const { client } = testSandbox({ controlToken: "s3cret" });

  it("is required on every control request but health, as a bearer token", async () => {
    const attempts: Record<string, string>[] = [{}, { authorization: "Bearer wrong" }, { authorization: "s3cret" }];
    for (const headers of attempts) {
      const response = await client.get("/__sandbox/world", { headers });
      expect(response.status).toBe(401);
      expect(response.body).toEqual({
        errors: [
          {
            title: "Unauthorised",
            detail:
              "This sandbox was started with a control token: send it as 'Authorization: Bearer <token>' (the SDK: controlToken).",
          },
        ],
      });
    }
    expect((await client.post("/__sandbox/reset")).status).toBe(401);
    expect((await client.get("/__sandbox/health")).status).toBe(200);
    expect((await client.get("/__sandbox/world", { headers: { authorization: "Bearer s3cret" } })).status).toBe(200);
  });

  it("does not guard the ECF API, which has its own tokens", async () => {
    expect((await client.get(`${API}/statements`)).status).toBe(401);
  });

  it("cannot be empty", () => {
    expect(() => testSandbox({ controlToken: "" })).toThrow(TypeError);
  });
});
