import { syncUpdatedSince } from "@lpkit/sdk";
import type { Client } from "./client.ts";
import type { ParticipantStore } from "./participant-store.ts";

export interface SyncReport {
  /** Participants fetched in this run (some may have been seen before: the boundary is inclusive). */
  readonly fetched: number;
  /** The mark stored for the next run. */
  readonly mark: string | undefined;
}

/**
 * One run of the sync job: every participant changed since the stored mark, page by page, saved, and then the new
 * mark. The mark is saved last, so a run that fails half way is simply repeated from the old mark next time.
 */
export async function syncParticipants(
  client: Client,
  store: ParticipantStore,
  { perPage = 1000 }: { readonly perPage?: number } = {},
): Promise<SyncReport> {
  const { items, highWaterMark } = await syncUpdatedSince(client, "/api/v3/participants", {
    since: await store.loadMark(),
    perPage,
  });
  await store.upsert(items);
  if (highWaterMark !== undefined) {
    await store.saveMark(highWaterMark);
  }
  return { fetched: items.length, mark: highWaterMark };
}
