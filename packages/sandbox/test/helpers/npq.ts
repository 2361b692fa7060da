import { NPQ_REQUEST_MESSAGES, NPQ_TITLES } from "@lpkit/engine";
import type { Json, SpecClient } from "./spec-client.ts";

/** The NPQ API under the sandbox, and tokens of lead providers in both services and in NPQ only. */
export const NPQ_API = "/npq/api/v3";
export const AMBITION = "ambition-institute";
export const LLSE = "llse";

export const NPQ_NOT_FOUND = { error: NPQ_REQUEST_MESSAGES.notFound };
export const NPQ_UNAUTHORISED = { error: NPQ_REQUEST_MESSAGES.accessDenied };
export const npqBadRequest = (detail: string) => ({ errors: [{ title: NPQ_TITLES.badRequest, detail }] });

/** `{"data":{"type":...,"attributes":{...}}}` */
export const npqBody = (type: string, attributes: Record<string, unknown>) => ({ data: { type, attributes } });

/** Every application the lead provider sees (the seeded world holds a few dozen each). */
export async function npqApplications(client: SpecClient, token = AMBITION): Promise<Json[]> {
  return (await client.get(`${NPQ_API}/npq-applications`, { token })).body.data as Json[];
}

/** The first application of the lead provider matching `predicate` on its attributes. */
export async function npqApplication(
  client: SpecClient,
  predicate: (attributes: Json) => boolean,
  token = AMBITION,
): Promise<Json> {
  const found = (await npqApplications(client, token)).find((application) => predicate(application.attributes));
  if (found === undefined) {
    throw new Error(`no seeded NPQ application of ${token} matches`);
  }
  return found;
}

/**
 * A new person whose application with the lead provider (its NPQ id) the control API records as accepted: the
 * application as the lead provider sees it. Defaults to a leadership course in 2025a, which has outcomes.
 */
export async function acceptedNpqApplication(
  client: SpecClient,
  leadProviderId: string,
  fixture: Record<string, unknown> = {},
): Promise<Json> {
  const created = await client.post("/__sandbox/npq/applications", {
    body: {
      lead_provider_id: leadProviderId,
      course_identifier: "npq-headship",
      cohort: "2025a",
      status: "accepted",
      ...fixture,
    },
  });
  if (created.status !== 201) {
    throw new Error(`the control API refused the NPQ application: ${JSON.stringify(created.body)}`);
  }
  return created.body.data as Json;
}
