import type { Hono } from "hono";
import type { SandboxEnv } from "../../http/env.ts";
import type { SandboxControl } from "../sandbox-control.ts";
import { clockRoutes } from "./clock.ts";
import { deliveryPartnerRoutes } from "./delivery-partners.ts";
import { faultRoutes } from "./faults.ts";
import { journalRoutes } from "./journal.ts";
import { leadProviderRoutes } from "./lead-providers.ts";
import { npqControlRoutes } from "./npq.ts";
import { npqCohortRoutes } from "./npq-cohorts.ts";
import { npqDeliveryPartnerRoutes } from "./npq-delivery-partners.ts";
import { npqParticipantRoutes } from "./npq-participants.ts";
import { participantRoutes } from "./participants.ts";
import { requestRoutes } from "./requests.ts";
import { scenarioRoutes } from "./scenarios.ts";
import { schoolRoutes } from "./schools.ts";
import { statementRoutes } from "./statements.ts";
import { worldRoutes } from "./world.ts";

/** The routes of one resource of the control API, as a Hono app to mount at the control API's root. */
export type ControlRoutes = (control: SandboxControl) => Hono<SandboxEnv>;

/** One file per resource; no two resources share a path, so the order is only the order of the API reference. */
export const CONTROL_RESOURCE_ROUTES: readonly ControlRoutes[] = [
  worldRoutes,
  journalRoutes,
  leadProviderRoutes,
  clockRoutes,
  scenarioRoutes,
  faultRoutes,
  requestRoutes,
  schoolRoutes,
  deliveryPartnerRoutes,
  participantRoutes,
  statementRoutes,
  npqControlRoutes,
  npqCohortRoutes,
  npqParticipantRoutes,
  npqDeliveryPartnerRoutes,
];
