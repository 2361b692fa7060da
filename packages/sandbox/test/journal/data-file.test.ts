import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { internalControl } from "../../src/create-sandbox.ts";
import { specCheckedFetch } from "../helpers/spec-checked-fetch.ts";
import { SpecClient } from "../helpers/spec-client.ts";
import { TEST_NOW, testSandbox } from "../helpers/test-sandbox.ts";
import { journalLines, worldDigests, writeStory } from "./journal-story.ts";
import { runSandbox, type ServedSandbox, serveSandbox } from "./served-process.ts";

// Each test starts real processes: seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const folder = mkdtempSync(join(tmpdir(), "lpkit-journal-"));
let file = 0;
const dataFile = () => join(folder, `world-${++file}.sqlite`);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const served: ServedSandbox[] = [];
afterEach(() => {
  for (const sandbox of served.splice(0)) {
    sandbox.child.kill("SIGKILL");
  }
});

async function serve(args: readonly string[]): Promise<{ sandbox: ServedSandbox; client: SpecClient }> {
  const sandbox = await serveSandbox(args);
  served.push(sandbox);
  return { sandbox, client: new SpecClient(specCheckedFetch(fetch), sandbox.origin) };
}

async function kill(sandbox: ServedSandbox): Promise<void> {
  sandbox.child.kill("SIGKILL");
  await sandbox.exited;
}

describe("lpkit-sandbox --data <file>", () => {
  it("keeps every acknowledged write across a restart, and the journal with them", async () => {
    const data = dataFile();
    const first = await serve(["--data", data, "--now", TEST_NOW, "--seed", "11"]);
    await writeStory(first.client, { reset: true });
    const written = await worldDigests(first.client);
    const journal = (await journalLines(first.client)).text;
    await kill(first.sandbox);

    // The file's seed and clock win over the options given now.
    const second = await serve(["--data", data, "--seed", "12"]);
    expect(await worldDigests(second.client)).toEqual(written);
    expect(second.sandbox.output()).toContain(
      `journal kept in ${data} (${journal.trim().split("\n").length - 1} entries so far)`,
    );
    expect((await journalLines(second.client)).text).toBe(journal);
    // And it goes on journaling where it stopped.
    await second.client.post("/__sandbox/schools", { body: { name: "After the restart" } });
    const later = await worldDigests(second.client);
    await kill(second.sandbox);
    const third = await serve(["--data", data]);
    expect(await worldDigests(third.client)).toEqual(later);
  });

  it.each([1, 2, 3])("loses no acknowledged write when killed mid-load (run %i)", async () => {
    const data = dataFile();
    const { sandbox } = await serve(["--data", data, "--now", TEST_NOW]);
    const acknowledged: string[] = [];
    let stopped = false;
    const writer = async (lane: number) => {
      for (let index = 0; !stopped; index++) {
        const name = `Load ${lane}-${index}`;
        try {
          const response = await fetch(`${sandbox.origin}/__sandbox/schools`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ name }),
          });
          if (response.status === 201) {
            acknowledged.push(name);
          }
        } catch {
          return; // The process is gone.
        }
      }
    };
    const lanes = [1, 2, 3, 4].map(writer);
    await new Promise((resolve) => setTimeout(resolve, 150 + Math.random() * 600));
    await kill(sandbox);
    stopped = true;
    await Promise.all(lanes);
    expect(acknowledged.length).toBeGreaterThan(0);

    const restarted = await serve(["--data", data]);
    const { lines, text } = await journalLines(restarted.client);
    const journaled = new Set(lines.map((line) => (line.command as { name?: string } | undefined)?.name));
    expect(acknowledged.filter((name) => !journaled.has(name))).toEqual([]);
    // The restarted world is the journal's: replaying it elsewhere gives the same digests.
    expect(await worldDigests(testSandbox({ journal: text }).client)).toEqual(await worldDigests(restarted.client));
  });

  it("refuses a file of another journal format, saying what to do, and loads nothing", async () => {
    const data = dataFile();
    const db = new DatabaseSync(data);
    db.exec("PRAGMA user_version = 99; CREATE TABLE entries (n INTEGER PRIMARY KEY, line TEXT NOT NULL);");
    db.close();
    const run = await runSandbox(["--data", data]);
    expect(run.code).toBe(1);
    expect(run.output).toContain(`${data} holds a journal of format 99; this lpkit-sandbox reads format 1.`);
    expect(run.output).toContain("Nothing was loaded. Start with another --data file");
    expect(run.output).not.toMatch(/\n\s+at /);
  });

  it("refuses a file it cannot open, or one that is not a database, with the reason", () => {
    expect(() => testSandbox({ data: join(folder, "no-such-folder", "world.sqlite") })).toThrow(
      /^cannot open .*world\.sqlite: /,
    );
    const text = join(folder, "notes.txt");
    writeFileSync(text, "not a database, but long enough to be read as one's first page. ".repeat(20));
    expect(() => testSandbox({ data: text })).toThrow(`${text} is not a sandbox data file`);
  });

  it("starts from the latest snapshot and the entries after it", async () => {
    const data = dataFile();
    const { sandbox, client } = testSandbox({ data, snapshotEvery: 4 });
    await writeStory(client, { reset: true });
    const written = await worldDigests(client);
    const entries = (await journalLines(client)).lines.length - 1;
    internalControl(sandbox).closeJournal();
    const db = new DatabaseSync(data);
    const snapshot = db.prepare("SELECT n FROM snapshots").get() as { n: number };
    db.close();
    expect(snapshot.n).toBeGreaterThan(0);
    expect(snapshot.n).toBeLessThan(entries);
    const reopened = testSandbox({ data });
    expect(await worldDigests(reopened.client)).toEqual(written);
    internalControl(reopened.sandbox).closeJournal();
  });
});

describe("GET /__sandbox/journal from a data file", () => {
  it("streams a journal longer than one chunk, line for line as a sandbox in memory does", async () => {
    const data = dataFile();
    const onFile = testSandbox({ data });
    const inMemory = testSandbox();
    for (const { client } of [onFile, inMemory]) {
      for (let second = 0; second < 1_100; second++) {
        await client.put("/__sandbox/clock", {
          body: { now: new Date(Date.parse(TEST_NOW) + second * 1000).toISOString() },
        });
      }
    }
    const { text, lines } = await journalLines(onFile.client);
    expect(lines).toHaveLength(1_101);
    expect(lines.at(-1)).toMatchObject({ n: 1_100, kind: "clock" });
    expect(text).toBe((await journalLines(inMemory.client)).text);
    internalControl(onFile.sandbox).closeJournal();
  });
});

describe("lpkit-sandbox --replay <journal.ndjson>", () => {
  it("serves the recorded world, up to --replay-until's entry when given", async () => {
    const { client } = testSandbox({ seed: 5 });
    const start = await worldDigests(client);
    await writeStory(client);
    const journal = join(folder, "run.ndjson");
    writeFileSync(journal, (await journalLines(client)).text);

    const replayed = await serve(["--replay", journal]);
    expect(await worldDigests(replayed.client)).toEqual(await worldDigests(client));
    expect(replayed.sandbox.output()).toMatch(/replayed \d+ journal entries from/);
    const untilStart = await serve(["--replay", journal, "--replay-until", "0"]);
    expect(await worldDigests(untilStart.client)).toEqual(start);
  });

  it("refuses a journal it cannot replay with the entry and the reason, not a stack trace", async () => {
    const journal = join(folder, "damaged.ndjson");
    writeFileSync(
      journal,
      `${JSON.stringify({ format: 1, seed: 1, builtAt: TEST_NOW, clock: { now: null } })}\n{"n":2}\n`,
    );
    const run = await runSandbox(["--replay", journal]);
    expect(run.code).toBe(1);
    expect(run.output).toContain("lpkit-sandbox: journal entry 1: expected entry number 1 of a known kind");
    expect(run.output).not.toMatch(/\n\s+at /);
  });
});
