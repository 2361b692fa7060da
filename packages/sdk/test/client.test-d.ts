import { describe, expectTypeOf, it } from "vitest";
import {
  createEcfClient,
  type EcfClient,
  type ListItem,
  type ListPath,
  type Page,
  type Participant,
  type ParticipantDeclaration,
  type ParticipantDeclarationCreateRequest,
  paginate,
  paginatePages,
  type Statement,
  type SyncPath,
  syncUpdatedSince,
  type ThrowingEcfClient,
  withServerDate,
} from "../src/index.ts";

const options = { baseUrl: "https://example.test", token: "t" } as const;
const client = createEcfClient(options);
const throwing = createEcfClient({ ...options, throwOnError: true });

describe("createEcfClient", () => {
  it("returns the non-throwing client by default and the throwing one with throwOnError: true", () => {
    expectTypeOf(client).toEqualTypeOf<EcfClient>();
    expectTypeOf(createEcfClient({ ...options, throwOnError: false })).toEqualTypeOf<EcfClient>();
    expectTypeOf(throwing).toEqualTypeOf<ThrowingEcfClient>();
    expectTypeOf(createEcfClient({ ...options, throwOnError: Math.random() > 0.5 })).toEqualTypeOf<
      EcfClient | ThrowingEcfClient
    >();
  });

  it("leaves data possibly undefined in non-throwing mode", async () => {
    const result = await client.GET("/api/v3/statements");
    expectTypeOf<undefined>().toExtend<typeof result.data>();
    if (result.error === undefined) {
      expectTypeOf(result.data.data).toExtend<readonly Statement[]>();
    }
  });

  it("types data as the spec's schema, every property included", async () => {
    const body = {} as ParticipantDeclarationCreateRequest;
    const { data } = await throwing.POST("/api/v3/participant-declarations", { body });
    expectTypeOf(data.data).toEqualTypeOf<ParticipantDeclaration>();
    expectTypeOf(data.data.attributes.ineligible_for_funding_reason).toEqualTypeOf<null>();
  });

  it("gives response lists as real arrays (openapi-fetch's Readable breaks readonly arrays: no --immutable)", async () => {
    const { data } = await throwing.GET("/api/v3/participants");
    expectTypeOf(data.data).toBeArray();
    expectTypeOf(data.data.map((participant) => participant.id)).toEqualTypeOf<string[]>();
  });

  it("narrows data in throwing mode, with no error branch", async () => {
    const { data, error } = await throwing.GET("/api/v3/statements/{id}", { params: { path: { id: "x" } } });
    expectTypeOf(data.data).toEqualTypeOf<Statement>();
    expectTypeOf(error).toEqualTypeOf<undefined>();
  });

  it("keeps openapi-fetch's checks of paths, params and bodies in throwing mode", () => {
    // @ts-expect-error: not a path of the API
    void throwing.GET("/api/v3/nowhere");
    // @ts-expect-error: the id path parameter is required
    void throwing.GET("/api/v3/statements/{id}");
    // @ts-expect-error: declarations are created with POST, and a body is required
    void throwing.POST("/api/v3/participant-declarations");
    // @ts-expect-error: an unknown filter
    void throwing.GET("/api/v3/participants", { params: { query: { filter: { colour: "blue" } } } });
  });

  it("keeps the client's mode through withServerDate", () => {
    expectTypeOf(withServerDate(throwing, "2026-01-01T00:00:00Z")).toEqualTypeOf<ThrowingEcfClient>();
    expectTypeOf(withServerDate(client, new Date())).toEqualTypeOf<EcfClient>();
  });
});

describe("pagination types", () => {
  it("infers the item type from the path", () => {
    expectTypeOf(paginate(client, "/api/v3/participants")).toEqualTypeOf<
      AsyncGenerator<Participant, void, undefined>
    >();
    expectTypeOf(paginatePages(throwing, "/api/v3/statements")).toEqualTypeOf<
      AsyncGenerator<Page<Statement>, void, undefined>
    >();
    expectTypeOf<ListItem<"/api/v3/participants">>().toEqualTypeOf<Participant>();
  });

  it("knows every list endpoint, and which of them can sync", () => {
    type Lists =
      | "/api/v3/participants"
      | "/api/v3/participants/transfers"
      | "/api/v3/participant-declarations"
      | "/api/v3/statements"
      | "/api/v3/delivery-partners"
      | "/api/v3/partnerships"
      | "/api/v3/schools"
      | "/api/v3/unfunded-mentors";
    expectTypeOf<ListPath>().toEqualTypeOf<Lists>();
    expectTypeOf<SyncPath>().toEqualTypeOf<Exclude<Lists, "/api/v3/delivery-partners">>();
  });

  it("requires the query of endpoints that need one (schools need filter[cohort])", () => {
    // @ts-expect-error: no filter[cohort]
    void paginate(client, "/api/v3/schools");
    void paginate(client, "/api/v3/schools", { query: { filter: { cohort: "2025" } } });
  });

  it("only accepts list endpoints", () => {
    expectTypeOf<"/api/v3/participants">().toExtend<ListPath>();
    expectTypeOf<"/api/v3/participants/{id}">().not.toExtend<ListPath>();
    // @ts-expect-error: a single-resource path cannot be paginated
    void paginate(client, "/api/v3/participants/{id}");
  });

  it("types the query of the endpoint, without page", () => {
    void paginate(client, "/api/v3/participants", { query: { filter: { cohort: "2025" }, sort: "updated_at" } });
    // @ts-expect-error: the iterators own page[...]
    void paginate(client, "/api/v3/participants", { query: { page: { page: 2 } } });
    // @ts-expect-error: statements have no training_status filter
    void paginate(client, "/api/v3/statements", { query: { filter: { training_status: "active" } } });
  });

  it("only syncs endpoints with filter[updated_since]", async () => {
    expectTypeOf<"/api/v3/participant-declarations">().toExtend<SyncPath>();
    expectTypeOf<"/api/v3/delivery-partners">().not.toExtend<SyncPath>();
    const first = await syncUpdatedSince(client, "/api/v3/participants", { since: undefined });
    expectTypeOf(first.highWaterMark).toEqualTypeOf<string | undefined>();
    expectTypeOf(first.items).toEqualTypeOf<readonly Participant[]>();
    const next = await syncUpdatedSince(client, "/api/v3/participants", { since: "2025-10-01T00:00:00Z" });
    expectTypeOf(next.highWaterMark).toEqualTypeOf<string>();
  });
});
