import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createSandbox } from "../src/index.ts";
import { AMBITION, API } from "./helpers/ecf.ts";
import { TEST_NOW } from "./helpers/test-sandbox.ts";

// A client that goes away mid-upload, over a real socket: what it costs is not a fault of the sandbox.
const reported: unknown[] = [];
const sandbox = createSandbox({ now: TEST_NOW, onUnexpectedError: (error) => reported.push(error) });
const responses: number[] = [];
let server: ReturnType<typeof serve>;
let port: number;

beforeAll(async () => {
  server = serve({
    fetch: async (request) => {
      const response = await sandbox.app.fetch(request);
      responses.push(response.status);
      return response;
    },
    port: 0,
    hostname: "127.0.0.1",
  });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/**
 * Sends the headers of a request with a long body, part of the body, then destroys the socket; returns the lines
 * logged meanwhile.
 */
async function abortUpload(path: string, headers: Record<string, string>): Promise<number> {
  const socket = connect(port, "127.0.0.1");
  await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
  const headerLines = Object.entries({ host: `127.0.0.1:${port}`, "content-length": "10000", ...headers }).map(
    ([name, value]) => `${name}: ${value}`,
  );
  socket.write(`POST ${path} HTTP/1.1\r\n${headerLines.join("\r\n")}\r\n\r\n{"data":{"type":"partnership"`);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const logged = [vi.spyOn(console, "error"), vi.spyOn(console, "warn"), vi.spyOn(console, "log")];
  socket.destroy();
  // Long enough for the server to notice the close and for any answer it tries to be attempted.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const logLines = logged.reduce((count, spy) => count + spy.mock.calls.length, 0);
  for (const spy of logged) {
    spy.mockRestore();
  }
  return logLines;
}

describe("an aborted upload", () => {
  it("on the ECF API is not reported as an error, logs a line at most and gets no 500", async () => {
    const lines = await abortUpload(`${API}/partnerships`, {
      authorization: `Bearer ${AMBITION}`,
      "content-type": "application/json",
    });
    expect(lines).toBeLessThanOrEqual(1);
    expect(reported).toEqual([]);
    expect(responses).not.toContain(500);
  });

  it("on the control API is not reported as an error, logs a line at most and gets no 500", async () => {
    const lines = await abortUpload("/__sandbox/participants", { "content-type": "application/json" });
    expect(lines).toBeLessThanOrEqual(1);
    expect(reported).toEqual([]);
    expect(responses).not.toContain(500);
  });
});
