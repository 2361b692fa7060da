import { REQUEST_MESSAGES, type RuleMessage, type RuleMessageWith, TITLES } from "@lpkit/engine";
import type { SpecClient } from "./spec-client.ts";

export const API = "/ecf/api/v3";
export const AMBITION = "ambition-institute";
export const TEACH_FIRST = "teach-first";

export const NOT_FOUND = {
  errors: [{ title: TITLES.resourceNotFound, detail: REQUEST_MESSAGES.notFound }],
};
/** The real service's answer to a path or method it has no route for (ECF rules §1.6). */
export const ROUTE_NOT_FOUND = { error: REQUEST_MESSAGES.routeNotFound };
export const STRUCTURE_REQUIRED = {
  errors: [{ title: TITLES.badRequest, detail: REQUEST_MESSAGES.jsonStructureRequired }],
};
export const UNAUTHORISED = { error: REQUEST_MESSAGES.accessDenied };

export interface ScenarioResources {
  readonly lead_provider_id: string;
  readonly cohort?: string;
  /** Ids by role; each scenario has some of these. */
  readonly resources: Readonly<
    Record<"participant_id" | "school_id" | "delivery_partner_id" | "declaration_id", string>
  >;
}

/** The first instance of a named scenario for a lead provider (by token). */
export async function scenario(client: SpecClient, name: string, token = AMBITION): Promise<ScenarioResources> {
  const providers = (await client.get("/__sandbox/lead-providers")).body.data as { id: string; token: string }[];
  const leadProvider = providers.find((provider) => provider.token === token);
  const found = (await client.get(`/__sandbox/scenarios?name=${name}&lead_provider_id=${leadProvider?.id}`)).body
    .data[0] as ScenarioResources | undefined;
  if (found === undefined) {
    throw new Error(`no ${name} scenario for ${token}`);
  }
  return found;
}

export async function leadProviderId(client: SpecClient, token = AMBITION): Promise<string> {
  const providers = (await client.get("/__sandbox/lead-providers")).body.data as { id: string; token: string }[];
  const found = providers.find((provider) => provider.token === token);
  if (found === undefined) {
    throw new Error(`no lead provider with token ${token}`);
  }
  return found.id;
}

/** `{"data":{"type":...,"attributes":{...}}}` */
export const body = (type: string, attributes: Record<string, unknown>) => ({ data: { type, attributes } });

/** An `errors` body: each entry is a rule's message from the engine's tables, or a `[title, detail]` pair. */
export const errors = (...entries: (RuleMessage | readonly [title: string, detail: string])[]) => ({
  errors: entries.map((entry) =>
    "title" in entry ? { title: entry.title, detail: entry.detail } : { title: entry[0], detail: entry[1] },
  ),
});

/** A rule's message with `value` in place of the spec's `{placeholder}`, as a response carries it. */
export function withValue(message: RuleMessageWith<never>, value: string): RuleMessage {
  return { title: message.title, detail: message.template.replace(/\{\w+\}/, value) };
}
