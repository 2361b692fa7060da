/**
 * `X-With-Server-Date` through the SDK's `withServerDate` and `serverDateHeaders`: the sandbox handles the request
 * as if it were that instant, without touching its clock.
 */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  BadRequestError,
  serverDateHeaders,
  type ThrowingEcfClient,
  UnprocessableError,
  withServerDate,
} from "../../src/index.ts";
import { SUITE_NOW, useLiveSandbox } from "./support/live-sandbox.ts";
import { AMBITION, leadProvider, newEct, startedDeclaration } from "./support/world.ts";

const live = useLiveSandbox();
const FUTURE_DATE = {
  title: "declaration_date",
  detail: "The '#/declaration_date' value cannot be a future date. Check the date and try again.",
};
// Two months after the sandbox's "now" (SUITE_NOW, 1 October 2025).
const DECEMBER = "2025-12-01T10:00:00Z";

let client: ThrowingEcfClient;
beforeAll(async () => {
  client = live().ecf((await leadProvider(live().control, AMBITION)).token);
});
beforeEach(async () => {
  await live().control.reset({ now: SUITE_NOW });
});

async function declarationInDecember() {
  const participant = await newEct(live().control, await leadProvider(live().control, AMBITION));
  return startedDeclaration(participant.id, DECEMBER);
}

describe("time travel", () => {
  it("refuses a declaration dated after the sandbox's now", async () => {
    const error = await client
      .POST("/api/v3/participant-declarations", { body: await declarationInDecember() })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(UnprocessableError);
    expect((error as UnprocessableError).errors).toEqual([FUTURE_DATE]);
  });

  it("accepts it when withServerDate puts the server after the declaration date", async () => {
    const inDecember = withServerDate(client, "2025-12-02T09:00:00Z");

    const { data } = await inDecember.POST("/api/v3/participant-declarations", { body: await declarationInDecember() });

    expect(data.data.attributes).toMatchObject({
      declaration_date: DECEMBER,
      state: "eligible",
      // The request ran on 2 December: the record is stamped then.
      created_at: "2025-12-02T09:00:00Z",
      updated_at: "2025-12-02T09:00:00Z",
    });
    // "Today" is 2 December for the statement too: November's cut-off (31 October) has passed, so January's.
    const { data: statement } = await inDecember.GET("/api/v3/statements/{id}", {
      params: { path: { id: data.data.attributes.statement_id ?? "" } },
    });
    expect(statement.data.attributes).toMatchObject({ month: "January", year: "2026", cohort: "2025" });
  });

  it("changes one request only: the sandbox clock and the original client stay put", async () => {
    const body = await declarationInDecember();
    await client.POST("/api/v3/participant-declarations", {
      body,
      headers: serverDateHeaders(new Date("2025-12-02T09:00:00Z")),
    });

    expect(await live().control.clock()).toEqual({ now: SUITE_NOW, frozen: true });
    const other = await declarationInDecember();
    await expect(client.POST("/api/v3/participant-declarations", { body: other })).rejects.toBeInstanceOf(
      UnprocessableError,
    );
  });

  it("moving the sandbox clock has the same effect for every request", async () => {
    // Registered first: a participant registered in December would be on the January schedule.
    const body = await declarationInDecember();
    await live().control.setClock("2025-12-02T09:00:00Z");

    const { data } = await client.POST("/api/v3/participant-declarations", { body });

    expect(data.data.attributes.created_at).toBe("2025-12-02T09:00:00Z");
  });

  it("answers an unreadable X-With-Server-Date with a BadRequestError", async () => {
    const error = await client
      .GET("/api/v3/statements", { headers: { "X-With-Server-Date": "next week" } })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).errors).toEqual([
      {
        title: "Bad request",
        detail: "The 'X-With-Server-Date' header must be an RFC 3339 date-time, for example 2025-10-01T09:30:00Z",
      },
    ]);
  });
});
