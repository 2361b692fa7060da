/**
 * How the dashboard writes money and dates (finance dashboard §0): pounds with thousands separators and two decimals
 * (`£1,234.56`, `-£119.40`, never `-£0.00`), dates as "2 January 2026". Display only: every amount arrives already
 * rounded to the penny by the engine's calculation.
 */
import { displayPounds, type PoundsString } from "@lpkit/engine";
import { monthName } from "@lpkit/engine/internal";

/** `"-1234.5"` → `-£1,234.50`, never `-£0.00`: the engine's own formatting of its amounts (`displayPounds`). */
export function formatPounds(amount: PoundsString): string {
  return displayPounds(amount);
}

/** `"2025-11-30"` → `30 November 2025`. */
export function formatDate(date: string): string {
  const [year, month, day] = date.slice(0, 10).split("-").map(Number);
  return `${day} ${monthName(month ?? 1)} ${year}`;
}

/** An instant as the statement's authorisation stamp shows it (`3:15pm on 5 Jan 2026`), in UTC. */
export function formatAuthorisedAt(instant: string): string {
  const date = new Date(instant);
  const hours = date.getUTCHours();
  const minutes = String(date.getUTCMinutes()).padStart(2, "0");
  const clock = `${hours % 12 === 0 ? 12 : hours % 12}:${minutes}${hours < 12 ? "am" : "pm"}`;
  return `${clock} on ${date.getUTCDate()} ${monthName(date.getUTCMonth() + 1).slice(0, 3)} ${date.getUTCFullYear()}`;
}

/** An instant as the drill-down shows it: `2 January 2026, 9:30 AM` (UTC). */
export function formatDateTime(instant: string): string {
  const date = new Date(instant);
  const hours = date.getUTCHours();
  const minutes = String(date.getUTCMinutes()).padStart(2, "0");
  const clock = `${hours % 12 === 0 ? 12 : hours % 12}:${minutes} ${hours < 12 ? "AM" : "PM"}`;
  return `${formatDate(instant)}, ${clock}`;
}

/** A statement's name: its payment month, "November 2025". */
export function statementName(statement: { readonly month: number; readonly year: number }): string {
  return `${monthName(statement.month)} ${statement.year}`;
}
