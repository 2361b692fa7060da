/**
 * The lenient list filters of ECF rules §1.5. The sandbox hands these over as the raw query-string values (a
 * `string`, or `undefined` when the parameter is absent); the engine decides what they mean, because "what does
 * `filter[cohort]=abc` return" is a rule of the service, not a detail of HTTP.
 *
 * Every parser returns `undefined` for "no filter" (absent or blank) and an array/value otherwise. An empty array
 * is a filter that matches nothing, which is how the service answers a list whose every item was invalid.
 *
 * @module
 */
import { castInteger } from "../rules/lenient-integer.ts";
import { isBlank } from "../rules/presence.ts";
import { TRAINING_STATUSES, type TrainingStatus } from "../rules/training-periods.ts";
import { castUuid } from "../rules/uuid-cast.ts";

const ALL_DIGITS = /^\d+$/;

/**
 * Raw `filter[cohort]`: the text of `filter[cohort]=…`, or the items of `filter[cohort][]=…` (which query
 * serialisers write for a list).
 */
export type CohortFilterValue = string | readonly string[];

/**
 * `filter[cohort]` on list endpoints (not schools): text is comma-separated, a list is taken item by item (no comma
 * splitting), and only all-digit items are kept. `"2021,abc"` → `[2021]`; `["2021", "2022"]` → `[2021, 2022]`;
 * `"abc"` or `["2021,2022"]` → `[]` (matches nothing); `""` or an empty list → `undefined` (no filter).
 */
export function parseCohortListFilter(raw: CohortFilterValue | undefined): readonly number[] | undefined {
  if (raw === undefined || (typeof raw === "string" ? isBlank(raw) : raw.length === 0)) {
    return undefined;
  }
  const items = typeof raw === "string" ? raw.split(",") : raw;
  return unique(items.filter((item) => ALL_DIGITS.test(item)).map(Number));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * `filter[participant_id]` and `filter[delivery_partner_id]` on declarations: comma-separated, only well-formed
 * UUIDs are kept (lower-cased, as the database compares them).
 */
export function parseUuidListFilter(raw: string | undefined): readonly string[] | undefined {
  if (isBlank(raw)) {
    return undefined;
  }
  return unique(
    raw
      .split(",")
      .filter(isUuid)
      .map((id) => id.toLowerCase()),
  );
}

/**
 * `filter[delivery_partner_id]` on partnerships: comma-separated ids, no UUID check; each is compared as the database
 * casts it (`castUuid`: upper case, braces or dashes every four digits still match), so non-ids match nothing.
 */
export function parseIdListFilter(raw: string | undefined): readonly string[] | undefined {
  if (isBlank(raw)) {
    return undefined;
  }
  return unique(raw.split(",").map((id) => castUuid(id) ?? ""));
}

/**
 * `filter[training_status]` on participants. Any value other than the three statuses is a filter that matches
 * nothing (200 with an empty list, where ECF answered 400), represented as `null`.
 */
export function parseTrainingStatusFilter(raw: string | undefined): TrainingStatus | null | undefined {
  if (isBlank(raw)) {
    return undefined;
  }
  return (TRAINING_STATUSES as readonly string[]).includes(raw) ? (raw as TrainingStatus) : null;
}

/**
 * `filter[from_participant_id]` on participants: one id compared as the database casts it (`castUuid`); blank means
 * no filter, and a value that is not a UUID matches nothing (`""`).
 */
export function parseUuidFilter(raw: string | undefined): string | undefined {
  return isBlank(raw) ? undefined : (castUuid(raw) ?? "");
}

/**
 * `filter[urn]` on schools: the service casts the string to an integer (`"123456,invalid"` is 123456, see
 * `castInteger`); a string that does not start with a number casts to nothing and matches no school (`null`).
 */
export function parseUrnFilter(raw: string | undefined): string | null | undefined {
  if (isBlank(raw)) {
    return undefined;
  }
  const value = castInteger(raw);
  return value === null ? null : value.toString();
}

function unique<T>(values: T[]): readonly T[] {
  return [...new Set(values)];
}
