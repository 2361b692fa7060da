/**
 * The `participant-transfer` resource (ECF rules §2.9): one per participant (`id` is the participant id), listing
 * the school transfers relevant to the lead provider.
 */
import type { SchoolTransfer } from "../model/school-transfer.ts";
import type { Teacher } from "../model/teacher.ts";
import type { TrainingPeriod } from "../model/training-period.ts";
import { findRow, type World } from "../model/world.ts";
import {
  type TransferStatus,
  type TransferType,
  transferStatusOf,
  transfersRelevantTo,
  transferTypeOf,
} from "../rules/school-transfers.ts";
import { leadProviderIdOf } from "../rules/training-periods.ts";
import type { CalendarDate } from "../time/calendar-date.ts";
import { latestInstant } from "../time/instant.ts";
import { londonToday } from "../time/london.ts";
import { formatApiDateTime } from "../time/rfc3339.ts";
import type { Resource } from "./resource.ts";

export interface TransferSideAttributes {
  readonly school_urn: string;
  /** Name of the lead provider; null for school-led training. */
  readonly provider: string | null;
  /** Leaving: the day the training ended; joining: the day the new training starts. */
  readonly date: string | null;
}

export interface TransferAttributes {
  readonly training_record_id: string;
  readonly transfer_type: TransferType;
  readonly status: TransferStatus;
  readonly created_at: string;
  readonly leaving: TransferSideAttributes;
  readonly joining: TransferSideAttributes | null;
}

export interface ParticipantTransferAttributes {
  readonly updated_at: string;
  readonly transfers: readonly TransferAttributes[];
}

export type ParticipantTransferResource = Resource<"participant-transfer", ParticipantTransferAttributes>;

function side(
  world: World,
  schoolPeriodId: string | null,
  period: TrainingPeriod | undefined,
  date: CalendarDate | null,
): TransferSideAttributes {
  const schoolPeriod = findRow(world, "schoolPeriods", schoolPeriodId);
  const school = findRow(world, "schools", schoolPeriod?.schoolId);
  const leadProviderId = period === undefined ? null : leadProviderIdOf(world, period);
  return {
    school_urn: school?.urn ?? "",
    provider: findRow(world, "leadProviders", leadProviderId)?.name ?? null,
    date,
  };
}

function transferView(world: World, teacher: Teacher, transfer: SchoolTransfer, today: CalendarDate) {
  const leaving = findRow(world, "trainingPeriods", transfer.leavingTrainingPeriodId);
  const joining = findRow(world, "trainingPeriods", transfer.joiningTrainingPeriodId);
  return {
    training_record_id: teacher.trainingRecordIds[transfer.role],
    transfer_type: transferTypeOf(world, transfer),
    status: transferStatusOf(world, transfer, today),
    created_at: formatApiDateTime((leaving ?? transfer).createdAt),
    leaving: side(world, transfer.leavingSchoolPeriodId, leaving, leaving?.finishedOn ?? null),
    joining:
      joining === undefined ? null : side(world, transfer.joiningSchoolPeriodId, joining, joining?.startedOn ?? null),
  };
}

/** Renders the participant's transfers relevant to the provider; `updated_at` is the latest of theirs. */
export function participantTransferView(
  world: World,
  leadProviderId: string,
  teacher: Teacher,
  now: Date,
): ParticipantTransferResource {
  const today = londonToday(now);
  const transfers = transfersRelevantTo(world, leadProviderId, teacher.id);
  const updatedAt = transfers.reduce(
    (latest, transfer) => latestInstant(latest, transfer.updatedAt),
    transfers[0]?.updatedAt ?? teacher.updatedAt,
  );
  return {
    id: teacher.id,
    type: "participant-transfer",
    attributes: {
      updated_at: formatApiDateTime(updatedAt),
      transfers: transfers.map((transfer) => transferView(world, teacher, transfer, today)),
    },
  };
}
