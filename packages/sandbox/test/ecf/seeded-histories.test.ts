import { describe, expect, it } from "vitest";
import { API } from "../helpers/ecf.ts";
import type { Json } from "../helpers/spec-client.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

// What the seeded world (ECF rules §9) shows each lead provider, read only; every response is checked against the
// spec by the client (so, for instance, every enrolment and unfunded mentor carries a string email).
const { client } = testSandbox();

const TOKENS = [
  "ambition-institute",
  "best-practice-network",
  "capita",
  "teach-first",
  "national-institute-of-teaching",
  "education-development-trust",
  "ucl-institute-of-education",
];

const everything = async (path: string, token: string): Promise<Json[]> => {
  const separator = path.includes("?") ? "&" : "?";
  const response = await client.get(`${API}/${path}${separator}page[per_page]=3000`, { token });
  expect(response.status).toBe(200);
  return response.body.data;
};

describe("participant id changes (ECF rules §9: about 15% of participants with histories)", () => {
  it("show on participants and are found by filter[from_participant_id]", async () => {
    const changed: { token: string; participant: Json }[] = [];
    for (const token of TOKENS) {
      for (const participant of await everything("participants", token)) {
        if (participant.attributes.participant_id_changes.length > 0) {
          changed.push({ token, participant });
        }
      }
    }
    expect(changed.length).toBeGreaterThanOrEqual(10);
    for (const { token, participant } of changed.slice(0, 5)) {
      const [idChange] = participant.attributes.participant_id_changes;
      expect(idChange).toMatchObject({ to_participant_id: participant.id });
      expect(idChange.from_participant_id).not.toBe(participant.id);
      const found = await everything(`participants?filter[from_participant_id]=${idChange.from_participant_id}`, token);
      expect(found.map((candidate) => candidate.id)).toEqual([participant.id]);
    }
  });
});

describe("emails (ECF rules §2.3, §2.8: strings, never null)", () => {
  it("is on every enrolment and every unfunded mentor", async () => {
    for (const token of TOKENS) {
      for (const participant of await everything("participants", token)) {
        for (const enrolment of participant.attributes.ecf_enrolments) {
          expect(enrolment.email).toMatch(/^\S+@\S+$/);
        }
      }
      for (const mentor of await everything("unfunded-mentors", token)) {
        expect(mentor.attributes.email).toMatch(/^\S+@\S+$/);
      }
    }
  });
});

describe("school transfers (ECF rules §9: the five kinds, for every lead provider)", () => {
  it.each(TOKENS)("%s sees each kind", async (token) => {
    const providers = (await client.get("/__sandbox/lead-providers")).body.data as { name: string; token: string }[];
    const name = providers.find((provider) => provider.token === token)?.name;
    const transfers = (await everything("participants/transfers", token)).flatMap(
      (participant) => participant.attributes.transfers,
    );
    const kinds = new Set(
      transfers.map((transfer: Json) => {
        if (transfer.joining === null) {
          return `unknown/${transfer.status}`;
        }
        if (transfer.leaving.provider === null) {
          return "from school-led";
        }
        if (transfer.joining.provider === null) {
          return "to school-led";
        }
        if (transfer.leaving.provider !== name) {
          return "joining from another provider";
        }
        return transfer.joining.provider === name ? "same provider" : "to another provider";
      }),
    );
    for (const kind of [
      "unknown/incomplete",
      "unknown/complete",
      "same provider",
      "to another provider",
      "to school-led",
      "from school-led",
    ]) {
      expect(kinds, kind).toContain(kind);
    }
    for (const transfer of transfers) {
      const type = transfer.joining === null ? "unknown" : transfer.leaving.provider === transfer.joining.provider;
      expect(transfer.transfer_type).toBe(type === "unknown" ? "unknown" : type ? "new_school" : "new_provider");
    }
  });
});

describe("change-schedule histories (ECF rules §9: 2022, ECTs and mentors)", () => {
  it.each(TOKENS)("%s has 2022 participants whose declarations stayed on their 2021 training", async (token) => {
    const moved = new Set(
      (await everything("participants?filter[cohort]=2022", token))
        .filter((participant) =>
          participant.attributes.ecf_enrolments.some((enrolment: Json) => enrolment.cohort === "2022"),
        )
        .map((participant) => participant.id),
    );
    const declarations = await everything("participant-declarations?filter[cohort]=2021", token);
    const courses = declarations
      .filter((declaration) => moved.has(declaration.attributes.participant_id))
      .map((declaration) => declaration.attributes.course_identifier);
    // A cohort-only and a cohort-and-schedule change, for an ECT and for a mentor.
    expect(courses.filter((course) => course === "ecf-induction").length).toBeGreaterThanOrEqual(2);
    expect(courses.filter((course) => course === "ecf-mentor").length).toBeGreaterThanOrEqual(2);
  });
});
