/**
 * `requests()` and `clearRequests()` against the real sandbox: what an ECF client sent, as the request log shows it,
 * filtered as the control API filters it.
 */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  BadRequestError,
  type SandboxLeadProvider,
  type SandboxRequestFilter,
  UnprocessableError,
} from "../../src/index.ts";
import { useLiveSandbox } from "./support/live-sandbox.ts";
import { AMBITION, leadProvider, newEct, startedDeclaration, TEACH_FIRST } from "./support/world.ts";

const live = useLiveSandbox();

let ambition: SandboxLeadProvider;
let teachFirst: SandboxLeadProvider;
beforeAll(async () => {
  ambition = await leadProvider(live().control, AMBITION);
  teachFirst = await leadProvider(live().control, TEACH_FIRST);
});
beforeEach(async () => {
  await live().control.clearRequests();
});

describe("the sandbox client's request log", () => {
  it("shows what the ECF client sent and got, bodies included, oldest first", async () => {
    const ect = await newEct(live().control, ambition);
    const client = live().ecf(ambition.token);
    const declaration = startedDeclaration(ect.id);
    await client.POST("/api/v3/participant-declarations", { body: declaration });
    await client.GET("/api/v3/statements", { params: { query: { filter: { cohort: "2025" } } } });

    const logged = await live().control.requests();

    // The control API's own requests (newEct, and this listing) are not in the log.
    expect(logged.map((entry) => [entry.method, entry.path, entry.status])).toEqual([
      ["POST", "/ecf/api/v3/participant-declarations", 200],
      ["GET", "/ecf/api/v3/statements", 200],
    ]);
    const [submitted, listed] = logged;
    expect(submitted?.lead_provider).toEqual({ id: ambition.id, name: AMBITION });
    expect(submitted?.request_body?.json).toEqual(declaration);
    expect(submitted?.response_body?.json).toMatchObject({ data: { type: "participant-declaration" } });
    // The query as sent: the SDK leaves the brackets as they are.
    expect(listed?.query).toBe("filter[cohort]=2025");
    expect(listed?.error_detail).toBeNull();
  });

  it("filters by lead provider, path, method, status and since, and keeps the last `limit`", async () => {
    const ambitionClient = live().ecf(ambition.token);
    const teachFirstClient = live().ecf(teachFirst.token);
    await ambitionClient.GET("/api/v3/statements");
    const [first] = await live().control.requests();
    await teachFirstClient.GET("/api/v3/participants");
    const refused = await ambitionClient
      .POST("/api/v3/participant-declarations", { body: startedDeclaration("0b7d2c1e-5f3a-4e8b-9c6d-1a2b3c4d5e6f") })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UnprocessableError);

    const pathsOf = async (filter: SandboxRequestFilter) =>
      (await live().control.requests(filter)).map((entry) => entry.path);
    expect(await pathsOf({ lead_provider_id: teachFirst.id })).toEqual(["/ecf/api/v3/participants"]);
    expect(await pathsOf({ path: "/ecf/api/v3/participant-declarations" })).toEqual([
      "/ecf/api/v3/participant-declarations",
    ]);
    expect(await pathsOf({ method: "GET" })).toEqual(["/ecf/api/v3/statements", "/ecf/api/v3/participants"]);
    expect(await pathsOf({ status: 422 })).toEqual(["/ecf/api/v3/participant-declarations"]);
    expect(await pathsOf({ status: "2xx", since: first?.id })).toEqual(["/ecf/api/v3/participants"]);
    expect(await pathsOf({ limit: 1 })).toEqual(["/ecf/api/v3/participant-declarations"]);
    const [unprocessable] = await live().control.requests({ status: "4xx" });
    expect(unprocessable?.error_detail).toBe((refused as UnprocessableError).errors[0]?.detail);
  });

  it("empties the log with clearRequests, and ids go on from the last one", async () => {
    await live().ecf(ambition.token).GET("/api/v3/statements");
    const [before] = await live().control.requests();
    await live().control.clearRequests();
    expect(await live().control.requests()).toEqual([]);
    await live().ecf(ambition.token).GET("/api/v3/statements");
    const [after] = await live().control.requests({ since: before?.id });
    expect(after?.id).toBeGreaterThan(before?.id ?? Number.POSITIVE_INFINITY);
  });

  it("rejects a malformed filter with a BadRequestError", async () => {
    const error = await live()
      .control.requests({ status: "6xx" as "5xx" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BadRequestError);
  });
});
