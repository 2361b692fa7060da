/**
 * Over a real socket: a request whose body no route reads (a 401 here) is answered even when its client holds the
 * body back until it sees the answer. The log waits a moment for such a body, then gives up on it.
 */
import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox } from "../../src/index.ts";
import { API } from "../helpers/ecf.ts";
import { TEST_NOW } from "../helpers/test-sandbox.ts";

const sandbox = createSandbox({ now: TEST_NOW });
let server: ReturnType<typeof serve>;
let port: number;

beforeAll(async () => {
  server = serve({ fetch: sandbox.app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  if ("closeAllConnections" in server) {
    server.closeAllConnections();
  }
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("a body held back by its client", () => {
  it("does not keep the answer back: the request is answered and logged without its body", async () => {
    const socket = connect(port, "127.0.0.1");
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
    let received = "";
    const answered = new Promise<void>((resolve) => {
      socket.on("data", (chunk) => {
        received += String(chunk);
        if (received.includes("\r\n\r\n")) {
          resolve();
        }
      });
    });
    const headers = [`host: 127.0.0.1:${port}`, "authorization: Bearer nope", "content-length: 100"];
    socket.write(`POST ${API}/participant-declarations HTTP/1.1\r\n${headers.join("\r\n")}\r\n\r\n`);
    await answered;
    socket.destroy();

    expect(received).toMatch(/^HTTP\/1\.1 401 /);
    expect(await sandbox.control.requests()).toMatchObject([
      { method: "POST", path: `${API}/participant-declarations`, status: 401, request_body: null },
    ]);
  }, 10_000);
});
