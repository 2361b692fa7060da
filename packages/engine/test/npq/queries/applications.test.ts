import { describe, expect, it } from "vitest";
import { listNpqApplications, showNpqApplication } from "../../../src/npq/queries/applications.ts";
import { expectOk } from "../../support/expect-failure.ts";
import { AMBITION_NPQ, NpqScenario, TEACH_FIRST_NPQ } from "../support/npq-scenario.ts";

describe("the applications a lead provider sees (NPQ rules §1.1, §1.5)", () => {
  it("lists its own applications in every status, oldest first", () => {
    const s = new NpqScenario();
    const pending = s.apply();
    s.context.at("2025-10-16T10:00:00Z");
    const accepted = s.enrol({ person: { fullName: "B" } });
    s.apply({ leadProviderId: TEACH_FIRST_NPQ, person: { fullName: "C" } });
    expect(listNpqApplications(s.world, AMBITION_NPQ).map((resource) => resource.id)).toEqual([
      pending.id,
      accepted.id,
    ]);
  });

  it("filters by cohort start year (every suffix), participant and updated_since, and sorts", () => {
    const s = new NpqScenario();
    const a = s.apply({ cohort: "2026a" });
    s.context.at("2025-10-16T10:00:00Z");
    const b = s.apply({ cohort: "2026b", person: { fullName: "B" } });
    const c = s.apply({ cohort: "2025a", person: { fullName: "C" } });
    const ids = (filter: object, sort?: string) =>
      listNpqApplications(s.world, AMBITION_NPQ, { filter, ...(sort === undefined ? {} : { sort }) }).map((r) => r.id);
    expect(ids({ cohort: "2026" })).toEqual([a.id, b.id]);
    expect(ids({ cohort: "2025,abc" })).toEqual([c.id]);
    expect(ids({ participantId: `${b.userId},not-a-uuid` })).toEqual([b.id]);
    expect(ids({ updatedSince: new Date("2025-10-16T00:00:00Z") })).toEqual([b.id, c.id]);
    expect(ids({}, "-created_at")).toEqual([c.id, b.id, a.id]);
    expect(ids({}, "nonsense")).toEqual([a.id, b.id, c.id]);
  });

  it("pages through the shared layer", () => {
    const s = new NpqScenario();
    const all = [s.apply(), s.apply({ person: { fullName: "B" } }), s.apply({ person: { fullName: "C" } })];
    const page = listNpqApplications(s.world, AMBITION_NPQ, { page: { page: 2, perPage: 2 } });
    expect(page.map((resource) => resource.id)).toEqual([all[2]?.id]);
  });

  it("answers 404 for another lead provider's application and reads ids as the database does", () => {
    const s = new NpqScenario();
    const mine = s.apply();
    const theirs = s.apply({ leadProviderId: TEACH_FIRST_NPQ, person: { fullName: "B" } });
    expect(showNpqApplication(s.world, AMBITION_NPQ, theirs.id).ok).toBe(false);
    expect(expectOk(showNpqApplication(s.world, AMBITION_NPQ, mine.id.toUpperCase())).id).toBe(mine.id);
  });
});

describe("sorting applications by updated_at", () => {
  it("orders by the application's own timestamp, either way", () => {
    const s = new NpqScenario();
    const first = s.apply();
    s.context.at("2025-10-16T10:00:00Z");
    const second = s.apply({ person: { fullName: "B" } });
    s.context.at("2025-10-17T10:00:00Z");
    s.must({ type: "rejectNpqApplication", leadProviderId: AMBITION_NPQ, applicationId: first.id });
    const ids = (sort: string) => listNpqApplications(s.world, AMBITION_NPQ, { sort }).map((resource) => resource.id);
    expect(ids("updated_at")).toEqual([second.id, first.id]);
    expect(ids("-updated_at")).toEqual([first.id, second.id]);
  });
});
