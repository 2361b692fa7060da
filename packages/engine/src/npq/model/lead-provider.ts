import type { Instant } from "../../time/instant.ts";

/** A lead provider of the NPQ service, with the NPQ service's id (NPQ rules §9). */
export interface NpqLeadProvider {
  readonly id: string;
  readonly name: string;
  readonly createdAt: Instant;
}
