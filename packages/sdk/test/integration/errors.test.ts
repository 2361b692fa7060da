/**
 * Bearer auth and every error class, produced by the real sandbox over a socket and read by the SDK.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import {
  BadRequestError,
  LeadProviderApiError,
  NotFoundError,
  RateLimitError,
  ServerError,
  type ThrowingEcfClient,
  UnauthorizedError,
  UnprocessableError,
} from "../../src/index.ts";
import { instantRetries, useLiveSandbox } from "./support/live-sandbox.ts";
import { INJECTED_FAULT_DETAIL } from "./support/spec-checking-fetch.ts";
import { AMBITION, leadProvider, newEct, startedDeclaration, TEACH_FIRST } from "./support/world.ts";

const live = useLiveSandbox();

let client: ThrowingEcfClient;
beforeAll(async () => {
  client = live().ecf((await leadProvider(live().control, AMBITION)).token, { retry: false });
});

describe("bearer auth", () => {
  it("reads the provider's own records with a seeded token", async () => {
    const { data } = await client.GET("/api/v3/statements", { params: { query: { filter: { cohort: "2025" } } } });

    expect(data.data.length).toBeGreaterThan(0);
    expect(data.data.every((statement) => statement.attributes.cohort === "2025")).toBe(true);
  });

  it("turns an unknown token into UnauthorizedError with the service's body", async () => {
    const stranger = live().ecf("not-a-seeded-token");

    const error = await stranger.GET("/api/v3/statements").catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error).toMatchObject({
      status: 401,
      method: "GET",
      path: "/ecf/api/v3/statements",
      body: { error: "HTTP Token: Access denied" },
      errors: [],
    });
    expect((error as UnauthorizedError).message).toBe(
      "GET /ecf/api/v3/statements responded 401: HTTP Token: Access denied",
    );
  });

  it("checks the token before anything else, even a malformed query", async () => {
    const stranger = live().ecf("not-a-seeded-token");

    await expect(
      stranger.GET("/api/v3/participants", { params: { query: { page: { page: 0 } } } }),
    ).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it("scopes records to the token: another provider's statement is a NotFoundError", async () => {
    const teachFirst = live().ecf((await leadProvider(live().control, TEACH_FIRST)).token);
    const { data } = await teachFirst.GET("/api/v3/statements");
    const theirs = data.data[0]?.id ?? "";

    await expect(client.GET("/api/v3/statements/{id}", { params: { path: { id: theirs } } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});

describe("errors by status", () => {
  it("400: a page number below 1 is a BadRequestError", async () => {
    const error = await client
      .GET("/api/v3/participants", { params: { query: { page: { page: 0, per_page: 10 } } } })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).errors).toEqual([
      {
        title: "Bad request",
        detail: "The '#/page[page]' and '#/page[per_page]' parameter values must be a valid positive number",
      },
    ]);
  });

  it("400: an unreadable updated_since is a BadRequestError", async () => {
    const error = await client
      .GET("/api/v3/participant-declarations", { params: { query: { filter: { updated_since: "last tuesday" } } } })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).errors).toEqual([
      { title: "Bad request", detail: "The filter '#/updated_since' must be a valid ISO 8601 date" },
    ]);
  });

  it("404: an unknown id is a NotFoundError", async () => {
    const id = randomUUID();

    const error = await client
      .GET("/api/v3/participant-declarations/{id}", { params: { path: { id } } })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, path: `/ecf/api/v3/participant-declarations/${id}` });
    expect((error as NotFoundError).errors).toEqual([
      { title: "Resource not found", detail: "Nothing could be found for the provided details" },
    ]);
  });

  it("422: a repeated declaration is an UnprocessableError with the service's message", async () => {
    const participant = await newEct(live().control, await leadProvider(live().control, AMBITION));
    const body = startedDeclaration(participant.id);
    await client.POST("/api/v3/participant-declarations", { body });

    const error = await client.POST("/api/v3/participant-declarations", { body }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(UnprocessableError);
    const duplicate = {
      title: "declaration_type",
      detail: "A declaration has already been submitted that will be, or has been, paid for this event.",
    };
    expect((error as UnprocessableError).errors).toEqual([duplicate]);
    expect((error as UnprocessableError).has(duplicate)).toBe(true);
  });

  it("422: an unknown participant is an UnprocessableError naming participant_id", async () => {
    const error = await client
      .POST("/api/v3/participant-declarations", { body: startedDeclaration(randomUUID()) })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(UnprocessableError);
    expect((error as UnprocessableError).errors).toEqual([
      {
        title: "participant_id",
        detail:
          "Your update cannot be made as the '#/participant_id' is not recognised. Check participant details and try again.",
      },
    ]);
  });

  it("400: a body without data.attributes is a BadRequestError", async () => {
    const error = await client
      // @ts-expect-error: deliberately malformed, as a client without types could send it
      .POST("/api/v3/participant-declarations", { body: { data: { type: "participant-declaration" } } })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).errors).toEqual([
      { title: "Bad request", detail: "Correct json data structure required. See API docs for reference." },
    ]);
  });

  it("429: an injected rate limit is a RateLimitError with retryAfter", async () => {
    await live().control.injectFault({ status: 429, count: 1, path: "/ecf/api/v3/statements" });

    const error = await client.GET("/api/v3/statements").catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, retryAfter: 1 });
  });

  it.each([500, 502, 503, 504])("%i: an injected fault is a ServerError", async (status) => {
    await live().control.injectFault({ status, count: 1, path: "/ecf/api/v3/participants", method: "GET" });

    const error = await client.GET("/api/v3/participants").catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ status, method: "GET", path: "/ecf/api/v3/participants" });
    expect((error as ServerError).errors.map((item) => item.detail)).toEqual([INJECTED_FAULT_DETAIL]);
  });

  it("other statuses: an injected 403 is a plain LeadProviderApiError", async () => {
    await live().control.injectFault({ status: 403, count: 1, path: "/ecf/api/v3/statements" });

    const error = await client.GET("/api/v3/statements").catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(LeadProviderApiError);
    expect(error).not.toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ status: 403 });
  });

  it("5xx after retries: the last response's ServerError, once the retries ran out", async () => {
    const retry = instantRetries();
    const patient = live().ecf((await leadProvider(live().control, AMBITION)).token, { retry });
    await live().control.injectFault({ status: 502, count: 3, path: "/ecf/api/v3/statements" });

    await expect(patient.GET("/api/v3/statements")).rejects.toMatchObject({ name: "ServerError", status: 502 });
    expect(retry.delays).toHaveLength(2);
    expect(await live().control.faults()).toEqual([]);
  });
});
