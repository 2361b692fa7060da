import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../../src/cli/control/commands/index.ts";
import { findCommand } from "../../../src/cli/control/find-command.ts";

function named(argv: readonly string[]): { words?: string; rest?: readonly string[]; kind: string } {
  const lookup = findCommand(argv, COMMANDS);
  return lookup.kind === "command"
    ? { kind: lookup.kind, words: lookup.command.words.join(" "), rest: lookup.rest }
    : { kind: lookup.kind };
}

describe("findCommand", () => {
  it("picks the longest command the words begin, and leaves the rest to its parser", () => {
    expect(named(["faults"])).toEqual({ kind: "command", words: "faults", rest: [] });
    expect(named(["faults", "clear", "--json"])).toEqual({ kind: "command", words: "faults clear", rest: ["--json"] });
    expect(named(["clock", "set", "2025-12-01T09:00:00Z"])).toMatchObject({
      words: "clock set",
      rest: ["2025-12-01T09:00:00Z"],
    });
    expect(named(["fault", "503", "--path", "/ecf"])).toMatchObject({
      words: "fault",
      rest: ["503", "--path", "/ecf"],
    });
  });

  it("finds the command after global options", () => {
    expect(named(["--url", "http://127.0.0.1:4011", "--json", "clock"])).toEqual({
      kind: "command",
      words: "clock",
      rest: ["--url", "http://127.0.0.1:4011", "--json"],
    });
    expect(named(["--url=http://x", "world"])).toMatchObject({ words: "world" });
  });

  it("names an unknown command, and finds none in the server's options", () => {
    expect(findCommand(["clok"], COMMANDS)).toEqual({ kind: "unknown", word: "clok" });
    expect(named([])).toEqual({ kind: "none" });
    expect(named(["--port", "0", "--seed", "7"])).toEqual({ kind: "none" });
    expect(named(["--help"])).toEqual({ kind: "none" });
  });

  it("has one entry per command line, each with an example that runs it", () => {
    const lines = COMMANDS.map((command) => command.words.join(" "));
    expect(new Set(lines).size).toBe(lines.length);
    for (const command of COMMANDS) {
      for (const example of command.examples) {
        expect(named(example.split(" ").slice(1)).words).toBe(command.words.join(" "));
      }
    }
  });
});
