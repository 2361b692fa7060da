import { describe, expect, it } from "vitest";
import type { DeclarationFilter } from "../../src/queries/declarations.ts";
import { listDeclarations, showDeclaration } from "../../src/queries/declarations.ts";
import type { ListQuery } from "../../src/queries/list-query.ts";
import { NOT_FOUND_ERROR } from "../../src/result.ts";
import { expectOk } from "../support/expect-failure.ts";
import { latestPeriod } from "../support/participant-actions.ts";
import { addTrainingPeriod, updateTrainingPeriod } from "../support/placements.ts";
import { AMBITION, Scenario, TEACH_FIRST } from "../support/scenario.ts";

function ids(s: Scenario, query: ListQuery<DeclarationFilter> = {}, leadProviderId = AMBITION): string[] {
  return listDeclarations(s.world, leadProviderId, query).map((declaration) => declaration.id);
}

/**
 * A participant trained by Ambition until 10 October, then by Teach First, who declared `started` on 5 October and
 * `retained-1` on 12 October; and one of Ambition's own participants with a `started` declaration.
 */
function world() {
  const s = new Scenario("2025-10-15T10:00:00Z");
  s.statements(AMBITION, 2025);
  s.statements(TEACH_FIRST, 2025);
  s.statements(AMBITION, 2024);
  const schoolId = s.school();
  const mover = s.participant({ schoolId, startedOn: "2025-09-01", finishedOn: "2025-10-10" });
  const teachFirstPartnership = s.must({
    type: "registerSchoolPartnership",
    schoolId,
    leadProviderId: TEACH_FIRST,
    deliveryPartnerId: s.deliveryPartner(TEACH_FIRST, 2025),
    cohortYear: 2025,
  });
  const ambitionPeriod = latestPeriod(s, mover);
  addTrainingPeriod(s, mover, { startedOn: "2025-10-10", schoolPartnershipId: teachFirstPartnership.id });
  const own = s.participant({ cohortYear: 2024, startedOn: "2024-09-01" });
  s.at("2025-10-15T10:01:00Z");
  const ownStarted = s.declare(own, "started", "2024-10-01T10:00:00Z");
  s.at("2025-10-15T10:02:00Z");
  const previousStarted = s.declare(mover, "started", "2025-10-05T10:00:00Z", { leadProviderId: TEACH_FIRST });
  s.at("2025-10-15T10:03:00Z");
  const laterRetained = s.declare(mover, "retained-1", "2025-10-12T10:00:00Z", { leadProviderId: TEACH_FIRST });
  return { s, mover, own, ownStarted, previousStarted, laterRetained, ambitionPeriod };
}

describe("listDeclarations: scope (ECF rules §1.1)", () => {
  it("shows own declarations plus previous providers' billable ones dated before the provider's training ended", () => {
    const { s, ownStarted, previousStarted, laterRetained } = world();
    expect(ids(s)).toEqual([ownStarted.id, previousStarted.id]);
    expect(ids(s, {}, TEACH_FIRST)).toEqual([previousStarted.id, laterRetained.id]);
    const previous = listDeclarations(s.world, AMBITION, {}).find((d) => d.id === previousStarted.id);
    expect(previous?.attributes.lead_provider_name).toBe("Teach First");
  });

  it("follows the provider's latest training period: re-opened, it shows later declarations too", () => {
    const { s, previousStarted, laterRetained, ownStarted, ambitionPeriod } = world();
    updateTrainingPeriod(s, ambitionPeriod.id, { finishedOn: null });
    expect(ids(s)).toEqual([ownStarted.id, previousStarted.id, laterRetained.id]);
  });

  it("stops showing a previous provider's declaration once it is voided", () => {
    const { s, previousStarted, ownStarted } = world();
    expectOk(s.run({ type: "voidDeclaration", leadProviderId: TEACH_FIRST, declarationId: previousStarted.id }));
    expect(ids(s)).toEqual([ownStarted.id]);
  });

  it("does not let the provider void a previous provider's declaration it can see", () => {
    const { s, previousStarted } = world();
    expect(
      s.run({ type: "voidDeclaration", leadProviderId: AMBITION, declarationId: previousStarted.id }),
    ).toMatchObject({
      ok: false,
      failure: { status: 404 },
    });
  });
});

describe("listDeclarations: filters (ECF rules §1.5)", () => {
  it("filters by the cohort of the declaration's training period", () => {
    const { s, ownStarted, previousStarted } = world();
    expect(ids(s, { filter: { cohort: "2024" } })).toEqual([ownStarted.id]);
    expect(ids(s, { filter: { cohort: "2025,x" } })).toEqual([previousStarted.id]);
    expect(ids(s, { filter: { cohort: "x" } })).toEqual([]);
  });

  it("filters by participant ids, keeping only UUIDs", () => {
    const { s, own, mover, ownStarted, previousStarted } = world();
    expect(ids(s, { filter: { participantId: own } })).toEqual([ownStarted.id]);
    expect(ids(s, { filter: { participantId: `${mover},nope,${own}` } })).toEqual([ownStarted.id, previousStarted.id]);
    expect(ids(s, { filter: { participantId: "nope" } })).toEqual([]);
    expect(ids(s, { filter: { participantId: own.toUpperCase() } })).toEqual([ownStarted.id]);
    expect(ids(s, { filter: { participantId: own }, page: { page: 2, perPage: 1 } })).toEqual([]);
  });

  it("filters by the delivery partner at the time of the declaration", () => {
    const { s, ownStarted, own } = world();
    const partnershipId = latestPeriod(s, own).schoolPartnershipId!;
    const original = ownStarted.deliveryPartnerId;
    const replacement = s.must({
      type: "registerDeliveryPartner",
      name: "Replacement",
      partnerships: [{ leadProviderId: AMBITION, cohortYear: 2024 }],
    }).id;
    expectOk(
      s.run({ type: "updatePartnership", leadProviderId: AMBITION, partnershipId, deliveryPartnerId: replacement }),
    );
    expect(ids(s, { filter: { deliveryPartnerId: original } })).toEqual([ownStarted.id]);
    expect(ids(s, { filter: { deliveryPartnerId: replacement } })).toEqual([]);
    expect(ids(s, { filter: { deliveryPartnerId: "nope" } })).toEqual([]);
  });

  it("filters by updated_since", () => {
    const { s, previousStarted } = world();
    expect(ids(s, { filter: { updatedSince: new Date("2025-10-15T10:02:00Z") } })).toEqual([previousStarted.id]);
    expect(ids(s, { filter: { updatedSince: new Date("2025-10-15T10:05:00Z") } })).toEqual([]);
  });

  it("pages through the list", () => {
    const { s, ownStarted, previousStarted } = world();
    expect(ids(s, { page: { page: 1, perPage: 1 } })).toEqual([ownStarted.id]);
    expect(ids(s, { page: { page: 2, perPage: 1 } })).toEqual([previousStarted.id]);
    expect(ids(s, { page: { page: 3, perPage: 1 } })).toEqual([]);
  });
});

describe("showDeclaration", () => {
  it("shows visible declarations and 404s the rest", () => {
    const { s, previousStarted, laterRetained } = world();
    expect(expectOk(showDeclaration(s.world, AMBITION, previousStarted.id)).id).toBe(previousStarted.id);
    expect(showDeclaration(s.world, AMBITION, laterRetained.id)).toEqual({
      ok: false,
      failure: { status: 404, errors: [NOT_FOUND_ERROR] },
    });
    expect(showDeclaration(s.world, AMBITION, "nope").ok).toBe(false);
  });
});
