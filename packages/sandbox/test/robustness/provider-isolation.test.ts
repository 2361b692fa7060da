/**
 * No lead provider sees or acts on another's data (ECF rules §1.1), for every ordered pair of the seven seeded lead
 * providers: what one lists, the other cannot show (404) and cannot act on (404, and the world is unchanged), except
 * what the service shares on purpose (a previous provider's billable declarations, the schools, the delivery
 * partners of a provider's own partnerships).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { API, NOT_FOUND } from "../helpers/ecf.ts";
import type { Json } from "../helpers/spec-client.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

const { client } = testSandbox();

interface Provider {
  readonly name: string;
  readonly token: string;
}

/** The lists each provider is given, by the path segment that also shows one item by id. */
const SHOWABLE = [
  "participants",
  "participant-declarations",
  "partnerships",
  "delivery-partners",
  "statements",
  "unfunded-mentors",
] as const;
type Kind = (typeof SHOWABLE)[number] | "participants/transfers";

/** Ids whose absence from another provider's view is checked per pair: a few, spread over the list. */
const SAMPLE = 3;

let providers: Provider[];
const lists = new Map<string, Map<Kind, Json[]>>();

const list = async (token: string, kind: Kind): Promise<Json[]> =>
  (await client.get(`${API}/${kind}?page[per_page]=3000`, { token })).body.data;

const idsOf = (token: string, kind: Kind): Set<string> =>
  new Set((lists.get(token)?.get(kind) ?? []).map((item: Json) => item.id as string));

/** Up to SAMPLE ids `owner` sees in `kind` and `other` does not. */
function onlyOwnerSees(owner: string, other: string, kind: Kind): string[] {
  const theirs = idsOf(other, kind);
  const mine = [...idsOf(owner, kind)].filter((id) => !theirs.has(id));
  const step = Math.max(1, Math.floor(mine.length / SAMPLE));
  return mine.filter((_, index) => index % step === 0).slice(0, SAMPLE);
}

const pairs = () =>
  providers.flatMap((owner) => providers.filter((other) => other !== owner).map((other) => [owner, other] as const));

const digest = async (): Promise<string> => (await client.get("/__sandbox/world")).body.digest;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * `started` declarations made by the provider a participant left (their enrolment there is `left` or `leaving`), for
 * participants another provider trains too: the one case where the service shows a provider's declaration to
 * another (ECF rules §1.1). The seed makes none, so the test makes a few.
 */
async function declarationsByPreviousProviders(wanted: number) {
  const made: { declarer: Provider; participant: string; id: string }[] = [];
  for (const declarer of providers) {
    const others = providers.filter((other) => other !== declarer).map((other) => idsOf(other.token, "participants"));
    for (const participant of lists.get(declarer.token)?.get("participants") ?? []) {
      if (made.length === wanted) {
        return made;
      }
      if (!others.some((ids) => ids.has(participant.id))) {
        continue;
      }
      for (const enrolment of participant.attributes.ecf_enrolments) {
        if (!["left", "leaving"].includes(enrolment.participant_status)) {
          continue;
        }
        for (const days of [1, 10, 30]) {
          const date = new Date(Date.parse(enrolment.created_at) + days * DAY_MS).toISOString().replace(/\.\d+Z$/, "Z");
          const declared = await client.post(`${API}/participant-declarations`, {
            token: declarer.token,
            body: {
              data: {
                type: "participant-declaration",
                attributes: {
                  participant_id: participant.id,
                  declaration_type: "started",
                  declaration_date: date,
                  course_identifier: enrolment.participant_type === "ect" ? "ecf-induction" : "ecf-mentor",
                  evidence_held: "other",
                },
              },
            },
          });
          if (declared.status === 200) {
            made.push({ declarer, participant: participant.id, id: declared.body.data.id });
            break;
          }
        }
      }
    }
  }
  return made;
}

beforeAll(async () => {
  providers = (await client.get("/__sandbox/lead-providers")).body.data;
  for (const { token } of providers) {
    const kinds = new Map<Kind, Json[]>();
    for (const kind of [...SHOWABLE, "participants/transfers"] as const) {
      kinds.set(kind, await list(token, kind));
    }
    lists.set(token, kinds);
  }
});

describe("isolation between lead providers", () => {
  it("has seven providers, each with data of its own to hide", () => {
    expect(providers).toHaveLength(7);
    for (const owner of providers) {
      for (const kind of ["participants", "participant-declarations", "partnerships", "statements"] as const) {
        expect(idsOf(owner.token, kind).size, `${owner.name} ${kind}`).toBeGreaterThan(0);
      }
    }
  });

  it("answers 404 when a provider shows what only another lists, and 200 for what it lists itself", async () => {
    let checked = 0;
    for (const [owner, other] of pairs()) {
      for (const kind of SHOWABLE) {
        for (const id of onlyOwnerSees(owner.token, other.token, kind)) {
          const shown = await client.get(`${API}/${kind}/${id}`, { token: other.token });
          expect([shown.status, shown.body], `${other.name} shows ${owner.name}'s ${kind} ${id}`).toEqual([
            404,
            NOT_FOUND,
          ]);
          expect((await client.get(`${API}/${kind}/${id}`, { token: owner.token })).status).toBe(200);
          checked += 1;
        }
      }
      for (const id of onlyOwnerSees(owner.token, other.token, "participants")) {
        const transfers = await client.get(`${API}/participants/${id}/transfers`, { token: other.token });
        expect([transfers.status, transfers.body], `${other.name}: transfers of ${id}`).toEqual([404, NOT_FOUND]);
      }
    }
    expect(checked).toBeGreaterThan(pairs().length * 10);
  });

  it("answers 404 when a provider acts on another's participants, declarations and partnerships, changing nothing", async () => {
    const before = await digest();
    const course = { course_identifier: "ecf-induction" };
    const actions = [
      ["withdraw", { reason: "moved-school", ...course }],
      ["defer", { reason: "parental-leave", ...course }],
      ["resume", course],
      ["change-schedule", { schedule_identifier: "ecf-standard-september", ...course }],
    ] as const;
    for (const [owner, other] of pairs()) {
      for (const id of onlyOwnerSees(owner.token, other.token, "participants")) {
        for (const [action, attributes] of actions) {
          const acted = await client.put(`${API}/participants/${id}/${action}`, {
            token: other.token,
            body: { data: { type: `participant-${action}`, attributes } },
          });
          expect([acted.status, acted.body], `${other.name} ${action}s ${owner.name}'s ${id}`).toEqual([
            404,
            NOT_FOUND,
          ]);
        }
      }
      for (const id of onlyOwnerSees(owner.token, other.token, "participant-declarations")) {
        const voided = await client.put(`${API}/participant-declarations/${id}/void`, { token: other.token });
        expect([voided.status, voided.body], `${other.name} voids ${owner.name}'s ${id}`).toEqual([404, NOT_FOUND]);
      }
      const ownDeliveryPartner = [...idsOf(other.token, "delivery-partners")][0];
      for (const id of onlyOwnerSees(owner.token, other.token, "partnerships")) {
        const updated = await client.put(`${API}/partnerships/${id}`, {
          token: other.token,
          body: { data: { type: "partnership", attributes: { delivery_partner_id: ownDeliveryPartner } } },
        });
        expect([updated.status, updated.body], `${other.name} updates ${owner.name}'s ${id}`).toEqual([404, NOT_FOUND]);
      }
    }
    expect(await digest()).toBe(before);
  });

  it("never lists one provider's partnerships or statements to another", () => {
    for (const [owner, other] of pairs()) {
      for (const kind of ["partnerships", "statements"] as const) {
        const theirs = idsOf(other.token, kind);
        expect(
          [...idsOf(owner.token, kind)].filter((id) => theirs.has(id)),
          `${owner.name}/${other.name}`,
        ).toEqual([]);
      }
    }
  });

  it("lists the delivery partners of each provider's own partnerships, and the same schools to every provider", async () => {
    for (const provider of providers) {
      const deliveryPartners = idsOf(provider.token, "delivery-partners");
      for (const partnership of lists.get(provider.token)?.get("partnerships") ?? []) {
        expect(deliveryPartners.has(partnership.attributes.delivery_partner_id), provider.name).toBe(true);
      }
    }
    const schools = async (token: string) =>
      (await client.get(`${API}/schools?filter[cohort]=2025&page[per_page]=3000`, { token })).body.data
        .map((school: Json) => school.id)
        .sort();
    const first = await schools(providers[0]?.token ?? "");
    expect(first.length).toBeGreaterThan(0);
    for (const provider of providers.slice(1)) {
      expect(await schools(provider.token), provider.name).toEqual(first);
    }
  });

  // Runs last: it adds declarations to the world the tests above read.
  it("shares a previous provider's declarations with the provider training the participant now, to read, not void", async () => {
    const made = await declarationsByPreviousProviders(3);
    expect(made).toHaveLength(3);
    const before = await digest();
    for (const { declarer, participant, id } of made) {
      const sharedWith: string[] = [];
      for (const provider of providers.filter((candidate) => candidate !== declarer)) {
        const listed = (await list(provider.token, "participant-declarations")).find((item) => item.id === id);
        const shown = await client.get(`${API}/participant-declarations/${id}`, { token: provider.token });
        if (listed === undefined) {
          expect([shown.status, shown.body], `${provider.name} shows ${declarer.name}'s ${id}`).toEqual([
            404,
            NOT_FOUND,
          ]);
          continue;
        }
        sharedWith.push(provider.name);
        expect(shown.status).toBe(200);
        expect(listed.attributes.lead_provider_name).toBe(declarer.name);
        expect(["submitted", "eligible", "payable", "paid"]).toContain(listed.attributes.state);
        expect(idsOf(provider.token, "participants").has(participant), provider.name).toBe(true);
        const voided = await client.put(`${API}/participant-declarations/${id}/void`, { token: provider.token });
        expect([voided.status, voided.body], `${provider.name} voids ${declarer.name}'s ${id}`).toEqual([
          404,
          NOT_FOUND,
        ]);
      }
      // Shared with the provider who trains the participant now, and with no provider who never did.
      expect(sharedWith.length, `${declarer.name}'s ${id}`).toBeGreaterThan(0);
    }
    expect(await digest()).toBe(before);
  });
});
