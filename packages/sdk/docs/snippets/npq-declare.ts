import { buildNpqDeclaration } from "@lpkit/sdk";
import { npqClient } from "./npq-client.ts";
import { npqDb } from "./your-app.ts";

// `completed` on a leadership or specialist course records the outcome: has_passed is required there (and refused
// where the API would ignore it, such as the early headship coaching offer). A wrong pair does not compile.
const body = buildNpqDeclaration({
  participant_id: "5d1c4b7e-2f8a-4c3d-9e6f-0a1b2c3d4e5f",
  course_identifier: "npq-headship",
  declaration_type: "completed",
  declaration_date: "2027-02-10T09:00:00Z",
  has_passed: true,
  delivery_partner_id: "3e9f1a2b-4c5d-4e6f-8a7b-9c0d1e2f3a4b", // required from the 2024 cohort in England
});
const { data: declared } = await npqClient.POST("/api/v3/participant-declarations", { body });
await npqDb.saveDeclaration(declared.data);

// Voiding a completed declaration voids its outcome too; a paid one becomes `awaiting-clawback`.
const { data: voided } = await npqClient.PUT("/api/v3/participant-declarations/{id}/void", {
  params: { path: { id: declared.data.id } },
});
await npqDb.saveDeclaration(voided.data);
