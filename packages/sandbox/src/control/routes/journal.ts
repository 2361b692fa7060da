import { Hono } from "hono";
import type { SandboxEnv } from "../../http/env.ts";
import { encodeJournalLine } from "../../journal/journal-entry.ts";
import type { SandboxControl } from "../sandbox-control.ts";

/** Entries read and sent at a time: a long journal streams without being held in memory whole. */
const CHUNK_ENTRIES = 500;

/**
 * `GET /journal`: the world's journal as NDJSON, the header first, then one entry a line, up to the entry that was
 * last when the request came (entries journaled meanwhile wait for the next download).
 */
export function journalRoutes(control: SandboxControl): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.get("/journal", () => {
    const header = control.journalHeader();
    const last = control.journalLength();
    const encoder = new TextEncoder();
    let next = 1;
    let headerSent = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (!headerSent) {
          headerSent = true;
          if (header !== undefined) {
            controller.enqueue(encoder.encode(`${encodeJournalLine(header)}\n`));
          }
          return;
        }
        const entries = next > last ? [] : control.journalEntries(next, Math.min(CHUNK_ENTRIES, last - next + 1));
        if (entries.length === 0) {
          controller.close();
          return;
        }
        next += entries.length;
        controller.enqueue(encoder.encode(entries.map((entry) => `${encodeJournalLine(entry)}\n`).join("")));
      },
    });
    return new Response(body, {
      headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" },
    });
  });

  return routes;
}
