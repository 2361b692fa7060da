import { syncCreatedSince } from "@lpkit/sdk";
import { npqClient } from "./npq-client.ts";
import { npqDb } from "./your-app.ts";

// Outcomes are rows added, never changed (a corrected result is a new row), so they sync by created_since.
const { items, highWaterMark } = await syncCreatedSince(npqClient, "/api/v3/participants/npq/outcomes", {
  since: await npqDb.loadMark("npq-outcomes"),
});
for (const outcome of items) {
  await npqDb.saveOutcome(outcome); // an upsert: outcomes at the mark come again
}
await npqDb.saveMark("npq-outcomes", highWaterMark);
