/**
 * The sandbox client's NPQ fixtures against the real sandbox over a socket: a new cohort, a delivery partner, a
 * change of lead provider and a participant id change, each seen through `createNpqClient` as the service shows it.
 */
import { NPQ_FIXTURE_MESSAGES, NPQ_PARTICIPANT_ID_CHANGED } from "@lpkit/engine";
import { beforeEach, describe, expect, it } from "vitest";
import { createNpqClient, NotFoundError, UnprocessableError } from "../../src/index.ts";
import { SUITE_NOW, useLiveSandbox } from "./support/live-sandbox.ts";

const live = useLiveSandbox();
beforeEach(() => live().control.reset({ now: SUITE_NOW }));

async function npqClients() {
  const [first, second] = await live().control.npqLeadProviders();
  if (first === undefined || second === undefined) {
    throw new Error("fewer than two NPQ lead providers");
  }
  const client = (token: string) =>
    createNpqClient({ baseUrl: `${live().baseUrl}/npq`, token, fetch: live().fetch, throwOnError: true });
  return { first, second, firstClient: client(first.token), secondClient: client(second.token) };
}

describe("createSandboxClient's NPQ scenarios against the sandbox", () => {
  it("lists the NPQ API's scenarios by programme, with ids the NPQ API knows", async () => {
    const { first, firstClient } = await npqClients();
    const [pending, ...others] = await live().control.scenarios({
      programme: "npq",
      lead_provider_id: first.id,
      name: "npq-application-pending",
    });
    expect(others).toEqual([]);
    expect(pending).toMatchObject({ programme: "npq", lead_provider_id: first.id });
    const { data } = await firstClient.GET("/api/v3/npq-applications/{id}", {
      params: { path: { id: pending?.resources.application_id ?? "" } },
    });
    expect(data.data.attributes.status).toBe("pending");
    const ecf = await live().control.scenarios({ programme: "ecf" });
    expect(ecf.every((scenario) => scenario.programme === "ecf")).toBe(true);
    expect(live().violations).toEqual([]);
  });
});

describe("createSandboxClient's NPQ fixtures against the sandbox", () => {
  it("creates a cohort whose applications a lead provider can accept, and a delivery partner in it", async () => {
    const { first, firstClient } = await npqClients();
    const cohort = await live().control.createNpqCohort({ identifier: "2027b", funding: "capped" });
    expect(cohort).toEqual({
      identifier: "2027b",
      start_year: 2027,
      suffix: "b",
      funding: "capped",
      registration_start_date: "2027-04-01",
    });
    const refused = await live()
      .control.createNpqCohort({ identifier: "2027b", funding: "zero" })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UnprocessableError);
    expect((refused as UnprocessableError).errors).toEqual([
      { title: "identifier", detail: NPQ_FIXTURE_MESSAGES.cohortExists("2027b") },
    ]);
    const partner = await live().control.createNpqDeliveryPartner({ lead_provider_id: first.id, cohorts: ["2027b"] });
    expect(partner.cohorts).toEqual(["2027b"]);
    const application = await live().control.createNpqApplication({
      lead_provider_id: first.id,
      course_identifier: "npq-senior-leadership",
      cohort: "2027b",
    });
    const { data: accepted } = await firstClient.POST("/api/v3/npq-applications/{id}/accept", {
      params: { path: { id: application.id } },
      body: { data: { type: "npq-application-accept", attributes: { funded_place: true } } },
    });
    expect(accepted.data.attributes).toMatchObject({ status: "accepted", cohort: "2027", cohort_suffix: "b" });
    expect(live().violations).toEqual([]);
  });

  it("moves an application to another lead provider, which then sees it, and the first no more", async () => {
    const { first, second, firstClient, secondClient } = await npqClients();
    const application = await live().control.createNpqApplication({
      lead_provider_id: first.id,
      course_identifier: "npq-headship",
      cohort: "2025",
    });
    const moved = await live().control.changeNpqApplicationLeadProvider(application.id, second.id);
    const { data: shown } = await secondClient.GET("/api/v3/npq-applications/{id}", {
      params: { path: { id: application.id } },
    });
    expect(shown.data).toEqual(moved);
    const gone = await firstClient
      .GET("/api/v3/npq-applications/{id}", { params: { path: { id: application.id } } })
      .catch((error: unknown) => error);
    expect(gone).toBeInstanceOf(NotFoundError);
  });

  it("changes a participant's id, after which the old id answers 410 with the change", async () => {
    const { first, firstClient } = await npqClients();
    const application = await live().control.createNpqApplication({
      lead_provider_id: first.id,
      course_identifier: "npq-headship",
      cohort: "2025",
      status: "accepted",
    });
    const from = application.attributes.participant_id;
    const change = await live().control.changeNpqParticipantId(from);
    expect(change).toMatchObject({ from_participant_id: from, changed_at: SUITE_NOW });
    const gone = await firstClient
      .GET("/api/v3/participants/npq/{id}", { params: { path: { id: from } } })
      .catch((error: unknown) => error as { status: number; errors: unknown });
    expect(gone).toMatchObject({
      status: 410,
      errors: [
        {
          title: NPQ_PARTICIPANT_ID_CHANGED.title,
          detail: NPQ_PARTICIPANT_ID_CHANGED.detail({ from, to: change.to_participant_id }),
        },
      ],
    });
    const { data: found } = await firstClient.GET("/api/v3/participants/npq", {
      params: { query: { filter: { from_participant_id: from } } },
    });
    expect(found.data.map((participant) => participant.id)).toEqual([change.to_participant_id]);
    expect(live().violations).toEqual([]);
  });
});
