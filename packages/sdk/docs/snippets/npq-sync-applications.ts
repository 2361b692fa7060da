import { syncUpdatedSince } from "@lpkit/sdk";
import { npqClient } from "./npq-client.ts";
import { npqDb } from "./your-app.ts";

// The same helper as for the ECF API: the client's type picks the NPQ paths and item types.
const { items, highWaterMark } = await syncUpdatedSince(npqClient, "/api/v3/npq-applications", {
  since: await npqDb.loadMark("npq-applications"),
});
for (const application of items) {
  await npqDb.saveApplication(application);
}
await npqDb.saveMark("npq-applications", highWaterMark);

// Accept the pending ones. In a capped cohort (2024 on) you say whether DfE funds the place (only an application
// eligible for funding can have one); a full cohort ignores funded_place and a zero-funding one needs false.
for (const application of items.filter(({ attributes }) => attributes.status === "pending")) {
  const { data } = await npqClient.POST("/api/v3/npq-applications/{id}/accept", {
    params: { path: { id: application.id } },
    body: { data: { attributes: { funded_place: application.attributes.eligible_for_funding } } },
  });
  await npqDb.saveApplication(data.data);
}
