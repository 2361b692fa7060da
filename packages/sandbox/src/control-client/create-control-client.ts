/**
 * @module
 * `createControlClient`: the sandbox's control API as async functions over `fetch`. The same client serves a
 * sandbox on a socket (the platform's `fetch`), behind MSW, and in process (`sandbox.fetch`): each call goes
 * through the HTTP routes of `/__sandbox`, so what it accepts, answers and refuses is the wire's by construction.
 */

import { ECF_MOUNT, NPQ_MOUNT } from "../http/mounts.ts";
import type { ControlClient, ControlSchemas } from "./control-client-types.ts";
import { type ControlCall, type ControlFetch, sendControlCall } from "./control-request.ts";
import { instantOrNull } from "./instant.ts";

/** Options of {@link createControlClient}. */
export interface ControlClientOptions {
  /** Where the sandbox is served, without `/__sandbox`, e.g. `http://127.0.0.1:4010`. */
  readonly baseUrl: string;
  /** The `fetch` to send requests with. Default: the platform's `fetch`. */
  readonly fetch?: ControlFetch;
  /** The sandbox's control token, when it has one: sent as `Authorization: Bearer <token>`. */
  readonly controlToken?: string | undefined;
  /**
   * The world every call is for, sent as `X-Sandbox-World` (docs/decisions/sandbox-isolated-worlds.md). Default:
   * the sandbox's default world. `createWorld`, `worlds` and `deleteWorld` concern the whole sandbox.
   */
  readonly world?: string | undefined;
}

/** The answer's `data`, for the control API's `{ data: ... }` envelopes. */
const dataOf = <Data>(envelope: unknown): Data => (envelope as { data: Data }).data;

/**
 * A client for the sandbox's control API, with exactly the helpers of `@lpkit/sdk`'s `createSandboxClient`.
 *
 * @example
 * const control = createControlClient({ baseUrl: "http://127.0.0.1:4010" });
 * await control.reset({ seed: 7, now: "2025-10-01T09:30:00Z" });
 * await control.setClock("2025-12-01T09:00:00Z");
 */
export function createControlClient(options: ControlClientOptions): ControlClient {
  const baseUrl = options.baseUrl;
  const transport = {
    baseUrl,
    fetch: options.fetch ?? ((request: Request) => fetch(request)),
    controlToken: options.controlToken,
    world: options.world,
  };
  const send = <Answer>(call: ControlCall) => sendControlCall(transport, call) as Promise<Answer>;
  const data = async <Item>(call: ControlCall) => dataOf<Item>(await sendControlCall(transport, call));
  const byId = (id: string, rest = "") => `/${encodeURIComponent(id)}${rest}`;

  return {
    baseUrl,
    ecfBaseUrl: `${baseUrl.replace(/\/+$/, "")}${ECF_MOUNT}`,
    npqBaseUrl: `${baseUrl.replace(/\/+$/, "")}${NPQ_MOUNT}`,
    health: () => send({ method: "GET", path: "/__sandbox/health" }),
    world: () => send({ method: "GET", path: "/__sandbox/world" }),
    leadProviders: () => data({ method: "GET", path: "/__sandbox/lead-providers" }),
    reset: async (reset = {}) => {
      const body: ControlSchemas["ResetRequest"] = {
        ...(reset.seed === undefined ? {} : { seed: reset.seed }),
        ...(reset.now === undefined ? {} : { now: instantOrNull(reset.now, "now") }),
      };
      return send({ method: "POST", path: "/__sandbox/reset", body });
    },
    clock: () => send({ method: "GET", path: "/__sandbox/clock" }),
    setClock: async (now, clock = {}) => {
      const body: ControlSchemas["ClockUpdate"] = {
        now: instantOrNull(now, "now"),
        ...(clock.frozen === undefined ? {} : { frozen: clock.frozen }),
      };
      return send({ method: "PUT", path: "/__sandbox/clock", body });
    },
    scenarios: (filter) => data({ method: "GET", path: "/__sandbox/scenarios", query: filter }),
    npqLeadProviders: () => data({ method: "GET", path: "/__sandbox/npq/lead-providers" }),
    // The control API's document gives the envelope only; the body is the NPQ API's `NpqApplicationResponse`.
    createNpqApplication: (fixture) => data({ method: "POST", path: "/__sandbox/npq/applications", body: fixture }),
    changeNpqApplicationLeadProvider: (applicationId, leadProviderId) =>
      data({
        method: "POST",
        path: `/__sandbox/npq/applications${byId(applicationId, "/change-lead-provider")}`,
        body: { lead_provider_id: leadProviderId },
      }),
    changeNpqParticipantId: (participantId, toParticipantId) =>
      data({
        method: "POST",
        path: `/__sandbox/npq/participants${byId(participantId, "/change-id")}`,
        body: toParticipantId === undefined ? {} : { to_participant_id: toParticipantId },
      }),
    createNpqCohort: (fixture) => data({ method: "POST", path: "/__sandbox/npq/cohorts", body: fixture }),
    createNpqDeliveryPartner: (fixture) =>
      data({ method: "POST", path: "/__sandbox/npq/delivery-partners", body: fixture }),
    createParticipant: (fixture) => data({ method: "POST", path: "/__sandbox/participants", body: fixture }),
    makeEligibleForFunding: (participantId, courseIdentifier) =>
      data({
        method: "POST",
        path: `/__sandbox/participants${byId(participantId, "/eligible-for-funding")}`,
        body: { course_identifier: courseIdentifier },
      }),
    createSchool: (fixture = {}) => data({ method: "POST", path: "/__sandbox/schools", body: fixture }),
    createDeliveryPartner: (fixture) => data({ method: "POST", path: "/__sandbox/delivery-partners", body: fixture }),
    markStatementPayable: (statementId) =>
      data({ method: "POST", path: `/__sandbox/statements${byId(statementId, "/mark-payable")}` }),
    markStatementPaid: (statementId) =>
      data({ method: "POST", path: `/__sandbox/statements${byId(statementId, "/mark-paid")}` }),
    statements: (filter) => data({ method: "GET", path: "/__sandbox/statements", query: filter }),
    statementBreakdown: (statementId) =>
      data({ method: "GET", path: `/__sandbox/statements${byId(statementId, "/breakdown")}` }),
    addStatementAdjustment: (statementId, adjustment) =>
      data({ method: "POST", path: `/__sandbox/statements${byId(statementId, "/adjustments")}`, body: adjustment }),
    removeStatementAdjustment: async (statementId, adjustmentId) => {
      const path = `/__sandbox/statements${byId(statementId, `/adjustments${byId(adjustmentId)}`)}`;
      await send({ method: "DELETE", path, read: "none" });
    },
    statementDeclarationsCsv: (statementId) =>
      send({ method: "GET", path: `/__sandbox/statements${byId(statementId, "/declarations.csv")}`, read: "text" }),
    injectFault: (fault) => data({ method: "POST", path: "/__sandbox/faults", body: fault }),
    faults: () => data({ method: "GET", path: "/__sandbox/faults" }),
    clearFaults: async () => {
      await send({ method: "DELETE", path: "/__sandbox/faults", read: "none" });
    },
    requests: (filter) => data({ method: "GET", path: "/__sandbox/requests", query: filter }),
    clearRequests: async () => {
      await send({ method: "DELETE", path: "/__sandbox/requests", read: "none" });
    },
    journal: () => send({ method: "GET", path: "/__sandbox/journal", read: "text" }),
    createWorld: (world = {}) => {
      const body: ControlSchemas["WorldRequest"] = {
        ...(world.name === undefined ? {} : { name: world.name }),
        ...(world.seed === undefined ? {} : { seed: world.seed }),
        ...(world.now === undefined ? {} : { now: instantOrNull(world.now, "now") }),
      };
      return data({ method: "POST", path: "/__sandbox/worlds", body });
    },
    worlds: () => data({ method: "GET", path: "/__sandbox/worlds" }),
    deleteWorld: async (name) => {
      await send({ method: "DELETE", path: `/__sandbox/worlds${byId(name)}`, read: "none" });
    },
  };
}
