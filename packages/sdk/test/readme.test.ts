/**
 * The README's code is real code: each ```ts block is the text of a file in docs/snippets (typechecked with the
 * package), and the snippets run here against a fake of the API whose replies are checked against the spec.
 */
import { readdir, readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { UnauthorizedError } from "../src/index.ts";
import { db, log } from "../docs/snippets/your-app.ts";
import { declaration, errors, participant, statement, uuid } from "./support/fixtures.ts";
import { fakeApi, TEST_TOKEN } from "./support/fake-api.ts";
import { listHandler } from "./support/list-handler.ts";
import { assertRequestBodyMatchesSpec } from "./support/spec.ts";

const readmeUrl = new URL("../README.md", import.meta.url);
const snippetsUrl = new URL("../docs/snippets/", import.meta.url);
// Support code for the snippets, not itself shown.
const UNSHOWN = new Set(["your-app"]);

async function readmeBlocks(): Promise<{ name: string | undefined; code: string; language: string }[]> {
  const readme = await readFile(readmeUrl, "utf8");
  const blocks = [];
  for (const match of readme.matchAll(/(?:<!-- snippet: ([\w-]+) -->\n)?```(\w*)\n([\s\S]*?)```/g)) {
    blocks.push({ name: match[1], language: match[2] ?? "", code: match[3] ?? "" });
  }
  return blocks;
}

describe("README", () => {
  it("shows each TypeScript snippet exactly as its file in docs/snippets", async () => {
    const blocks = (await readmeBlocks()).filter((block) => block.language === "ts");
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      expect(block.name, `a \`\`\`ts block without a <!-- snippet: name --> marker:\n${block.code}`).toBeDefined();
      const file = await readFile(new URL(`${block.name}.ts`, snippetsUrl), "utf8");
      expect(block.code, `README block "${block.name}" differs from docs/snippets/${block.name}.ts`).toBe(file);
    }
  });

  it("shows every snippet file", async () => {
    const shown = new Set((await readmeBlocks()).map((block) => block.name));
    const files = (await readdir(snippetsUrl)).filter((file) => file.endsWith(".ts")).map((file) => file.slice(0, -3));
    for (const name of files.filter((file) => !UNSHOWN.has(file))) {
      expect(shown.has(name), `docs/snippets/${name}.ts is not in the README`).toBe(true);
    }
  });
});

describe("README snippets, run against a fake API", () => {
  const people = [participant(1), participant(2, { updated_at: "2025-10-05T08:00:00Z" }), participant(3)];
  const submitted = declaration(1, { declaration_type: "retained-2", evidence_held: "75-percent-engagement-met" });
  const api = fakeApi()
    .on("GET", "/api/v3/participants", listHandler(people, (item) => item.attributes.updated_at))
    .on("GET", "/api/v3/participant-declarations", listHandler([declaration(7), declaration(8)]))
    .on("GET", "/api/v3/statements/{id}", [{ status: 200, json: { data: statement(1) } }])
    .on("POST", "/api/v3/participant-declarations", ({ body, headers }) => {
      assertRequestBodyMatchesSpec("POST", "/api/v3/participant-declarations", JSON.parse(body));
      return headers.get("X-With-Server-Date") === null
        ? { status: 200, json: { data: submitted } }
        : { status: 422, json: errors({ title: "declaration_type", detail: ALREADY_DECLARED }) };
    })
    .on("PUT", "/api/v3/participant-declarations/{id}/void", ({ params }) => ({
      status: 200,
      json: { data: { ...submitted, id: params.id, attributes: { ...submitted.attributes, state: "voided", statement_id: null } } },
    }));
  const ALREADY_DECLARED = "A declaration has already been submitted that will be, or has been, paid for this event.";

  beforeAll(() => {
    vi.stubEnv("LEAD_PROVIDER_API_TOKEN", TEST_TOKEN);
    vi.stubGlobal("fetch", api.fetch);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    vi.unstubAllGlobals();
  });

  it("client: authenticates and identifies itself", async () => {
    const { client } = await import("../docs/snippets/client.ts");
    await client.GET("/api/v3/statements/{id}", { params: { path: { id: uuid(30_001) } } });
    const sent = api.requests.at(-1);
    expect(sent?.url.origin).toBe("https://sandbox.register-early-career-teachers.education.gov.uk");
    expect(sent?.headers.get("Authorization")).toBe(`Bearer ${TEST_TOKEN}`);
    expect(sent?.headers.get("User-Agent")).toBe("acme-crm/2.3 (integrations@acme.example) lpkit-sdk");
  });

  it("list-participants: walks every participant and every declaration page", async () => {
    await import("../docs/snippets/list-participants.ts");
    expect([...db.participants.keys()]).toEqual(people.map((item) => item.id));
    expect([...db.declarations.keys()]).toEqual([declaration(7).id, declaration(8).id]);
  });

  it("sync: stores the items and the new mark", async () => {
    await import("../docs/snippets/sync.ts");
    expect(await db.loadMark("participants")).toMatch(/^2025-10-05T0[78]:\d\d:\d\dZ$/);
  });

  it("submit-declaration: declares, then voids", async () => {
    await import("../docs/snippets/submit-declaration.ts");
    expect(db.declarations.get(submitted.id)?.attributes.state).toBe("voided");
  });

  it("handle-errors: turns each failure into an outcome", async () => {
    const { declare } = await import("../docs/snippets/handle-errors.ts");
    const { buildDeclaration, withServerDate } = await import("../src/index.ts");
    const body = buildDeclaration({
      cohort: "2024",
      participant_id: uuid(1),
      course_identifier: "ecf-induction",
      declaration_type: "started",
      declaration_date: "2024-10-01T10:00:00Z",
    });
    expect((await declare(body)).outcome).toBe("declared");
    // The fake answers a time-travelled POST with a duplicate; reuse it through the snippet's client.
    const { client } = await import("../docs/snippets/client.ts");
    const original = client.POST;
    client.POST = withServerDate(client, "2026-01-01T00:00:00Z").POST;
    try {
      expect(await declare(body)).toEqual({ outcome: "already-declared" });
    } finally {
      client.POST = original;
    }
    vi.stubEnv("LEAD_PROVIDER_API_TOKEN", "revoked");
    try {
      const { createEcfClient } = await import("../src/index.ts");
      const revoked = createEcfClient({ baseUrl: "https://x.test", token: "revoked", throwOnError: true });
      await expect(revoked.POST("/api/v3/participant-declarations", { body })).rejects.toBeInstanceOf(UnauthorizedError);
    } finally {
      vi.stubEnv("LEAD_PROVIDER_API_TOKEN", TEST_TOKEN);
    }
  });

  it("retries: builds both clients", async () => {
    const { patientClient, impatientClient } = await import("../docs/snippets/retries.ts");
    await patientClient.GET("/api/v3/statements/{id}", { params: { path: { id: uuid(30_001) } } });
    const { response } = await impatientClient.GET("/api/v3/statements/{id}", { params: { path: { id: uuid(30_001) } } });
    expect(response.status).toBe(200);
  });

  it("time-travel: sends X-With-Server-Date", async () => {
    await import("../docs/snippets/time-travel.ts").catch(() => undefined);
    expect(api.requests.at(-1)?.headers.get("X-With-Server-Date")).toBe("2026-04-20T09:00:00Z");
  });

  it("result-objects: reads the result without exceptions", async () => {
    await import("../docs/snippets/result-objects.ts");
    expect(log.lines.at(-1)).toBe("statement paid on 2025-11-25");
  });
});
