import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox } from "../src/index.ts";
import { AMBITION, API, body, scenario, UNAUTHORISED } from "./helpers/ecf.ts";
import { NPQ_API, NPQ_UNAUTHORISED, npqApplication, npqBody } from "./helpers/npq.ts";
import { SpecClient } from "./helpers/spec-client.ts";
import { TEST_NOW } from "./helpers/test-sandbox.ts";

// The same app over a real socket: what an SDK or a provider's integration tests talk to.
const sandbox = createSandbox({ now: TEST_NOW });
let server: ReturnType<typeof serve>;
let client: SpecClient;
let origin: string;

beforeAll(async () => {
  server = serve({ fetch: sandbox.app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  client = new SpecClient((request) => fetch(request), origin);
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("over HTTP", () => {
  it("answers health, and 401 with the service's body and content type", async () => {
    expect((await client.get("/__sandbox/health")).body).toEqual({ status: "ok" });
    const refused = await client.get(`${API}/participants`);
    expect(refused.status).toBe(401);
    expect(refused.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(refused.body).toEqual(UNAUTHORISED);
  });

  it("runs a provider's round trip: list, declare, void", async () => {
    const { resources } = await scenario(client, "ect-ready-to-declare");
    const participant = await client.get(`${API}/participants/${resources.participant_id}`, { token: AMBITION });
    expect(participant.status).toBe(200);
    const declared = await client.post(`${API}/participant-declarations`, {
      token: AMBITION,
      body: body("participant-declaration", {
        participant_id: resources.participant_id,
        declaration_type: "started",
        declaration_date: "2025-09-01T10:00:00Z",
        course_identifier: "ecf-induction",
        evidence_held: "other",
      }),
    });
    expect(declared.status).toBe(200);
    const voided = await client.put(`${API}/participant-declarations/${declared.body.data.id}/void`, {
      token: AMBITION,
    });
    expect(voided.body.data.attributes.state).toBe("voided");
  });

  it("runs an NPQ round trip: list applications, accept one, read the participant, and the NPQ 401", async () => {
    const refused = await client.get(`${NPQ_API}/npq-applications`);
    expect([refused.status, refused.body]).toEqual([401, NPQ_UNAUTHORISED]);
    expect(refused.headers.get("content-type")).toBe("application/json");
    const pending = await npqApplication(client, (a) => a.status === "pending" && a.cohort === "2025");
    const accepted = await client.post(`${NPQ_API}/npq-applications/${pending.id}/accept`, {
      token: AMBITION,
      body: npqBody("npq-application-accept", { funded_place: false }),
    });
    expect(accepted.body.data.attributes.status).toBe("accepted");
    const participant = await client.get(`${NPQ_API}/participants/npq/${pending.attributes.participant_id}`, {
      token: AMBITION,
    });
    expect(participant.status).toBe(200);
  });

  it("answers malformed JSON with the structure 400 rather than failing", async () => {
    const response = await client.post(`${API}/partnerships`, {
      token: AMBITION,
      rawBody: "{nope",
      headers: { "content-type": "application/json" },
    });
    expect(response.status).toBe(400);
  });

  it("writes the same headers as the in-process answer, and only the connection's own besides", async () => {
    const inProcess = new SpecClient((request) => sandbox.fetch(request), "http://localhost");
    const connectionHeaders = new Set(["connection", "content-length", "date", "keep-alive"]);
    const answerHeaders = (headers: Headers) => [...headers].filter(([name]) => !connectionHeaders.has(name));
    const refusedDeclaration = body("participant-declaration", { participant_id: "nobody" });
    for (const [served, local] of [
      [
        await client.get(`${API}/statements`, { token: AMBITION }),
        await inProcess.get(`${API}/statements`, { token: AMBITION }),
      ],
      [
        await client.post(`${API}/participant-declarations`, { token: AMBITION, body: refusedDeclaration }),
        await inProcess.post(`${API}/participant-declarations`, { token: AMBITION, body: refusedDeclaration }),
      ],
      [await client.get(`${API}/statements`), await inProcess.get(`${API}/statements`)],
    ] as const) {
      expect(answerHeaders(served.headers)).toEqual(answerHeaders(local.headers));
      expect(served.headers.get("content-length")).toBe(String(Buffer.byteLength(local.text)));
    }
  });

  it("serves the docs page", async () => {
    const response = await client.get("/docs");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
  });

  it("takes body-less writes, which carry no Content-Length, past the body limit", async () => {
    expect((await client.post("/__sandbox/faults", { body: { status: 503 } })).status).toBe(201);
    expect((await client.request("DELETE", "/__sandbox/faults")).status).toBe(204);
    expect((await client.get("/__sandbox/faults")).body).toEqual({ data: [] });
  });

  it("refuses an oversized chunked body with 413", async () => {
    const chunk = "x".repeat(64 * 1024);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.length;
        controller.enqueue(new TextEncoder().encode(chunk));
        if (sent > 4 * 1024 * 1024) {
          controller.close();
        }
      },
    });
    const response = await fetch(`${origin}/__sandbox/participants`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(4 * 1024 * 1024);
  });
});
