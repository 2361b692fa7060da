import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { declarationMachine } from "../../src/machines/declaration-machine.ts";
import { machineTable } from "../../src/machines/machine-table.ts";
import { machinesReadmeSection, withMachinesSection } from "../../src/machines/readme-section.ts";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

describe("the README's state machine tables", () => {
  it("are the tables the machines render (run `pnpm --filter @lpkit/engine docs:machines` after changing one)", () => {
    expect(readme).toBe(withMachinesSection(readme, machinesReadmeSection()));
  });

  it("show every row of a machine's table in its cell", () => {
    const table = machineTable(declarationMachine).split("\n");
    const header = table[0]!.split("|").map((cell) => cell.trim());
    for (const { from, event, to } of declarationMachine.transitions) {
      const line = table.find((row) => row.startsWith(`| **${from}**`))!;
      const cells = line.split("|").map((cell) => cell.trim());
      expect(cells[header.indexOf(`\`${event}\``)]).toBe(to);
    }
  });

  it("cannot be rewritten into a README without the markers", () => {
    expect(withMachinesSection("# no markers\n", machinesReadmeSection())).toBeUndefined();
  });
});
