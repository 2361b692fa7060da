import type { Instant } from "../time/instant.ts";

/** Every stored row: a UUID and the timestamps the API renders as `created_at` / `updated_at`. */
export interface StoredRecord {
  readonly id: string;
  readonly createdAt: Instant;
  readonly updatedAt: Instant;
}
