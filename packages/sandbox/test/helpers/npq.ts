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

/** The lead provider's NPQ id, as `GET /__sandbox/npq/lead-providers` lists it. */
export async function npqLeadProviderId(client: SpecClient, token = AMBITION): Promise<string> {
  const accounts = (await client.get("/__sandbox/npq/lead-providers")).body.data as Json[];
  const account = accounts.find((candidate) => candidate.token === token);
  if (account === undefined) {
    throw new Error(`no NPQ lead provider has the token ${token}`);
  }
  return account.id;
}

/**
 * An application made through the control API (`POST /__sandbox/npq/applications`) for the token's lead provider:
 * accepted in the current capped cohort unless `fixture` says otherwise.
 */
export async function npqFixtureApplication(
  client: SpecClient,
  fixture: Record<string, unknown> = {},
  token = AMBITION,
): Promise<Json> {
  const response = await client.post("/__sandbox/npq/applications", {
    body: {
      lead_provider_id: await npqLeadProviderId(client, token),
      course_identifier: "npq-senior-leadership",
      cohort: "2025a",
      status: "accepted",
      ...fixture,
    },
  });
  if (response.status !== 201) {
    throw new Error(`NPQ fixture refused: ${JSON.stringify(response.body)}`);
  }
  return response.body.data;
}

/** `POST /npq/api/v3/participant-declarations` with these attributes. */
export const npqDeclare = (client: SpecClient, attributes: Record<string, unknown>, token = AMBITION) =>
  client.post(`${NPQ_API}/participant-declarations`, {
    token,
    body: npqBody("participant-declaration", attributes),
  });

/** The delivery partners the lead provider works with, as `GET /delivery-partners` lists them. */
export async function npqDeliveryPartners(client: SpecClient, token = AMBITION): Promise<Json[]> {
  return (await client.get(`${NPQ_API}/delivery-partners`, { token })).body.data as Json[];
}

/** The lead provider's NPQ statements of a cohort (an identifier, `2025a`), as `GET /__sandbox/statements` lists them. */
export async function npqStatementsOf(client: SpecClient, leadProviderId: string, cohort: string): Promise<Json[]> {
  const query = `programme=npq&lead_provider_id=${leadProviderId}&cohort=${cohort}`;
  const statements = (await client.get(`/__sandbox/statements?${query}`)).body.data as Json[];
  if (statements.length === 0) {
    throw new Error(`the NPQ lead provider ${leadProviderId} has no ${cohort} statements`);
  }
  return statements;
}

/** DfE finance marks an NPQ statement payable, then paid, at the sandbox's clock (its deadline must have passed). */
export async function payNpqStatement(client: SpecClient, statementId: string): Promise<void> {
  for (const step of ["mark-payable", "mark-paid"]) {
    const response = await client.post(`/__sandbox/statements/${statementId}/${step}`);
    if (response.status !== 200) {
      throw new Error(`${step} refused: ${JSON.stringify(response.body)}`);
    }
  }
}

/** DfE support moves an application to another lead provider (`POST /__sandbox/npq/applications/{id}/change-lead-provider`). */
export async function moveNpqApplication(client: SpecClient, applicationId: string, leadProviderId: string) {
  return client.post(`/__sandbox/npq/applications/${applicationId}/change-lead-provider`, {
    body: { lead_provider_id: leadProviderId },
  });
}
