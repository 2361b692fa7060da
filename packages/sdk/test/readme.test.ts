/**
 * The README's code is real code: each ```ts block is the text of a file in docs/snippets (typechecked with the
 * package), and the snippets run here against a fake of the API whose replies are checked against the spec.
 */
import { readdir, readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db, log } from "../docs/snippets/your-app.ts";
import { readmeUrl, snippetsUrl } from "../scripts/sync-readme-snippets.ts";
import { BadRequestError, type Participant } from "../src/index.ts";
import { fakeApi, type Reply, TEST_TOKEN } from "./support/fake-api.ts";
import { declaration, errors, participant, statement, uuid } from "./support/fixtures.ts";
import { listHandler } from "./support/list-handler.ts";
import { assertRequestBodyMatchesSpec } from "./support/spec.ts";

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
      const hint = `README block "${block.name}" differs from docs/snippets/${block.name}.ts: run \`pnpm readme\``;
      expect(block.code, hint).toBe(file);
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
  const ALREADY_DECLARED = "A declaration has already been submitted that will be, or has been, paid for this event.";
  const NO_EVIDENCE = { title: "evidence_held", detail: "Enter a '#/evidence_held' value for this participant." };
  const BAD_BODY = {
    title: "Bad request",
    detail: "Correct json data structure required. See API docs for reference.",
  };
  const outcomes = new Map<string, Reply>([
    [uuid(2), { status: 422, json: errors({ title: "declaration_type", detail: ALREADY_DECLARED }) }],
    [uuid(3), { status: 422, json: errors(NO_EVIDENCE) }],
    [uuid(4), { status: 429, text: "Retry later", headers: { "Retry-After": "30" } }],
    [uuid(5), { status: 503, gatewayText: "Service Unavailable" }],
    [uuid(6), { status: 400, json: errors(BAD_BODY) }],
  ]);
  const submitted = declaration(1, { declaration_type: "retained-2", evidence_held: "75-percent-engagement-met" });
  const api = fakeApi()
    .on(
      "GET",
      "/api/v3/participants",
      listHandler(people, (item) => item.attributes.updated_at),
    )
    .on("GET", "/api/v3/participant-declarations", listHandler([declaration(7), declaration(8)]))
    .on("GET", "/api/v3/statements/{id}", [{ status: 200, json: { data: statement(1) } }])
    .on("POST", "/api/v3/participant-declarations", ({ body }) => {
      const sent = JSON.parse(body);
      assertRequestBodyMatchesSpec("POST", "/api/v3/participant-declarations", sent);
      // The participant id picks the fake's answer, so handle-errors can meet each failure.
      return outcomes.get(sent.data.attributes.participant_id) ?? { status: 200, json: { data: submitted } };
    })
    .on("PUT", "/api/v3/participant-declarations/{id}/void", ({ params }) => ({
      status: 200,
      json: {
        data: {
          ...submitted,
          id: params.id,
          attributes: { ...submitted.attributes, state: "voided", statement_id: null },
        },
      },
    }));

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

  it("declare-from-enrolment: declares started for each role, with the enrolment's cohort and course", async () => {
    const { declareStarted } = await import("../docs/snippets/declare-from-enrolment.ts");
    const ect = participant(9);
    const [enrolment] = ect.attributes.ecf_enrolments;
    const mentorRole = { ...enrolment, participant_type: "mentor", cohort: "2024" };
    const person = { ...ect, attributes: { ...ect.attributes, ecf_enrolments: [enrolment, mentorRole] } };
    db.participants.set(person.id, person as Participant);
    const before = api.requests.length;

    await declareStarted(person.id, new Date("2025-10-01T10:00:00Z"));

    const sent = api.requests.slice(before).map((request) => JSON.parse(request.body));
    expect(sent.map((body) => body.data.attributes)).toEqual([
      {
        participant_id: uuid(9),
        course_identifier: "ecf-induction",
        declaration_type: "started",
        declaration_date: "2025-10-01T10:00:00Z",
        evidence_held: "training-event-attended",
      },
      {
        participant_id: uuid(9),
        course_identifier: "ecf-mentor",
        declaration_type: "started",
        declaration_date: "2025-10-01T10:00:00Z",
      },
    ]);
  });

  it("handle-errors: turns each failure into an outcome", async () => {
    const { declare } = await import("../docs/snippets/handle-errors.ts");
    const { buildDeclaration } = await import("../src/index.ts");
    const bodyFor = (n: number) =>
      buildDeclaration({
        cohort: "2024",
        participant_id: uuid(n),
        course_identifier: "ecf-induction",
        declaration_type: "started",
        declaration_date: "2024-10-01T10:00:00Z",
      });

    expect((await declare(bodyFor(1))).outcome).toBe("declared");
    expect(await declare(bodyFor(2))).toEqual({ outcome: "already-declared" });
    expect(await declare(bodyFor(3))).toEqual({ outcome: "rejected", errors: [NO_EVIDENCE] });
    expect(await declare(bodyFor(4))).toEqual({ outcome: "try-later", afterSeconds: 30 });
    expect(await declare(bodyFor(5))).toEqual({ outcome: "try-later", afterSeconds: 60 });
    await expect(declare(bodyFor(6))).rejects.toBeInstanceOf(BadRequestError);
    expect(log.lines.at(-1)).toBe(
      `warning: POST /api/v3/participant-declarations failed with 400 ${JSON.stringify(errors(BAD_BODY))}`,
    );
  });

  it("retries: builds both clients", async () => {
    const { patientClient, impatientClient } = await import("../docs/snippets/retries.ts");
    await patientClient.GET("/api/v3/statements/{id}", { params: { path: { id: uuid(30_001) } } });
    const { response } = await impatientClient.GET("/api/v3/statements/{id}", {
      params: { path: { id: uuid(30_001) } },
    });
    expect(response.status).toBe(200);
  });

  it("time-travel: sends X-With-Server-Date", async () => {
    await import("../docs/snippets/time-travel.ts");
    expect(api.requests.at(-1)?.headers.get("X-With-Server-Date")).toBe("2026-04-20T09:00:00Z");
  });

  it("result-objects: reads the result without exceptions", async () => {
    await import("../docs/snippets/result-objects.ts");
    expect(log.lines.at(-1)).toBe("statement paid on 2025-11-25");
  });
});
