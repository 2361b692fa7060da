/**
 * A refused fixture request changes nothing: no row (the school a participant would have been registered at
 * included), and not the ids of what is created next either.
 */
import { FIXTURE_MESSAGES } from "@lpkit/engine";
import { beforeEach, describe, expect, it } from "vitest";
import { internalControl } from "../../src/create-sandbox.ts";
import { errors, leadProviderId, scenario } from "../helpers/ecf.ts";
import type { Json } from "../helpers/spec-client.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

const { sandbox, client } = testSandbox();
beforeEach(() => internalControl(sandbox).reset());

const world = async (): Promise<{ digest: string; counts: Record<string, number> }> =>
  (await client.get("/__sandbox/world")).body;

/** Posts a request the sandbox must refuse with these errors, and checks the world is exactly as it was. */
async function expectRefusedUntouched(path: string, body: Json, expected: readonly (readonly [string, string])[]) {
  const before = await world();
  const response = await client.post(path, { body });
  expect(response.status).toBe(422);
  expect(response.body).toEqual(errors(...expected));
  const after = await world();
  expect(after.counts).toEqual(before.counts);
  expect(after.digest).toBe(before.digest);
}

/** A participant at a school the sandbox creates: what the refused requests below would have done. */
const newEct = async () => ({
  lead_provider_id: await leadProviderId(client),
  course_identifier: "ecf-induction",
  cohort: "2025",
});

describe("POST /__sandbox/participants without a school, refused by the rules", () => {
  it("a role the participant already has: no school is created", async () => {
    const { resources } = await scenario(client, "ect-ready-to-declare");
    await expectRefusedUntouched(
      "/__sandbox/participants",
      { ...(await newEct()), participant_id: resources.participant_id },
      [["participant_id", FIXTURE_MESSAGES.roleAlreadyRegistered("ect")]],
    );
  });

  it("a mentor's schedule for an ECT: no school is created", async () => {
    await expectRefusedUntouched(
      "/__sandbox/participants",
      { ...(await newEct()), schedule_identifier: "ecf-replacement-september", sparsity_uplift: true },
      [["schedule_identifier", "Replacement schedules are for mentors only."]],
    );
  });

  it("an ECT's schedule for a mentor: no school is created", async () => {
    await expectRefusedUntouched(
      "/__sandbox/participants",
      { ...(await newEct()), course_identifier: "ecf-mentor", schedule_identifier: "ecf-reduced-september" },
      [["schedule_identifier", FIXTURE_MESSAGES.scheduleNotForRole("mentor")]],
    );
  });

  it("leaves the ids of what is created next as they would have been", async () => {
    const create = async () => {
      const created = await client.post("/__sandbox/participants", { body: await newEct() });
      expect(created.status).toBe(201);
      return { id: created.body.data.id as string, world: await world() };
    };
    const undisturbed = await create();
    internalControl(sandbox).reset();
    const refused = await client.post("/__sandbox/participants", {
      body: { ...(await newEct()), schedule_identifier: "ecf-replacement-september" },
    });
    expect(refused.status).toBe(422);
    const afterRefusal = await create();
    expect(afterRefusal).toEqual(undisturbed);
  });
});

describe("POST /__sandbox/schools and /__sandbox/delivery-partners, refused by the rules", () => {
  it("leave the world and the ids of what is created next as they were", async () => {
    const createBoth = async () => {
      const school = await client.post("/__sandbox/schools");
      const partner = await client.post("/__sandbox/delivery-partners", {
        body: { lead_provider_id: await leadProviderId(client), cohorts: ["2025"] },
      });
      return { school: school.body.data.id as string, partner: partner.body.data.id as string, world: await world() };
    };
    const undisturbed = await createBoth();
    internalControl(sandbox).reset();

    await expectRefusedUntouched("/__sandbox/schools", { urn: "12345" }, [["urn", FIXTURE_MESSAGES.invalidUrn]]);
    await expectRefusedUntouched(
      "/__sandbox/delivery-partners",
      { lead_provider_id: await leadProviderId(client, "capita"), cohorts: ["2025"] },
      [["cohort", FIXTURE_MESSAGES.leadProviderNotInCohort(2025)]],
    );
    expect(await createBoth()).toEqual(undisturbed);
  });
});
