/**
 * The guarantee every command gives: a refusal changes nothing. Not the world's data, byte for byte, and not the id
 * sequence either, so what is created next gets the ids it would have had without the refused command.
 */
import { expect } from "vitest";
import { type Command, execute } from "../../src/commands/index.ts";
import { worldData } from "../../src/model/world.ts";
import { countingIds } from "./counting-ids.ts";
import { expectErrors } from "./expect-failure.ts";
import type { Scenario } from "./scenario.ts";

export function expectRefusedUntouched(
  s: Scenario,
  command: Command,
  expected: readonly (readonly [string, string])[],
  status = 422,
): void {
  const before = JSON.stringify(worldData(s.world));
  const { context, idsDrawn } = countingIds(s.context);
  expectErrors(execute(s.world, command, context), expected, status);
  expect(JSON.stringify(worldData(s.world))).toBe(before);
  expect(idsDrawn(), "ids drawn by a refused command").toBe(0);
}
