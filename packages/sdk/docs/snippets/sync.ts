import { syncUpdatedSince } from "@lpkit/sdk";
import { client } from "./client.ts";
import { db } from "./your-app.ts";

const { items, highWaterMark } = await syncUpdatedSince(client, "/api/v3/participants", {
  since: await db.loadMark("participants"), // undefined the first time: everything
});
for (const participant of items) {
  await db.saveParticipant(participant); // an upsert: items at the mark come again
}
await db.saveMark("participants", highWaterMark);
