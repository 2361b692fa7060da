/** Building blocks for the participant tests: fixtures through the control API, actions through the ECF API. */
import { expect } from "vitest";
import { AMBITION, API, body, leadProviderId } from "../helpers/ecf.ts";
import type { SpecClient } from "../helpers/spec-client.ts";

export interface NewParticipant {
  readonly course?: "ecf-induction" | "ecf-mentor";
  readonly cohort?: string;
  readonly start?: string;
  readonly schoolId?: string;
  readonly token?: string;
}

/** A participant registered through `POST /__sandbox/participants`; answers their id. */
export async function newParticipant(client: SpecClient, options: NewParticipant = {}): Promise<string> {
  const response = await client.post("/__sandbox/participants", {
    body: {
      lead_provider_id: await leadProviderId(client, options.token ?? AMBITION),
      course_identifier: options.course ?? "ecf-induction",
      cohort: options.cohort ?? "2025",
      training_start_date: options.start ?? "2025-09-01",
      ...(options.schoolId === undefined ? {} : { school_id: options.schoolId }),
    },
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.data.id;
}

export interface ActOptions {
  readonly token?: string;
  /** Runs the request at this instant (`X-With-Server-Date`). */
  readonly serverDate?: string;
}

/** `PUT /participants/{id}/{action}` with these attributes. */
export function act(
  client: SpecClient,
  participantId: string,
  action: "withdraw" | "defer" | "resume" | "change-schedule",
  attributes: Record<string, unknown>,
  options: ActOptions = {},
) {
  return client.put(`${API}/participants/${participantId}/${action}`, {
    token: options.token ?? AMBITION,
    headers: options.serverDate === undefined ? {} : { "x-with-server-date": options.serverDate },
    body: body(`participant-${action}`, attributes),
  });
}

/** `POST /participant-declarations`, which must succeed. */
export async function declare(client: SpecClient, attributes: Record<string, unknown>): Promise<string> {
  const response = await client.post(`${API}/participant-declarations`, {
    token: AMBITION,
    body: body("participant-declaration", attributes),
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data.id;
}
