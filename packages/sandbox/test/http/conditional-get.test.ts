import { createHash } from "node:crypto";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { conditionalGet } from "../../src/http/conditional-get.ts";
import type { SandboxEnv } from "../../src/http/env.ts";
import { AMBITION, API, body, scenario } from "../helpers/ecf.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

const { client } = testSandbox();

const REVALIDATE = "max-age=0, private, must-revalidate";

/** A `started` declaration of a 2025 ECT, dated inside the milestone and before TEST_NOW. */
const startedDeclarationBody = (participantId: string) =>
  body("participant-declaration", {
    participant_id: participantId,
    declaration_type: "started",
    declaration_date: "2025-09-20T10:00:00Z",
    course_identifier: "ecf-induction",
    evidence_held: "training-event-attended",
  });

/** Rack::ETag's tag, computed independently: `W/"` + the first 32 hex digits of the body's SHA-256 + `"`. */
const rackEtag = (text: string) => `W/"${createHash("sha256").update(text).digest("hex").slice(0, 32)}"`;

describe("ETag and Cache-Control (ECF rules §1.3)", () => {
  it("tags every 200 GET, list or resource, with a weak ETag of its body", async () => {
    const { resources } = await scenario(client, "ect-ready-to-declare");
    for (const path of ["/statements", `/participants/${resources.participant_id}`, "/schools?filter[cohort]=2025"]) {
      const response = await client.get(`${API}${path}`, { token: AMBITION });
      expect(response.status, path).toBe(200);
      expect(response.headers.get("etag"), path).toBe(rackEtag(response.text));
      expect(response.headers.get("cache-control"), path).toBe(REVALIDATE);
    }
  });

  it("tags the 200 of a PUT and of a POST too", async () => {
    const { resources } = await scenario(client, "ect-ready-to-declare");
    const put = await client.put(`${API}/participants/${resources.participant_id}/defer`, {
      token: AMBITION,
      body: body("participant-defer", { reason: "career-break", course_identifier: "ecf-induction" }),
    });
    expect(put.status).toBe(200);
    expect(put.headers.get("etag")).toBe(rackEtag(put.text));
    expect(put.headers.get("cache-control")).toBe(REVALIDATE);

    const other = await scenario(client, "ect-ready-to-declare");
    const post = await client.post(`${API}/participant-declarations`, {
      token: AMBITION,
      body: startedDeclarationBody(other.resources.participant_id),
    });
    expect(post.status).toBe(200);
    expect(post.headers.get("etag")).toBe(rackEtag(post.text));
  });

  it.each([
    ["400", `${API}/participants?page[page]=0`, AMBITION],
    ["401", `${API}/participants`, undefined],
    ["404", `${API}/participants/00000000-0000-4000-8000-000000000000`, AMBITION],
  ])("sends Cache-Control: no-cache and no ETag on a %s", async (status, path, token) => {
    const response = await client.get(path, { token });
    expect(String(response.status)).toBe(status);
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(response.headers.get("etag")).toBeNull();
  });

  it("sends no-cache on a 422", async () => {
    const response = await client.post(`${API}/participant-declarations`, {
      token: AMBITION,
      body: startedDeclarationBody("00000000-0000-4000-8000-000000000000"),
    });
    expect(response.status).toBe(422);
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(response.headers.get("etag")).toBeNull();
  });
});

describe("If-None-Match (Rack::ConditionalGet)", () => {
  it("answers 304 with no body and no content type when the tag matches exactly, keeping ETag and Cache-Control", async () => {
    const first = await client.get(`${API}/statements`, { token: AMBITION });
    const etag = first.headers.get("etag") ?? "";
    const second = await client.get(`${API}/statements`, { token: AMBITION, headers: { "if-none-match": etag } });
    expect(second.status).toBe(304);
    expect(second.text).toBe("");
    expect(second.headers.get("content-type")).toBeNull();
    expect(second.headers.get("etag")).toBe(etag);
    expect(second.headers.get("cache-control")).toBe(REVALIDATE);
  });

  it("treats HEAD as GET: the same ETag, and 304 on a match", async () => {
    const get = await client.get(`${API}/statements`, { token: AMBITION });
    const head = await client.request("HEAD", `${API}/statements`, { token: AMBITION });
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toBe(get.headers.get("etag"));
    const matched = await client.request("HEAD", `${API}/statements`, {
      token: AMBITION,
      headers: { "if-none-match": get.headers.get("etag") ?? "" },
    });
    expect(matched.status).toBe(304);
  });

  it("answers 200 again once the body changed", async () => {
    // A world of its own: the other tests defer this scenario's participant.
    const { client } = testSandbox();
    const { resources } = await scenario(client, "ect-ready-to-declare");
    const path = `${API}/participants/${resources.participant_id}`;
    const before = await client.get(path, { token: AMBITION });
    const deferred = await client.put(`${path}/defer`, {
      token: AMBITION,
      body: body("participant-defer", { reason: "career-break", course_identifier: "ecf-induction" }),
    });
    expect(deferred.status, deferred.text).toBe(200);
    const after = await client.get(path, {
      token: AMBITION,
      headers: { "if-none-match": before.headers.get("etag") ?? "" },
    });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(before.headers.get("etag"));
  });

  it.each([
    ["a list of tags", (etag: string) => `${etag}, W/"other"`],
    ["the strong form", (etag: string) => etag.slice(2)],
    ["a wildcard", () => "*"],
  ])("compares the header as a plain string: %s is not a match", async (_, header) => {
    const first = await client.get(`${API}/statements`, { token: AMBITION });
    const second = await client.get(`${API}/statements`, {
      token: AMBITION,
      headers: { "if-none-match": header(first.headers.get("etag") ?? "") },
    });
    expect(second.status).toBe(200);
  });

  it("answers only a 200: a request without a valid token is still a 401", async () => {
    const first = await client.get(`${API}/statements`, { token: AMBITION });
    const etag = first.headers.get("etag") ?? "";
    const unauthorised = await client.get(`${API}/statements`, { headers: { "if-none-match": etag } });
    expect(unauthorised.status).toBe(401);
  });
});

describe("conditionalGet on a response jsonResponse did not make", () => {
  const app = new Hono<SandboxEnv>();
  app.use(conditionalGet());
  app.get(
    "/bytes",
    () => new Response(new TextEncoder().encode("£ bytes"), { headers: { "content-type": "text/plain" } }),
  );
  app.get("/empty", () => new Response(null, { status: 200 }));

  it("reads the body to tag it, and still answers it whole", async () => {
    const response = await app.request("/bytes");
    expect(await response.text()).toBe("£ bytes");
    expect(response.headers.get("etag")).toBe(rackEtag("£ bytes"));
    expect(response.headers.get("cache-control")).toBe(REVALIDATE);
    const revalidated = await app.request("/bytes", { headers: { "if-none-match": rackEtag("£ bytes") } });
    expect(revalidated.status).toBe(304);
  });

  it("does not tag a 200 without a body", async () => {
    const response = await app.request("/empty");
    expect(response.headers.get("etag")).toBeNull();
    expect(response.headers.get("cache-control")).toBe("no-cache");
  });
});
