import { describe, expect, it } from "vitest";
import { WORLD_MESSAGES } from "../../src/worlds/world-names.ts";
import { AMBITION, API, body, leadProviderId } from "../helpers/ecf.ts";
import { NPQ_API } from "../helpers/npq.ts";
import { SpecClient } from "../helpers/spec-client.ts";
import { TEST_NOW, testSandbox } from "../helpers/test-sandbox.ts";
import { journalLines, worldDigests, writeStory } from "../journal/journal-story.ts";

type Sandbox = ReturnType<typeof testSandbox>["sandbox"];

/** A spec-checking client whose every request names `world` in `X-Sandbox-World`. */
function inWorld(sandbox: Sandbox, world: string): SpecClient {
  return new SpecClient((request) => sandbox.app.request(request)).withHeaders({ "x-sandbox-world": world });
}

const unknownWorld = (name: string) => ({
  errors: [{ title: "Resource not found", detail: WORLD_MESSAGES.unknownWorld(name) }],
});

describe("/__sandbox/worlds", () => {
  it("creates, lists and deletes worlds; the default world comes first and stays", async () => {
    const { sandbox, client } = testSandbox({ seed: 7 });
    const created = await client.post("/__sandbox/worlds", { body: { name: "job-1", seed: 9, now: TEST_NOW } });
    expect(created.status).toBe(201);
    expect(created.body.data).toEqual({ name: "job-1", seed: 9, now: "2025-10-01T09:30:00Z", frozen: true });
    const generated = await client.post("/__sandbox/worlds");
    expect(generated.status).toBe(201);
    expect(generated.body.data).toMatchObject({ name: "world-1", seed: 7, frozen: false });

    const listed = await client.get("/__sandbox/worlds");
    expect(listed.body.data.map((world: { name: string }) => world.name)).toEqual(["default", "job-1", "world-1"]);

    expect((await client.request("DELETE", "/__sandbox/worlds/job-1")).status).toBe(204);
    expect((await client.get("/__sandbox/worlds")).body.data.map((w: { name: string }) => w.name)).toEqual([
      "default",
      "world-1",
    ]);
    const gone = await inWorld(sandbox, "job-1").get("/__sandbox/clock");
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual(unknownWorld("job-1"));
  });

  it("refuses a name in use (422), a malformed name (400), and deleting the default or an unknown world", async () => {
    const { client } = testSandbox();
    await client.post("/__sandbox/worlds", { body: { name: "ci" } });
    const taken = await client.post("/__sandbox/worlds", { body: { name: "ci" } });
    expect(taken.status).toBe(422);
    expect(taken.body.errors[0].detail).toBe(WORLD_MESSAGES.nameTaken("ci"));
    expect((await client.post("/__sandbox/worlds", { body: { name: "default" } })).status).toBe(422);
    for (const name of ["Job_1", "", "x".repeat(65), "a b"]) {
      expect((await client.post("/__sandbox/worlds", { body: { name } })).status, name).toBe(400);
    }
    const keepDefault = await client.request("DELETE", "/__sandbox/worlds/default");
    expect(keepDefault.status).toBe(422);
    expect(keepDefault.body.errors[0].detail).toBe(WORLD_MESSAGES.defaultNotDeletable);
    expect((await client.request("DELETE", "/__sandbox/worlds/nope")).status).toBe(404);
    // `/__sandbox/worlds` ignores the header: a job's client can create the world it names.
    const { sandbox: shared } = testSandbox();
    const job = inWorld(shared, "job-7");
    expect((await job.post("/__sandbox/worlds", { body: { name: "job-7" } })).status).toBe(201);
    expect((await job.get("/__sandbox/clock")).status).toBe(200);
    expect((await job.request("DELETE", "/__sandbox/worlds/job-7")).status).toBe(204);
  });
});

describe("X-Sandbox-World", () => {
  it("answers an unknown world with a 404 in each service's own error format", async () => {
    const { sandbox } = testSandbox();
    const client = inWorld(sandbox, "missing");
    const answers = [
      await client.get(`${API}/participants`, { token: AMBITION }),
      await client.get(`${NPQ_API}/npq-applications`, { token: AMBITION }),
      await client.get("/__sandbox/world"),
      await client.get("/finance/statements"),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(404);
      expect(JSON.parse(answer.text)).toEqual(unknownWorld("missing"));
    }
    // The NPQ API's JSON has no charset (NPQ rules §1.3), even here.
    expect(answers[1]?.headers.get("content-type")).toBe("application/json");
  });

  it("keeps two worlds under concurrent load apart: participants, declarations, statements, clock and faults", async () => {
    const { sandbox, client } = testSandbox();
    for (const name of ["job-a", "job-b"]) {
      await client.post("/__sandbox/worlds", { body: { name, now: TEST_NOW } });
    }
    const a = inWorld(sandbox, "job-a");
    const b = inWorld(sandbox, "job-b");
    const before = await worldDigests(client);
    const lead = await leadProviderId(a);

    // Many interleaved writes: each world registers its own participants and declares for them.
    const register = async (world: SpecClient, label: string, index: number) => {
      const participant = await world.post("/__sandbox/participants", {
        body: {
          lead_provider_id: lead,
          course_identifier: "ecf-induction",
          cohort: "2025",
          training_start_date: "2025-09-01",
          full_name: `${label} ${index}`,
        },
      });
      expect(participant.status).toBe(201);
      const declared = await world.post(`${API}/participant-declarations`, {
        token: AMBITION,
        body: body("participant-declaration", {
          participant_id: participant.body.data.id,
          declaration_type: "started",
          declaration_date: "2025-09-20T10:00:00Z",
          course_identifier: "ecf-induction",
          evidence_held: "training-event-attended",
        }),
      });
      expect(declared.status).toBe(200);
      return declared.body.data.attributes.statement_id as string;
    };
    const statements = await Promise.all(
      Array.from({ length: 20 }, (_, index) => [register(a, "Alpha", index), register(b, "Beta", index)]).flat(),
    );
    // Only job-a pays the statement its declarations went to, moves its clock and arms a fault.
    const statementId = statements[0] as string;
    await a.put("/__sandbox/clock", { body: { now: "2026-01-05T08:00:00Z" } });
    await a.post(`/__sandbox/statements/${statementId}/mark-payable`);
    expect((await a.post(`/__sandbox/statements/${statementId}/mark-paid`)).status).toBe(200);
    await a.post("/__sandbox/faults", { body: { status: 503, count: 2, path: `${API}/participants` } });

    const names = async (world: SpecClient) => {
      const listed = await world.get(`${API}/participants?page[per_page]=3000`, { token: AMBITION });
      return listed.body.data.map((p: { attributes: { full_name: string } }) => p.attributes.full_name);
    };
    expect((await b.get(`${API}/participants`, { token: AMBITION })).status).toBe(200);
    expect((await a.get(`${API}/participants`, { token: AMBITION })).status).toBe(503);
    expect((await a.get("/__sandbox/faults")).body.data).toHaveLength(1);
    expect((await b.get("/__sandbox/faults")).body.data).toHaveLength(0);
    expect((await a.request("DELETE", "/__sandbox/faults")).status).toBe(204);
    const [alpha, beta] = [await names(a), await names(b)];
    expect(alpha.filter((name: string) => name.startsWith("Alpha "))).toHaveLength(20);
    expect(alpha.filter((name: string) => name.startsWith("Beta "))).toHaveLength(0);
    expect(beta.filter((name: string) => name.startsWith("Beta "))).toHaveLength(20);
    expect(beta.filter((name: string) => name.startsWith("Alpha "))).toHaveLength(0);

    const declarations = async (world: SpecClient) =>
      (await world.get(`${API}/participant-declarations?page[per_page]=3000`, { token: AMBITION })).body.data;
    const paid = (list: { attributes: { state: string } }[]) => list.filter((d) => d.attributes.state === "paid");
    expect(paid(await declarations(a)).length).toBeGreaterThanOrEqual(20);
    expect(paid(await declarations(b))).toEqual(paid(await declarations(client)));
    const statement = async (world: SpecClient) =>
      (await world.get(`/__sandbox/statements?programme=ecf`)).body.data.find(
        (s: { id: string }) => s.id === statementId,
      );
    expect((await statement(a)).status).toBe("paid");
    expect((await statement(b)).status).not.toBe("paid");

    expect((await a.get("/__sandbox/clock")).body.now).toBe("2026-01-05T08:00:00Z");
    expect((await b.get("/__sandbox/clock")).body.now).toBe("2025-10-01T09:30:00Z");
    // The default world saw none of it.
    expect(await worldDigests(client)).toEqual(before);
  });

  it("counts each world's requests apart: rate limits and the request log", async () => {
    const { sandbox, client } = testSandbox({ rateLimit: { limit: 2, periodMs: 3_600_000 } });
    await client.post("/__sandbox/worlds", { body: { name: "other", now: TEST_NOW } });
    const other = inWorld(sandbox, "other");
    const statuses = [];
    for (let index = 0; index < 3; index += 1) {
      statuses.push((await client.get(`${API}/participants`, { token: AMBITION })).status);
    }
    expect(statuses).toEqual([200, 200, 429]);
    expect((await other.get(`${API}/participants`, { token: AMBITION })).status).toBe(200);
    expect((await client.get("/__sandbox/requests")).body.data).toHaveLength(3);
    expect((await other.get("/__sandbox/requests")).body.data).toHaveLength(1);
  });

  it("gives each world its own journal, which replays to that world's digest", async () => {
    const { sandbox, client } = testSandbox();
    await client.post("/__sandbox/worlds", { body: { name: "replayed", seed: 11, now: TEST_NOW } });
    const world = inWorld(sandbox, "replayed");
    await writeStory(world, { finance: true });
    const { text, lines } = await journalLines(world);
    expect(lines[0]).toMatchObject({ seed: 11 });
    expect((await journalLines(client)).lines).toHaveLength(1);
    expect(await worldDigests(testSandbox({ journal: text }).client)).toEqual(await worldDigests(world));
  });
});
