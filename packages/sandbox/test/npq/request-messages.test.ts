/**
 * The NPQ API's request-level messages (`NPQ_REQUEST_MESSAGES`) through HTTP, a case per message keyed by its name,
 * every title of `NPQ_TITLES` accounted for (the title of a numbered rule or of a request-level answer here), and
 * every numbered rule table of the engine matched by a test table keyed by rule number, which produces each rule.
 */

import { readdirSync, readFileSync } from "node:fs";
import { NPQ_REQUEST_MESSAGES as M, NPQ_RULE_MESSAGES_BY_OPERATION, NPQ_TITLES } from "@lpkit/engine";
import { describe, expect, it } from "vitest";
import { errors } from "../helpers/ecf.ts";
import {
  AMBITION,
  moveNpqApplication,
  NPQ_API,
  npqBadRequest,
  npqBody,
  npqDeclare,
  npqFixtureApplication,
  npqLeadProviderId,
} from "../helpers/npq.ts";
import { declaring, TEACH_FIRST, UNKNOWN_ID } from "../helpers/npq-declaring.ts";
import type { Json } from "../helpers/spec-client.ts";

interface RequestCase {
  readonly send?: () => Promise<{ status: number; body: Json }>;
  readonly status?: number;
  readonly body?: unknown;
  /** Set for a message no request can reach: why. */
  readonly unreachable?: string;
}

describe("NPQ_REQUEST_MESSAGES through HTTP", () => {
  it("has a case for every message, and each request answers it", async () => {
    const { client, started } = await declaring();
    const declared = await npqDeclare(client, started);
    expect(declared.status).toBe(200);
    const declaration = declared.body.data as Json;
    const moved = await moveNpqApplication(
      client,
      declaration.attributes.application_id,
      await npqLeadProviderId(client, TEACH_FIRST),
    );
    expect(moved.status).toBe(200);
    const headship = await npqFixtureApplication(client, { course_identifier: "npq-headship" });
    const get =
      (path: string, token = AMBITION) =>
      () =>
        client.get(`${NPQ_API}${path}`, { token });
    const cases: Record<keyof typeof M, RequestCase> = {
      accessDenied: { send: get("/npq-applications", "not-a-token"), status: 401, body: { error: M.accessDenied } },
      notFound: { send: get(`/npq-applications/${UNKNOWN_ID}`), status: 404, body: { error: M.notFound } },
      jsonStructureRequired: {
        send: () => client.post(`${NPQ_API}/participant-declarations`, { token: AMBITION, body: { data: {} } }),
        status: 400,
        body: npqBadRequest(M.jsonStructureRequired),
      },
      invalidPagination: {
        send: get("/npq-applications?page[page]=0"),
        status: 400,
        body: npqBadRequest(M.invalidPagination),
      },
      invalidUpdatedSince: {
        send: get("/npq-applications?filter[updated_since]=2025-01-01"),
        status: 400,
        body: npqBadRequest(M.invalidUpdatedSince),
      },
      invalidCreatedSince: {
        send: get("/participants/npq/outcomes?filter[created_since]=2025-01-01"),
        status: 400,
        body: npqBadRequest(M.invalidCreatedSince),
      },
      invalidParticipantIdFilter: {
        send: get("/npq-applications?filter[participant_id]=abc"),
        status: 400,
        body: npqBadRequest(M.invalidParticipantIdFilter),
      },
      filterNotValid: { send: get("/npq-applications?filter=abc"), status: 400, body: npqBadRequest(M.filterNotValid) },
      invalidDate: {
        send: () =>
          client.post(`${NPQ_API}/participants/npq/${headship.attributes.participant_id}/outcomes`, {
            token: AMBITION,
            body: npqBody("npq-outcome-confirmation", {
              course_identifier: "npq-headship",
              state: "passed",
              completion_date: "2021-13-01",
            }),
          }),
        status: 400,
        body: npqBadRequest(M.invalidDate),
      },
      cannotCreateCompletedDeclaration: {
        unreachable:
          "the outcome of a completed declaration is checked with the declaration, so no valid request fails to record it (NPQ rules §Q12)",
      },
      cannotModifyDeclaration: {
        send: () => client.put(`${NPQ_API}/participant-declarations/${declaration.id}/void`, { token: TEACH_FIRST }),
        status: 403,
        body: errors([NPQ_TITLES.cannotModifyDeclaration, M.cannotModifyDeclaration]),
      },
      invalidTrainingStatusFilter: {
        send: get("/participants/npq?filter[training_status]=paused"),
        status: 422,
        body: errors([NPQ_TITLES.unpermittedParameters, M.invalidTrainingStatusFilter]),
      },
    };
    expect(Object.keys(cases)).toEqual(Object.keys(M));
    for (const [name, { send, status, body }] of Object.entries(cases)) {
      if (send !== undefined) {
        const response = await send();
        expect([name, response.status, response.body]).toEqual([name, status, body]);
      }
    }
  });

  it("accounts for every title: a numbered rule's, or a request-level answer's", () => {
    const ruleTitles = Object.values(NPQ_RULE_MESSAGES_BY_OPERATION).flatMap((table) =>
      Object.values(table).map((message) => message.title),
    );
    const requestTitles = [
      NPQ_TITLES.badRequest,
      NPQ_TITLES.unpermittedParameters,
      NPQ_TITLES.cannotModifyDeclaration,
      // The 410 of a merged participant id (participants.test.ts and outcomes.test.ts).
      NPQ_TITLES.participantIdChanged,
    ];
    expect(new Set([...ruleTitles, ...requestTitles])).toEqual(new Set(Object.values(NPQ_TITLES)));
  });

  it("leaves no numbered rule table without a test table keyed by rule number (expectRuleCases)", () => {
    const folder = new URL(".", import.meta.url);
    const tests = readdirSync(folder)
      .filter((file) => file.endsWith(".test.ts"))
      .map((file) => readFileSync(new URL(file, folder), "utf8"))
      .join("\n");
    const keyed = (operationId: string) =>
      tests.includes(`expectRuleCases("${operationId}"`) ||
      tests.includes(`NPQ_RULE_MESSAGES_BY_OPERATION.${operationId}`);
    expect(Object.keys(NPQ_RULE_MESSAGES_BY_OPERATION).filter((operationId) => !keyed(operationId))).toEqual([]);
  });
});
