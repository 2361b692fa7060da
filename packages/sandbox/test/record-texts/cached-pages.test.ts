/**
 * The cached list pages answer byte for byte what the sandbox computes without the cache
 * (docs/decisions/sandbox-response-cache.md): random sequences of writes (ECF declarations submitted and voided,
 * NPQ declarations voided, participants withdrawn, fixtures, NPQ applications accepted), clock moves, resets and an
 * isolated world, each step followed by list reads (lead providers, pages, `sort`, `filter[cohort]`, `filter[updated_since]`,
 * `X-With-Server-Date`) made once with the cache and once without it. The cache is on between steps, so a text
 * rendered before a write is still stored when the next read comes: a stale one would differ.
 */
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { setRecordTextCaching } from "../../src/record-texts/record-text-cache.ts";
import { AMBITION, API, body, leadProviderId, TEACH_FIRST } from "../helpers/ecf.ts";
import { NPQ_API, npqBody, npqLeadProviderId } from "../helpers/npq.ts";
import type { Json, SpecClient } from "../helpers/spec-client.ts";
import { TEST_NOW, testSandbox } from "../helpers/test-sandbox.ts";

const TOKENS = [AMBITION, TEACH_FIRST] as const;
const ISOLATED = "cache-check";
/** Instants the clock and `X-With-Server-Date` move to: both sides of a milestone, a London midnight, a year on. */
const INSTANTS = [
  TEST_NOW,
  "2025-09-01T00:00:00Z",
  "2025-10-31T23:30:00Z",
  "2026-03-01T12:00:00Z",
  "2026-10-01T09:30:00Z",
];

type Step =
  | { readonly kind: "createParticipant"; readonly token: number; readonly course: string }
  | { readonly kind: "submitStarted"; readonly token: number }
  | { readonly kind: "voidDeclaration"; readonly token: number; readonly pick: number }
  | { readonly kind: "voidNpqDeclaration"; readonly token: number; readonly pick: number }
  | { readonly kind: "withdrawParticipant"; readonly token: number; readonly pick: number }
  | { readonly kind: "createNpqApplication"; readonly token: number }
  | { readonly kind: "acceptNpqApplication"; readonly token: number; readonly pick: number; readonly funded: boolean }
  | { readonly kind: "moveClock"; readonly at: number }
  | { readonly kind: "reset" }
  | { readonly kind: "createWorld" };

interface Read {
  readonly token: number;
  readonly path: string;
  readonly serverDate: number | undefined;
  readonly isolated: boolean;
}

const token = fc.integer({ min: 0, max: TOKENS.length - 1 });
const pick = fc.nat(200);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant("createParticipant" as const),
    token,
    course: fc.constantFrom("ecf-induction", "ecf-mentor"),
  }),
  fc.record({ kind: fc.constant("submitStarted" as const), token }),
  fc.record({ kind: fc.constant("voidDeclaration" as const), token, pick }),
  fc.record({ kind: fc.constant("voidNpqDeclaration" as const), token, pick }),
  fc.record({ kind: fc.constant("withdrawParticipant" as const), token, pick }),
  fc.record({ kind: fc.constant("createNpqApplication" as const), token }),
  fc.record({ kind: fc.constant("acceptNpqApplication" as const), token, pick, funded: fc.boolean() }),
  fc.record({ kind: fc.constant("moveClock" as const), at: fc.nat(INSTANTS.length - 1) }),
  fc.constant({ kind: "reset" as const }),
  fc.constant({ kind: "createWorld" as const }),
);

const page = fc.tuple(fc.constantFrom(1, 2, 3, 5, 100), fc.constantFrom(1, 2, 3));
const ecfParticipantsPath = fc
  .tuple(page, fc.constantFrom("", "&sort=-updated_at", "&sort=updated_at,-created_at"), filters())
  .map(
    ([[perPage, number], sort, filter]) =>
      `${API}/participants?page[per_page]=${perPage}&page[page]=${number}${sort}${filter}`,
  );
const ecfDeclarationsPath = fc
  .tuple(page, filters())
  .map(
    ([[perPage, number], filter]) =>
      `${API}/participant-declarations?page[per_page]=${perPage}&page[page]=${number}${filter}`,
  );
const npqApplicationsPath = fc
  .tuple(page, fc.constantFrom("", "&sort=-updated_at"), fc.constantFrom("", "&filter[cohort]=2025,2026"))
  .map(
    ([[perPage, number], sort, filter]) =>
      `${NPQ_API}/npq-applications?page[per_page]=${perPage}&page[page]=${number}${sort}${filter}`,
  );
const npqDeclarationsPath = fc
  .tuple(page, fc.constantFrom("", "&filter[cohort]=2024,2025", "&filter[updated_since]=2025-09-30T00:00:00Z"))
  .map(
    ([[perPage, number], filter]) =>
      `${NPQ_API}/participant-declarations?page[per_page]=${perPage}&page[page]=${number}${filter}`,
  );
const read: fc.Arbitrary<Read> = fc.record({
  token,
  path: fc.oneof(ecfParticipantsPath, ecfDeclarationsPath, npqApplicationsPath, npqDeclarationsPath),
  serverDate: fc.option(fc.nat(INSTANTS.length - 1), { nil: undefined }),
  isolated: fc.boolean(),
});

function filters(): fc.Arbitrary<string> {
  return fc.constantFrom(
    "",
    "&filter[cohort]=2024",
    "&filter[cohort]=2025,2026",
    "&filter[updated_since]=2025-09-30T00:00:00Z",
  );
}

/** What a step needs to remember of the world it acts on. */
interface Context {
  client: SpecClient;
  /** Per token, the participants created by `createParticipant` and not yet declared for, with their course. */
  undeclared: Map<number, { id: string; course: string }[]>;
  worldCreated: boolean;
}

async function perform(context: Context, step: Step): Promise<void> {
  const { client } = context;
  switch (step.kind) {
    case "createParticipant": {
      const created = await client.post("/__sandbox/participants", {
        body: {
          lead_provider_id: await leadProviderId(client, TOKENS[step.token]),
          course_identifier: step.course,
          cohort: "2025",
          schedule_identifier: "ecf-standard-september",
        },
      });
      if (created.status === 201) {
        const list = context.undeclared.get(step.token) ?? [];
        list.push({ id: (created.body.data as Json).id as string, course: step.course });
        context.undeclared.set(step.token, list);
      }
      return;
    }
    case "submitStarted": {
      const participant = context.undeclared.get(step.token)?.pop();
      if (participant !== undefined) {
        await client.post(`${API}/participant-declarations`, {
          token: TOKENS[step.token],
          body: body("participant-declaration", {
            participant_id: participant.id,
            declaration_type: "started",
            declaration_date: "2025-09-20T10:00:00Z",
            course_identifier: participant.course,
            evidence_held: "training-event-attended",
          }),
        });
      }
      return;
    }
    case "voidDeclaration": {
      const id = await pickId(client, `${API}/participant-declarations`, step.token, step.pick);
      if (id !== undefined) {
        await client.put(`${API}/participant-declarations/${id}/void`, { token: TOKENS[step.token] });
      }
      return;
    }
    case "voidNpqDeclaration": {
      const id = await pickId(client, `${NPQ_API}/participant-declarations`, step.token, step.pick);
      if (id !== undefined) {
        await client.put(`${NPQ_API}/participant-declarations/${id}/void`, { token: TOKENS[step.token] });
      }
      return;
    }
    case "withdrawParticipant": {
      const id = await pickId(client, `${API}/participants`, step.token, step.pick);
      if (id !== undefined) {
        await client.put(`${API}/participants/${id}/withdraw`, {
          token: TOKENS[step.token],
          body: body("participant-withdraw", {
            reason: "left-teaching-profession",
            course_identifier: "ecf-induction",
          }),
        });
      }
      return;
    }
    case "createNpqApplication":
      await client.post("/__sandbox/npq/applications", {
        body: {
          lead_provider_id: await npqLeadProviderId(client, TOKENS[step.token]),
          course_identifier: "npq-headship",
          cohort: "2025",
        },
      });
      return;
    case "acceptNpqApplication": {
      const id = await pickId(
        client,
        `${NPQ_API}/npq-applications`,
        step.token,
        step.pick,
        (attributes) => attributes.status === "pending",
      );
      if (id !== undefined) {
        await client.post(`${NPQ_API}/npq-applications/${id}/accept`, {
          token: TOKENS[step.token],
          body: npqBody("npq-application-accept", { funded_place: step.funded }),
        });
      }
      return;
    }
    case "moveClock":
      await client.put("/__sandbox/clock", { body: { now: INSTANTS[step.at] } });
      return;
    case "reset":
      await client.post("/__sandbox/reset", { body: { now: TEST_NOW } });
      context.undeclared.clear();
      return;
    case "createWorld":
      if (!context.worldCreated) {
        await client.post("/__sandbox/worlds", { body: { name: ISOLATED, seed: 7, now: TEST_NOW } });
        context.worldCreated = true;
      }
      return;
  }
}

/** The id of the `pick`th record (modulo the count) of the lead provider's first page that `wanted`, if any. */
async function pickId(
  client: SpecClient,
  path: string,
  tokenIndex: number,
  pick: number,
  wanted: (attributes: Json) => boolean = () => true,
): Promise<string | undefined> {
  const records = ((await client.get(path, { token: TOKENS[tokenIndex] })).body.data as Json[]).filter((record) =>
    wanted(record.attributes as Json),
  );
  return records.length === 0 ? undefined : ((records[pick % records.length] as Json).id as string);
}

/** The read made with the cache and without it: status, body text and ETag must be the same. */
async function compare(context: Context, { token: tokenIndex, path, serverDate, isolated }: Read): Promise<void> {
  const client =
    isolated && context.worldCreated ? context.client.withHeaders({ "x-sandbox-world": ISOLATED }) : context.client;
  const headers: Record<string, string> =
    serverDate === undefined || path.startsWith(NPQ_API)
      ? {}
      : { "x-with-server-date": INSTANTS[serverDate] as string };
  const cached = await client.get(path, { token: TOKENS[tokenIndex], headers });
  setRecordTextCaching(false);
  try {
    const computed = await client.get(path, { token: TOKENS[tokenIndex], headers });
    expect({ status: cached.status, etag: cached.headers.get("etag"), text: cached.text }).toEqual({
      status: computed.status,
      etag: computed.headers.get("etag"),
      text: computed.text,
    });
  } finally {
    setRecordTextCaching(true);
  }
}

describe("the cached list pages (ECF participants and declarations, NPQ applications and declarations)", () => {
  afterEach(() => {
    setRecordTextCaching(true);
  });

  it("answer exactly what the sandbox computes without the cache, whatever was written before", async () => {
    const { client } = testSandbox();
    const context: Context = { client, undeclared: new Map(), worldCreated: false };
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(step, fc.array(read, { minLength: 1, maxLength: 3 })), { maxLength: 10 }),
        async (steps) => {
          for (const [next, reads] of steps) {
            for (const each of reads) {
              await compare(context, each);
            }
            await perform(context, next);
            for (const each of reads) {
              await compare(context, each);
            }
          }
        },
      ),
      { numRuns: 25, seed: 1616 },
    );
  }, 240_000);
});
