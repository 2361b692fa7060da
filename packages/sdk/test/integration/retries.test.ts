/**
 * The SDK's retry policy against faults injected into the real sandbox: safe methods are retried (honouring the
 * sandbox's `Retry-After`), writes are not, and a dead server ends in a NetworkError.
 */
import { createServer } from "node:net";
import { beforeAll, describe, expect, it } from "vitest";
import { createEcfClient, NetworkError, type RetryEvent, ServerError } from "../../src/index.ts";
import { instantRetries, useLiveSandbox } from "./support/live-sandbox.ts";
import { AMBITION, leadProvider, newEct, startedDeclaration } from "./support/world.ts";

const live = useLiveSandbox();

let token: string;
beforeAll(async () => {
  token = (await leadProvider(live().control, AMBITION)).token;
});

function retryingClient() {
  const events: RetryEvent[] = [];
  const retry = instantRetries({ onRetry: (event) => events.push(event) });
  return { client: live().ecf(token, { retry }), events, delays: retry.delays };
}

describe("retries against injected faults", () => {
  it("a GET that meets two 503s succeeds on its third attempt, after the Retry-After each time", async () => {
    await live().control.injectFault({ status: 503, count: 2, path: "/ecf/api/v3/statements", method: "GET" });
    const { client, events, delays } = retryingClient();

    const { data, response } = await client.GET("/api/v3/statements");

    expect(response.status).toBe(200);
    expect(data.data.length).toBeGreaterThan(0);
    expect(events.map((event) => [event.attempt, event.response?.status])).toEqual([
      [1, 503],
      [2, 503],
    ]);
    // The sandbox's 503 says `Retry-After: 1`, which the SDK waits out exactly.
    expect(delays).toEqual([1000, 1000]);
    expect(await live().control.faults()).toEqual([]);
  });

  it("a GET that meets a 429 waits out its Retry-After and succeeds", async () => {
    await live().control.injectFault({ status: 429, path: "/ecf/api/v3/participants" });
    const { client, delays } = retryingClient();

    const { response } = await client.GET("/api/v3/participants");

    expect(response.status).toBe(200);
    expect(delays).toEqual([1000]);
  });

  it("a POST is not retried: one attempt, the ServerError, and the fault is spent", async () => {
    const participant = await newEct(live().control, await leadProvider(live().control, AMBITION));
    await live().control.injectFault({
      status: 503,
      count: 2,
      path: "/ecf/api/v3/participant-declarations",
      method: "POST",
    });
    const { client, events } = retryingClient();
    const body = startedDeclaration(participant.id);

    await expect(client.POST("/api/v3/participant-declarations", { body })).rejects.toBeInstanceOf(ServerError);

    expect(events).toEqual([]);
    expect((await live().control.faults()).map((fault) => fault.remaining)).toEqual([1]);
    await live().control.clearFaults();
    // Nothing was recorded by the failed attempt, so the declaration can be made now.
    const { data } = await client.POST("/api/v3/participant-declarations", { body });
    expect(data.data.attributes.participant_id).toBe(participant.id);
  });

  it("a fault on another method or path leaves the request alone", async () => {
    await live().control.injectFault({ status: 503, path: "/ecf/api/v3/statements", method: "POST" });
    await live().control.injectFault({ status: 503, path: "/ecf/api/v3/participant-declarations" });
    const { client, events } = retryingClient();

    await client.GET("/api/v3/statements");

    expect(events).toEqual([]);
    expect(await live().control.faults()).toHaveLength(2);
    await live().control.clearFaults();
  });

  it("turns a refused connection into a NetworkError after the retries", async () => {
    const port = await closedPort();
    const retry = instantRetries();
    const client = createEcfClient({
      baseUrl: `http://127.0.0.1:${port}/ecf`,
      token,
      retry,
      throwOnError: true,
    });

    const error = await client.GET("/api/v3/statements").catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ status: undefined, method: "GET", path: "/ecf/api/v3/statements" });
    expect((error as NetworkError).cause).toBeInstanceOf(TypeError);
    expect(retry.delays).toHaveLength(2);
  });
});

/** A port nothing listens on: bound, read, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") {
    throw new Error("no port");
  }
  return address.port;
}
