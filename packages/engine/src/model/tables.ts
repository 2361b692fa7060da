import type { Contract } from "./contract.ts";
import type { Declaration } from "./declaration.ts";
import type { DeclarationStateLog } from "./declaration-state-change.ts";
import type { DeliveryPartner, DeliveryPartnership } from "./delivery-partner.ts";
import type { LeadProvider } from "./lead-provider.ts";
import type { MentorshipPeriod } from "./mentorship-period.ts";
import type { Schedule } from "./schedule.ts";
import type { School } from "./school.ts";
import type { SchoolPartnership } from "./school-partnership.ts";
import type { SchoolPeriod } from "./school-period.ts";
import type { SchoolTransfer } from "./school-transfer.ts";
import type { Statement } from "./statement.ts";
import type { StatementAdjustment } from "./statement-adjustment.ts";
import type { Teacher } from "./teacher.ts";
import type { TrainingPeriod } from "./training-period.ts";

/** Every table of the world and the row it holds. Rows are keyed by their `id`. */
export interface Tables {
  leadProviders: LeadProvider;
  schedules: Schedule;
  deliveryPartners: DeliveryPartner;
  deliveryPartnerships: DeliveryPartnership;
  schools: School;
  schoolPartnerships: SchoolPartnership;
  teachers: Teacher;
  schoolPeriods: SchoolPeriod;
  trainingPeriods: TrainingPeriod;
  mentorshipPeriods: MentorshipPeriod;
  schoolTransfers: SchoolTransfer;
  contracts: Contract;
  statements: Statement;
  declarations: Declaration;
  statementAdjustments: StatementAdjustment;
  /** Each declaration's state changes, keyed by its id, appended to by the command that moves it. */
  declarationStateLogs: DeclarationStateLog;
}

export type TableName = keyof Tables;
export type Row<N extends TableName> = Tables[N];

export const TABLE_NAMES: readonly TableName[] = [
  "leadProviders",
  "schedules",
  "deliveryPartners",
  "deliveryPartnerships",
  "schools",
  "schoolPartnerships",
  "teachers",
  "schoolPeriods",
  "trainingPeriods",
  "mentorshipPeriods",
  "schoolTransfers",
  "contracts",
  "statements",
  "declarations",
  "statementAdjustments",
  "declarationStateLogs",
];
