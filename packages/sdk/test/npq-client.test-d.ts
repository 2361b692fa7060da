import { describe, expectTypeOf, it } from "vitest";
import {
  type AnyLeadProviderClient,
  type CreatedSincePath,
  createEcfClient,
  createNpqClient,
  type ListItem,
  type ListPath,
  type NpqApplication,
  type NpqClient,
  type NpqOutcome,
  type NpqParticipant,
  type NpqParticipantDeclaration,
  type NpqPaths,
  type NpqStatement,
  type Page,
  type ParticipantDeclaration,
  type PathsOf,
  paginate,
  paginatePages,
  type SyncPath,
  syncCreatedSince,
  syncUpdatedSince,
  type ThrowingNpqClient,
  withServerDate,
} from "../src/index.ts";

const options = { baseUrl: "https://example.test", token: "t" } as const;
const client = createNpqClient(options);
const throwing = createNpqClient({ ...options, throwOnError: true });
const ecf = createEcfClient({ ...options, throwOnError: true });

describe("createNpqClient", () => {
  it("returns the non-throwing client by default and the throwing one with throwOnError: true", () => {
    expectTypeOf(client).toEqualTypeOf<NpqClient>();
    expectTypeOf(throwing).toEqualTypeOf<ThrowingNpqClient>();
    expectTypeOf(createNpqClient({ ...options, throwOnError: Math.random() > 0.5 })).toEqualTypeOf<
      NpqClient | ThrowingNpqClient
    >();
    expectTypeOf(throwing).toExtend<AnyLeadProviderClient>();
  });

  it("types the NPQ paths, parameters and bodies", async () => {
    const { data } = await throwing.GET("/api/v3/npq-applications/{id}", { params: { path: { id: "x" } } });
    expectTypeOf(data.data).toEqualTypeOf<NpqApplication>();
    const accepted = await throwing.POST("/api/v3/npq-applications/{id}/accept", {
      params: { path: { id: "x" } },
      body: { data: { type: "npq-application-accept", attributes: { funded_place: true } } },
    });
    expectTypeOf(accepted.data.data).toEqualTypeOf<NpqApplication>();
    const participant = await throwing.GET("/api/v3/participants/npq/{id}", { params: { path: { id: "x" } } });
    expectTypeOf(participant.data.data).toEqualTypeOf<NpqParticipant>();
    // @ts-expect-error: an ECF path is not a path of the NPQ API
    void throwing.GET("/api/v3/participants");
    // @ts-expect-error: applications have no training_status filter
    void throwing.GET("/api/v3/npq-applications", { params: { query: { filter: { training_status: "active" } } } });
  });

  it("leaves data possibly undefined in result mode", async () => {
    const result = await client.GET("/api/v3/statements");
    expectTypeOf<undefined>().toExtend<typeof result.data>();
  });

  it("gives a shared path the NPQ API's body, not the ECF one's", async () => {
    const npq = await throwing.GET("/api/v3/participant-declarations/{id}", { params: { path: { id: "x" } } });
    const ecfDeclaration = await ecf.GET("/api/v3/participant-declarations/{id}", { params: { path: { id: "x" } } });
    expectTypeOf(npq.data.data).toEqualTypeOf<NpqParticipantDeclaration>();
    expectTypeOf(ecfDeclaration.data.data).toEqualTypeOf<ParticipantDeclaration>();
    expectTypeOf(npq.data.data.attributes.has_passed).toEqualTypeOf<boolean | null>();
  });

  it("keeps the mode through withServerDate", () => {
    expectTypeOf(withServerDate(throwing, new Date())).toEqualTypeOf<ThrowingNpqClient>();
    expectTypeOf(withServerDate(client, new Date())).toEqualTypeOf<NpqClient>();
  });
});

describe("the shared helpers on the NPQ API", () => {
  it("read the API from the client", () => {
    expectTypeOf<PathsOf<ThrowingNpqClient>>().toEqualTypeOf<NpqPaths>();
    expectTypeOf<PathsOf<NpqClient>>().toEqualTypeOf<NpqPaths>();
    expectTypeOf(paginate(client, "/api/v3/npq-applications")).toEqualTypeOf<
      AsyncGenerator<NpqApplication, void, undefined>
    >();
    expectTypeOf(paginatePages(throwing, "/api/v3/statements")).toEqualTypeOf<
      AsyncGenerator<Page<NpqStatement>, void, undefined>
    >();
    expectTypeOf(paginate(throwing, "/api/v3/participant-declarations")).toEqualTypeOf<
      AsyncGenerator<NpqParticipantDeclaration, void, undefined>
    >();
  });

  it("know every NPQ list endpoint, and which of them can sync", () => {
    type Lists =
      | "/api/v3/npq-applications"
      | "/api/v3/participants/npq"
      | "/api/v3/participants/npq/outcomes"
      | "/api/v3/participants/npq/{id}/outcomes"
      | "/api/v3/participant-declarations"
      | "/api/v3/statements"
      | "/api/v3/delivery-partners";
    expectTypeOf<ListPath<NpqPaths>>().toEqualTypeOf<Lists>();
    // Outcomes filter by created_since, delivery partners by cohort only.
    expectTypeOf<SyncPath<NpqPaths>>().toEqualTypeOf<
      | "/api/v3/npq-applications"
      | "/api/v3/participants/npq"
      | "/api/v3/participant-declarations"
      | "/api/v3/statements"
    >();
    expectTypeOf<ListItem<"/api/v3/participants/npq/outcomes", NpqPaths>>().toEqualTypeOf<NpqOutcome>();
  });

  it("require the path parameters of a list under one participant", () => {
    // @ts-expect-error: the participant's id is required
    void paginate(client, "/api/v3/participants/npq/{id}/outcomes");
    void paginate(client, "/api/v3/participants/npq/{id}/outcomes", { pathParams: { id: "x" } });
    // @ts-expect-error: not this list's path parameter
    void paginate(client, "/api/v3/participants/npq/{id}/outcomes", { pathParams: { participant_id: "x" } });
  });

  it("refuse an ECF-only path on an NPQ client, and type the NPQ queries", () => {
    // @ts-expect-error: schools are an ECF list
    void paginate(client, "/api/v3/schools", { query: { filter: { cohort: "2025" } } });
    void paginate(client, "/api/v3/participants/npq", { query: { filter: { training_status: "deferred" } } });
    // @ts-expect-error: not a training status
    void paginate(client, "/api/v3/participants/npq", { query: { filter: { training_status: "left" } } });
  });

  it("sync only endpoints with filter[updated_since]", async () => {
    const synced = await syncUpdatedSince(throwing, "/api/v3/npq-applications", { since: "2025-10-01T00:00:00Z" });
    expectTypeOf(synced.items).toEqualTypeOf<readonly NpqApplication[]>();
    expectTypeOf(synced.highWaterMark).toEqualTypeOf<string>();
    // @ts-expect-error: outcomes take created_since, not updated_since
    void syncUpdatedSince(client, "/api/v3/participants/npq/outcomes", { since: undefined });
  });

  it("sync outcomes, the one list with filter[created_since], by created_at", async () => {
    expectTypeOf<CreatedSincePath<NpqPaths>>().toEqualTypeOf<"/api/v3/participants/npq/outcomes">();
    // The ECF API's lists (the default paths) have none.
    expectTypeOf<CreatedSincePath>().toBeNever();
    const first = await syncCreatedSince(client, "/api/v3/participants/npq/outcomes", { since: undefined });
    expectTypeOf(first.items).toEqualTypeOf<readonly NpqOutcome[]>();
    expectTypeOf(first.highWaterMark).toEqualTypeOf<string | undefined>();
    const next = await syncCreatedSince(throwing, "/api/v3/participants/npq/outcomes", { since: new Date() });
    expectTypeOf(next.highWaterMark).toEqualTypeOf<string>();
    // @ts-expect-error: applications take updated_since
    void syncCreatedSince(client, "/api/v3/npq-applications", { since: undefined });
    // @ts-expect-error: the ECF API has no list with created_since
    void syncCreatedSince(ecf, "/api/v3/participants/npq/outcomes", { since: undefined });
  });
});
