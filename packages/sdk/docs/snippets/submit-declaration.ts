import { buildDeclaration } from "@lpkit/sdk";
import { client } from "./client.ts";
import { db } from "./your-app.ts";

// The pair declaration_type/evidence_held is checked against the cohort's rules, at compile time too:
// for a 2025 ECT, retained-2 only accepts the two 75% engagement values.
const body = buildDeclaration({
  cohort: "2025",
  participant_id: "7f3f8a52-2f5e-4d59-9d5e-3b1b8f6c1a01",
  course_identifier: "ecf-induction",
  declaration_type: "retained-2",
  declaration_date: "2026-04-20T10:00:00Z",
  evidence_held: "75-percent-engagement-met",
});
const { data: created } = await client.POST("/api/v3/participant-declarations", { body });
await db.saveDeclaration(created.data);

// Voiding: an unpaid declaration becomes `voided`, a paid one `awaiting-clawback`.
const { data: voided } = await client.PUT("/api/v3/participant-declarations/{id}/void", {
  params: { path: { id: created.data.id } },
});
await db.saveDeclaration(voided.data);
