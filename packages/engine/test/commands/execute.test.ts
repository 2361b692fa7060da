import { describe, expect, it } from "vitest";
import { type Command, execute } from "../../src/commands/index.ts";
import { createWorld, worldData } from "../../src/model/world.ts";

describe("execute", () => {
  it("answers a command of an unknown type with a 400 and leaves the world alone, without throwing", () => {
    const world = createWorld();
    const before = JSON.stringify(worldData(world));
    const command = { type: "launchRocket" } as unknown as Command;
    const result = execute(world, command, { now: new Date("2025-10-01T09:30:00Z"), newId: () => "id" });
    expect(result).toEqual({
      ok: false,
      failure: { status: 400, errors: [{ title: "Bad request", detail: "Unknown command type: launchRocket" }] },
    });
    expect(JSON.stringify(worldData(world))).toBe(before);
  });
});
