/**
 * The service's ETag and If-None-Match (ECF rules §1.3), through the SDK over a socket: ordinary calls are unchanged,
 * and a caller that sends If-None-Match itself reads the 304 from the status.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { LeadProviderApiError, type ThrowingEcfClient } from "../../src/index.ts";
import { useLiveSandbox } from "./support/live-sandbox.ts";
import { AMBITION, leadProvider } from "./support/world.ts";

const live = useLiveSandbox();

let client: ThrowingEcfClient;
beforeAll(async () => {
  client = live().ecf((await leadProvider(live().control, AMBITION)).token, { retry: false });
});

describe("ETag and If-None-Match", () => {
  it("leaves ordinary calls alone: data as before, the weak tag on the response", async () => {
    const { data, response } = await client.GET("/api/v3/statements");

    expect(data.data.length).toBeGreaterThan(0);
    expect(response.headers.get("etag")).toMatch(/^W\/"[0-9a-f]{32}"$/);
    expect(response.headers.get("cache-control")).toBe("max-age=0, private, must-revalidate");
  });

  it("passes a caller's If-None-Match through; a 304 has no data, so the throwing client rejects with status 304", async () => {
    const { response } = await client.GET("/api/v3/statements");
    const etag = response.headers.get("etag") ?? "";

    const error = await client
      .GET("/api/v3/statements", { headers: { "If-None-Match": etag } })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(LeadProviderApiError);
    expect(error).toMatchObject({ status: 304 });
    expect((error as LeadProviderApiError).response?.headers.get("etag")).toBe(etag);
  });
});
