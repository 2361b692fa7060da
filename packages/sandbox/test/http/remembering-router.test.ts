import { TrieRouter } from "hono/router/trie-router";
import { describe, expect, it } from "vitest";
import { RememberingRouter } from "../../src/http/remembering-router.ts";

const ROUTES: [string, string, string][] = [
  ["ALL", "/api/*", "guard"],
  ["GET", "/api/v3/participants", "list"],
  ["GET", "/api/v3/participants/:id", "show"],
  ["POST", "/api/v3/participant-declarations", "submit"],
  ["GET", "/docs/:document{[a-z0-9-]+\\.json}", "document"],
];

const REQUESTS: [string, string][] = [
  ["GET", "/api/v3/participants"],
  ["GET", "/api/v3/participants/0f8f3c55-5b2c-4d7a-8b8c-3f0e6a2d9f10"],
  ["GET", "/api/v3/participants/another"],
  ["POST", "/api/v3/participant-declarations"],
  ["PUT", "/api/v3/participant-declarations"],
  ["GET", "/docs/ecf-v3.json"],
  ["GET", "/docs/ECF.json"],
  ["GET", "/nowhere"],
];

function routers(): [RememberingRouter<string>, TrieRouter<string>] {
  const remembering = new RememberingRouter<string>();
  const trie = new TrieRouter<string>();
  for (const [method, path, handler] of ROUTES) {
    remembering.add(method, path, handler);
    trie.add(method, path, handler);
  }
  return [remembering, trie];
}

describe("RememberingRouter", () => {
  it("answers every match as Hono's TrieRouter does, the first time and again", () => {
    const [remembering, trie] = routers();
    for (let round = 0; round < 2; round++) {
      for (const [method, path] of REQUESTS) {
        expect(remembering.match(method, path)).toEqual(trie.match(method, path));
      }
    }
  });

  it("forgets what it remembered when a route is added", () => {
    const [remembering] = routers();
    const before = remembering.match("GET", "/api/v3/statements");
    remembering.add("GET", "/api/v3/statements", "statements");
    expect(remembering.match("GET", "/api/v3/statements")).not.toEqual(before);
    expect(remembering.match("GET", "/api/v3/statements")[0].map(([handler]) => handler)).toEqual([
      "guard",
      "statements",
    ]);
  });

  it("keeps answering correctly once it has forgotten a full set of matches", () => {
    const [remembering, trie] = routers();
    for (let index = 0; index < 1_000; index++) {
      const path = `/api/v3/participants/${index}`;
      expect(remembering.match("GET", path)).toEqual(trie.match("GET", path));
    }
    expect(remembering.match("POST", "/api/v3/participant-declarations")).toEqual(
      trie.match("POST", "/api/v3/participant-declarations"),
    );
  });
});
