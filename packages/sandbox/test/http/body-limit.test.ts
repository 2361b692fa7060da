import { describe, expect, it } from "vitest";
import { DEFAULT_BODY_LIMIT_BYTES } from "../../src/http/body-limit.ts";
import { AMBITION, API } from "../helpers/ecf.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

const TOO_LARGE = {
  errors: [
    {
      title: "Payload too large",
      detail: `The request body is larger than ${DEFAULT_BODY_LIMIT_BYTES} bytes, the most this sandbox accepts.`,
    },
  ],
};

/** A body that never ends, counting what has been read of it. */
function endlessBody(chunkBytes = 64 * 1024) {
  const chunk = new TextEncoder().encode(`[${" ".repeat(chunkBytes - 1)}`);
  const stream = {
    pulled: 0,
    body: new ReadableStream<Uint8Array>({
      pull(controller) {
        stream.pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    }),
  };
  return stream;
}

describe("the request-body limit", () => {
  const { sandbox, client } = testSandbox();
  const oversized = `{"data":"${"x".repeat(DEFAULT_BODY_LIMIT_BYTES)}"}`;

  it("answers an oversized body on the ECF API with 413 in the service's error format", async () => {
    const response = await client.post(`${API}/partnerships`, {
      token: AMBITION,
      rawBody: oversized,
      headers: { "content-type": "application/json" },
    });
    expect(response.status).toBe(413);
    expect(response.body).toEqual(TOO_LARGE);
  });

  it("answers an oversized body on the control API with 413, before any other check", async () => {
    const response = await client.post("/__sandbox/participants", {
      rawBody: oversized,
      headers: { "content-type": "application/json" },
    });
    expect(response.status).toBe(413);
    expect(response.body).toEqual(TOO_LARGE);
  });

  it("stops reading a streamed body without a Content-Length at the limit", async () => {
    const endless = endlessBody();
    const request = new Request(`http://localhost/__sandbox/participants`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: endless.body,
      duplex: "half",
    } as RequestInit);
    const response = await sandbox.app.request(request);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual(TOO_LARGE);
    // The limit, and a chunk or two the stream had queued ahead.
    expect(endless.pulled).toBeLessThanOrEqual(DEFAULT_BODY_LIMIT_BYTES + 3 * 64 * 1024);
  });

  it("takes another limit from createSandbox", async () => {
    const small = testSandbox({ bodyLimit: 100 });
    const response = await small.client.put("/__sandbox/clock", {
      body: { now: `2025-10-01T09:30:00Z${" ".repeat(100)}` },
    });
    expect(response.status).toBe(413);
    expect(response.body.errors[0].detail).toBe(
      "The request body is larger than 100 bytes, the most this sandbox accepts.",
    );
  });

  it("must be a whole number of bytes", () => {
    for (const bodyLimit of [0, -1, 1.5, Number.NaN]) {
      expect(() => testSandbox({ bodyLimit })).toThrow(TypeError);
    }
  });
});
