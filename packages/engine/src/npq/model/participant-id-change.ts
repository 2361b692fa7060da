import type { Instant } from "../../time/instant.ts";

/** DfE merged the user `fromParticipantId` into `toUserId` (NPQ rules §1.4): the old id answers 410. */
export interface NpqParticipantIdChange {
  readonly id: string;
  readonly fromParticipantId: string;
  readonly toUserId: string;
  readonly createdAt: Instant;
}
