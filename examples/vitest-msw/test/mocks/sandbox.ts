import { createSandboxHandlers } from "@lpkit/sandbox/msw";
import { setupServer } from "msw/node";

// The sandbox's world, frozen on 1 October 2025, answering for DfE's sandbox URL.
export const { handlers, sandbox, http } = createSandboxHandlers({ now: "2025-10-01T09:30:00Z" });
export const server = setupServer(...handlers);

/** A new ECT of Ambition Institute's in the 2025 cohort, eligible for funding: what a school would register. */
export async function newEct(): Promise<string> {
  const ambition = (await sandbox.leadProviders()).find((provider) => provider.name === "Ambition Institute");
  // The control API's own shapes, as over HTTP; a refusal throws the SDK's error classes (e.g. UnprocessableError).
  const participant = await sandbox.createParticipant({
    lead_provider_id: ambition?.id ?? "",
    course_identifier: "ecf-induction",
    cohort: "2025",
  });
  return participant.id;
}
