/**
 * `POST /__sandbox/npq/participants/{id}/change-id`: DfE merges a participant into another, or moves them to a new id;
 * the old id then answers 410 on the NPQ API as the service does (NPQ rules §1.4).
 */
import { NPQ_FIXTURE_MESSAGES, NPQ_LEAD_PROVIDERS, NPQ_PARTICIPANT_ID_CHANGED } from "@lpkit/engine";
import { describe, expect, it } from "vitest";
import { errors } from "../helpers/ecf.ts";
import { AMBITION, NPQ_API } from "../helpers/npq.ts";
import type { SpecClient } from "../helpers/spec-client.ts";
import { TEST_NOW, testSandbox } from "../helpers/test-sandbox.ts";

const ambition = NPQ_LEAD_PROVIDERS[0]?.id as string;
const changeId = (id: string) => `/__sandbox/npq/participants/${id}/change-id`;

/** A new participant of Ambition Institute's, accepted for `course`. */
async function participant(client: SpecClient, course = "npq-headship"): Promise<string> {
  const created = await client.post("/__sandbox/npq/applications", {
    body: { lead_provider_id: ambition, course_identifier: course, cohort: "2025", status: "accepted" },
  });
  return created.body.data.attributes.participant_id;
}

/** The old id answers 410 with the change, and `filter[from_participant_id]` finds the person kept. */
async function expectChanged(client: SpecClient, change: { from_participant_id: string; to_participant_id: string }) {
  const gone = await client.get(`${NPQ_API}/participants/npq/${change.from_participant_id}`, { token: AMBITION });
  expect([gone.status, gone.body]).toEqual([
    410,
    {
      errors: [
        {
          title: NPQ_PARTICIPANT_ID_CHANGED.title,
          detail: NPQ_PARTICIPANT_ID_CHANGED.detail({ from: change.from_participant_id, to: change.to_participant_id }),
          participant_id_changes: [change],
        },
      ],
    },
  ]);
  const found = await client.get(
    `${NPQ_API}/participants/npq?filter[from_participant_id]=${change.from_participant_id}`,
    {
      token: AMBITION,
    },
  );
  expect(found.body.data.map((kept: { id: string }) => kept.id)).toEqual([change.to_participant_id]);
}

describe("POST /__sandbox/npq/participants/{id}/change-id", () => {
  it("without a body, moves the participant to a new id", async () => {
    const { client } = testSandbox();
    const from = await participant(client);
    const changed = await client.post(changeId(from));
    expect(changed.status).toBe(200);
    const change = changed.body.data;
    expect(change).toMatchObject({ from_participant_id: from, changed_at: TEST_NOW });
    expect(change.to_participant_id).not.toBe(from);
    await expectChanged(client, change);
    const kept = await client.get(`${NPQ_API}/participants/npq/${change.to_participant_id}`, { token: AMBITION });
    expect(kept.body.data.attributes.participant_id_changes).toEqual([change]);
  });

  it("merges the participant into another, who gains their enrolments", async () => {
    const { client } = testSandbox();
    const from = await participant(client, "npq-headship");
    const to = await participant(client, "npq-leading-literacy");
    const changed = await client.post(changeId(from), { body: { to_participant_id: to } });
    expect(changed.body.data).toEqual({ from_participant_id: from, to_participant_id: to, changed_at: TEST_NOW });
    await expectChanged(client, changed.body.data);
    const kept = await client.get(`${NPQ_API}/participants/npq/${to}`, { token: AMBITION });
    const courses = kept.body.data.attributes.npq_enrolments.map(
      (enrolment: { course_identifier: string }) => enrolment.course_identifier,
    );
    expect(courses.toSorted()).toEqual(["npq-headship", "npq-leading-literacy"]);
  });

  it("refuses to merge into an unknown participant or into themselves with 422, changing nothing", async () => {
    const { client } = testSandbox();
    const from = await participant(client);
    const before = (await client.get("/__sandbox/world")).body.npq;
    const unknown = await client.post(changeId(from), {
      body: { to_participant_id: "00000000-0000-4000-8000-000000000000" },
    });
    expect([unknown.status, unknown.body]).toEqual([
      422,
      errors(["to_participant_id", NPQ_FIXTURE_MESSAGES.unknownParticipant]),
    ]);
    const self = await client.post(changeId(from), { body: { to_participant_id: from.toUpperCase() } });
    expect([self.status, self.body]).toEqual([
      422,
      errors(["to_participant_id", NPQ_FIXTURE_MESSAGES.sameParticipant]),
    ]);
    expect((await client.get("/__sandbox/world")).body.npq).toEqual(before);
  });

  it("answers 404 for an id that names no participant, or one merged already, and 400 for a malformed body", async () => {
    const { client } = testSandbox();
    expect((await client.post(changeId("00000000-0000-4000-8000-000000000000"))).status).toBe(404);
    const from = await participant(client);
    await client.post(changeId(from));
    expect((await client.post(changeId(from))).status).toBe(404);
    const other = await participant(client);
    for (const body of [{ to_participant_id: "someone" }, { participant_id: from }]) {
      expect((await client.post(changeId(other), { body })).status).toBe(400);
    }
  });
});
