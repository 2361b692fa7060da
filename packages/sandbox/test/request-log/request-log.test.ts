import { describe, expect, it } from "vitest";
import { type LoggedRequest, RequestLog } from "../../src/request-log/request-log.ts";

function request(path: string, fields: Partial<LoggedRequest> = {}): Omit<LoggedRequest, "id"> {
  return {
    receivedAt: 0,
    sandboxNow: new Date(0),
    method: "GET",
    path,
    query: "",
    leadProvider: undefined,
    status: 200,
    durationMs: 1,
    errorDetail: undefined,
    requestBody: undefined,
    responseBody: undefined,
    ...fields,
  };
}

const paths = (entries: readonly LoggedRequest[]) => entries.map((entry) => entry.path);

describe("RequestLog", () => {
  it("keeps the last maxEntries requests, oldest first, across many turns of its ring", () => {
    const log = new RequestLog({ maxEntries: 3 });
    for (let index = 1; index <= 10; index += 1) {
      log.record(request(`/${index}`));
    }
    expect(log.list().map((entry) => [entry.id, entry.path])).toEqual([
      [8, "/8"],
      [9, "/9"],
      [10, "/10"],
    ]);
  });

  it("filters, then keeps the last `limit` matches", () => {
    const log = new RequestLog();
    log.record(request("/a", { status: 201 }));
    log.record(request("/a/b", { status: 422, method: "POST" }));
    log.record(request("/ab", { status: 404 }));
    log.record(request("/a", { status: 500, leadProvider: { id: "lp", name: "Lead provider" } }));
    expect(paths(log.list({ path: "/a" }))).toEqual(["/a", "/a/b", "/a"]);
    expect(paths(log.list({ status: "4xx" }))).toEqual(["/a/b", "/ab"]);
    expect(paths(log.list({ status: 201 }))).toEqual(["/a"]);
    expect(paths(log.list({ method: "POST" }))).toEqual(["/a/b"]);
    expect(paths(log.list({ leadProviderId: "lp" }))).toEqual(["/a"]);
    expect(paths(log.list({ since: 2 }))).toEqual(["/ab", "/a"]);
    expect(log.list({ path: "/a", limit: 2 }).map((entry) => entry.id)).toEqual([2, 4]);
  });

  it("numbers on after a clear, and keeps nothing with maxEntries 0", () => {
    const log = new RequestLog();
    log.record(request("/1"));
    log.clear();
    expect(log.list()).toEqual([]);
    expect(log.record(request("/2")).id).toBe(2);
    const none = new RequestLog({ maxEntries: 0 });
    expect(none.keeps).toBe(false);
    expect(none.record(request("/1")).id).toBe(1);
    expect(none.list()).toEqual([]);
  });

  it("keeps a short body as it is, and the start of a long one, flagged", () => {
    const log = new RequestLog({ maxBodyLength: 4 });
    expect(log.capture("text/plain", "abcd")).toEqual({ contentType: "text/plain", text: "abcd", truncated: false });
    expect(log.capture(undefined, "abcdef")).toEqual({ contentType: undefined, text: "abcd", truncated: true });
    // Cutting "abc😀d" at 4 would split the emoji's surrogate pair.
    expect(log.capture(undefined, "abc😀d")).toEqual({ contentType: undefined, text: "abc", truncated: true });
  });
});
