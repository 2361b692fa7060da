import { describe, expect, it } from "vitest";
import { internalControl } from "../../src/create-sandbox.ts";
import { execute } from "../../src/journal/journaled-execute.ts";
import { TEST_NOW, testSandbox } from "../helpers/test-sandbox.ts";
import { journalLines, worldDigests, writeStory } from "./journal-story.ts";

describe("GET /__sandbox/journal, and a sandbox started from it", () => {
  // Without a reset the world replayed holds every write of the story; with one, the writes after it.
  it.each([
    [4010, false],
    [1, true],
    [982_451_653, false],
  ])("replays seed %i's writes into the same world, byte for byte (reset: %s)", async (seed, reset) => {
    const { sandbox, client } = testSandbox({ seed });
    const before = await worldDigests(client);
    await writeStory(client, { reset, finance: true });
    const after = await worldDigests(client);
    expect(after.ecf).not.toBe(before.ecf);
    const { text, lines } = await journalLines(client);
    expect(lines[0]).toMatchObject({ format: 1, seed, builtAt: "2025-10-01T09:30:00.000Z" });
    expect(await sandbox.control.journal()).toBe(text);

    const replayed = testSandbox({ journal: text }).client;
    expect(await worldDigests(replayed)).toEqual(after);
    // The replayed sandbox journals what it replayed: the same journal again.
    expect((await journalLines(replayed)).text).toBe(text);
  });

  it("records every kind of accepted change, and nothing for reads or refused requests", async () => {
    const { client } = testSandbox();
    const refused = await writeStory(client, { reset: true });
    expect(
      refused.every((status) => status >= 400 && status < 500),
      String(refused),
    ).toBe(true);
    const { lines } = await journalLines(client);
    const kinds = lines.slice(1).map((line) => (line.kind === "command" ? `${line.service}` : line.kind));
    expect(new Set(kinds)).toEqual(new Set(["ecf", "npq", "clock", "reset"]));
    expect(lines.slice(1).map((line) => line.n)).toEqual(kinds.map((_, index) => index + 1));

    const count = lines.length;
    await client.get("/__sandbox/world");
    await client.get("/ecf/api/v3/participants", { token: "ambition-institute" });
    await client.post("/__sandbox/statements/00000000-0000-4000-8000-000000000000/mark-paid");
    await client.put("/__sandbox/clock", { body: { now: "not a time" } });
    expect((await journalLines(client)).lines).toHaveLength(count);
  });

  it("stops after entry n with replayUntil, the world as it stood then", async () => {
    const { client } = testSandbox();
    const start = await worldDigests(client);
    await writeStory(client);
    const { text } = await journalLines(client);
    expect(await worldDigests(testSandbox({ journal: text, replayUntil: 0 }).client)).toEqual(start);

    const oneWrite = testSandbox();
    await oneWrite.client.post("/__sandbox/schools", { body: { name: "Only" } });
    const single = (await journalLines(oneWrite.client)).text;
    const firstOnly = testSandbox({ journal: `${single}${text.split("\n").slice(2).join("\n")}`, replayUntil: 1 });
    expect(await worldDigests(firstOnly.client)).toEqual(await worldDigests(oneWrite.client));
  });

  it("stops at an entry the engine refuses, naming it, and starts nothing", async () => {
    const { client } = testSandbox();
    await client.post("/__sandbox/statements/00000000-0000-4000-8000-000000000000/mark-paid");
    await client.post("/__sandbox/schools", { body: { name: "Kept" } });
    const [header, entry] = (await journalLines(client)).lines;
    const tampered = {
      ...entry,
      command: { type: "markStatementPayable", statementId: "00000000-0000-4000-8000-000000000000" },
    };
    const journal = `${JSON.stringify(header)}\n${JSON.stringify(tampered)}\n`;
    expect(() => testSandbox({ journal })).toThrow(/^journal entry 1: /);
  });

  it("does not journal a command a request still runs on the world a reset replaced", async () => {
    const { sandbox, client } = testSandbox();
    const control = internalControl(sandbox);
    const replaced = control.state;
    await client.post("/__sandbox/reset", { body: {} });
    const count = (await journalLines(client)).lines.length;
    const school = { type: "registerSchool", name: "Gone", eligibleForFunding: true, cohorts: {} } as const;
    expect(execute(replaced.world, school, replaced.commandContext(new Date(TEST_NOW))).ok).toBe(true);
    expect((await journalLines(client)).lines).toHaveLength(count);
  });

  it("refuses a journal of another format, saying what to do", () => {
    const header = JSON.stringify({ format: 99, seed: 1, builtAt: "2025-10-01T09:30:00Z", clock: {} });
    expect(() => testSandbox({ journal: `${header}\n` })).toThrow(/format 99.*replays format 1/);
  });
});
