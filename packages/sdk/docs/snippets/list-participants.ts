import { paginate, paginatePages } from "@lpkit/sdk";
import { client } from "./client.ts";
import { db } from "./your-app.ts";

// Every 2025 participant, one at a time; the item type (Participant) follows from the path.
const participants = paginate(client, "/api/v3/participants", {
  query: { filter: { cohort: "2025" } },
});
for await (const participant of participants) {
  await db.saveParticipant(participant);
}

// Or page by page, with up to 3,000 items a request (larger sizes are clamped to 3,000).
for await (const page of paginatePages(client, "/api/v3/participant-declarations", { perPage: 3000 })) {
  await db.saveDeclarations(page.items);
}
