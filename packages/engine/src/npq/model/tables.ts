import type { StatementAdjustment } from "../../model/statement-adjustment.ts";
import type { NpqApplication, NpqApplicationState } from "./application.ts";
import type { NpqCohort } from "./cohort.ts";
import type { NpqContract } from "./contract.ts";
import type { NpqDeclaration } from "./declaration.ts";
import type { NpqDeclarationStateLog } from "./declaration-state-change.ts";
import type { NpqDeliveryPartner, NpqDeliveryPartnership } from "./delivery-partner.ts";
import type { NpqLeadProvider } from "./lead-provider.ts";
import type { NpqOutcome } from "./outcome.ts";
import type { NpqParticipantIdChange } from "./participant-id-change.ts";
import type { NpqSchedule } from "./schedule.ts";
import type { NpqStatement } from "./statement.ts";
import type { NpqUser } from "./user.ts";

/** Every table of the NPQ world and the row it holds, keyed by `id`. */
export interface NpqTables {
  cohorts: NpqCohort;
  leadProviders: NpqLeadProvider;
  schedules: NpqSchedule;
  users: NpqUser;
  applications: NpqApplication;
  applicationStates: NpqApplicationState;
  deliveryPartners: NpqDeliveryPartner;
  deliveryPartnerships: NpqDeliveryPartnership;
  participantIdChanges: NpqParticipantIdChange;
  contracts: NpqContract;
  statements: NpqStatement;
  declarations: NpqDeclaration;
  outcomes: NpqOutcome;
  statementAdjustments: StatementAdjustment;
  /** Each declaration's state changes, keyed by its id, appended to by the command that moves it. */
  declarationStateLogs: NpqDeclarationStateLog;
}

export type NpqTableName = keyof NpqTables;
export type NpqRow<N extends NpqTableName> = NpqTables[N];

export const NPQ_TABLE_NAMES: readonly NpqTableName[] = [
  "cohorts",
  "leadProviders",
  "schedules",
  "users",
  "applications",
  "applicationStates",
  "deliveryPartners",
  "deliveryPartnerships",
  "participantIdChanges",
  "contracts",
  "statements",
  "declarations",
  "outcomes",
  "statementAdjustments",
  "declarationStateLogs",
];
