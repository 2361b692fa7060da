import { UnauthorizedError } from "@lpkit/sdk";
import { describe, expect, it } from "vitest";
import { createClient } from "../src/client.ts";
import { submitDeclaration } from "../src/declarations.ts";
import { http, newEct, sandbox, server } from "./mocks/sandbox.ts";

const client = createClient();

const started = (participantId: string) =>
  ({
    cohort: "2025",
    participant_id: participantId,
    course_identifier: "ecf-induction",
    declaration_type: "started",
    declaration_date: "2025-09-15T10:00:00Z",
    evidence_held: "training-event-attended",
  }) as const;

describe("when DfE cannot take the declaration", () => {
  it("tries later after a server error", async () => {
    // The sandbox's own fault injection: the next POST answers 503, as DfE's service would in an outage.
    await sandbox.injectFault({ status: 503, count: 1, path: "/ecf/api/v3/participant-declarations", method: "POST" });
    expect(await submitDeclaration(client, started(await newEct()))).toEqual({
      outcome: "try-later",
      afterSeconds: 60,
    });
  });

  it("waits out the rate limit, which DfE answers in plain text", async () => {
    // A typed override: only a status the spec documents for this endpoint, with its body, compiles.
    server.use(http.post("/api/v3/participant-declarations", ({ response }) => response(429).text("Retry later")));
    expect(await submitDeclaration(client, started(await newEct()))).toEqual({
      outcome: "try-later",
      afterSeconds: 300,
    });
  });

  it("throws what is not an outcome, such as a wrong token", async () => {
    const misconfigured = createClient({ LEAD_PROVIDER_API_TOKEN: "not-a-token" });
    await expect(submitDeclaration(misconfigured, started(await newEct()))).rejects.toBeInstanceOf(UnauthorizedError);
  });
});
