import { createSandboxHandlers } from "@lpkit/sandbox/msw";
import { setupServer } from "msw/node";

// The sandbox's world, frozen on 1 October 2025, answering for DfE's sandbox URL.
export const { handlers, sandbox, http } = createSandboxHandlers({ now: "2025-10-01T09:30:00Z" });
export const server = setupServer(...handlers);

/** A new ECT of Ambition Institute's in the 2025 cohort, eligible for funding: what a school would register. */
export function newEct(): string {
  const ambition = sandbox.leadProviders().find((provider) => provider.name === "Ambition Institute");
  const created = sandbox.createParticipant({ leadProviderId: ambition?.id ?? "", role: "ect", cohort: 2025 });
  if (!created.ok) {
    throw new Error(`Cannot create an ECT: ${JSON.stringify(created.failure.errors)}`);
  }
  return created.value.id;
}
