import { describe, expect, it } from "vitest";
import { canMatchRoute, mountServing, pathUnderMount } from "../../src/http/route-patterns.ts";

const ROUTES = ["/ecf/api/v3/participants", "/ecf/api/v3/participants/:id/withdraw", "/ecf/api/v3/statements/:id"];

describe("canMatchRoute", () => {
  it.each(["/", "/ecf", "/ecf/", "/ecf/api/v3", "/ecf/api/v3/participants/", "/ecf/api/v3/participants/abc/withdraw"])(
    "%s begins a route",
    (path) => {
      expect(canMatchRoute(path, ROUTES)).toBe(true);
    },
  );

  it.each([
    "/api/v3/participants",
    "/ecf/api/v3/participantsx",
    "/ecf//api",
    "/ecf/api/v3/statements/1/2",
    "/ecf/api/v2",
  ])("%s begins none", (path) => {
    expect(canMatchRoute(path, ROUTES)).toBe(false);
  });
});

describe("pathUnderMount", () => {
  it("puts the mount in front of a path that fires only under it", () => {
    expect(pathUnderMount("/api/v3/participants", ROUTES)).toBe("/ecf/api/v3/participants");
    expect(pathUnderMount("/api/v3/nothing", ROUTES)).toBeUndefined();
    expect(pathUnderMount("/ecf/nothing", ROUTES)).toBeUndefined();
  });
});

describe("mountServing", () => {
  it("names the mount under which a request path is a whole route", () => {
    expect(mountServing("/api/v3/participants", ROUTES)).toBe("/ecf");
    expect(mountServing("/api/v3/statements/some-id", ROUTES)).toBe("/ecf");
    expect(mountServing("/api/v3", ROUTES)).toBeUndefined();
    expect(mountServing("/api/v3/statements", ROUTES)).toBeUndefined();
  });
});
