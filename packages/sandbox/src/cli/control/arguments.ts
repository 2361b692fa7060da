/**
 * @module
 * Readers of command-line values shared by the commands: each refuses a malformed value with a {@link UsageError}
 * (exit 2, with the command's usage), and leaves checks that need the sandbox to the sandbox.
 */
import type { ControlClient, ControlSchemas } from "../../control-client/control-client-types.ts";
import { parseRfc3339 } from "../../time/timestamps.ts";
import { UsageError } from "../parse-options.ts";
import { CommandError } from "./command.ts";

/** A whole number given as `--name` (or as the argument `name`). */
export function readInteger(name: string, value: string): number {
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`${name} must be a whole number, got "${value}"`);
  }
  return Number(value);
}

/** An RFC 3339 instant, as the control API takes it. */
export function readInstant(name: string, value: string): string {
  if (parseRfc3339(value) === undefined) {
    throw new UsageError(`${name} must be an RFC 3339 date-time such as 2025-12-01T09:00:00Z, got "${value}"`);
  }
  return value;
}

/** The course of `--ect` or `--mentor`: exactly one of them. */
export function readRole(options: Readonly<Record<string, unknown>>): ControlSchemas["CourseIdentifier"] {
  if (options.ect === true && options.mentor !== true) {
    return "ecf-induction";
  }
  if (options.mentor === true && options.ect !== true) {
    return "ecf-mentor";
  }
  throw new UsageError("say which role with exactly one of --ect or --mentor");
}

/** `ECT` or `mentor`, for messages. */
export function roleName(course: ControlSchemas["CourseIdentifier"]): string {
  return course === "ecf-induction" ? "ECT" : "mentor";
}

/** The account whose id, token or name (in any case) is `value`; `label` names the kind in the error. */
function findAccount<Account extends { id: string; token: string; name: string }>(
  accounts: readonly Account[],
  value: string,
  label: string,
): Account {
  const wanted = value.trim().toLowerCase();
  const found = accounts.find((account) =>
    [account.id, account.token, account.name].some((name) => name.toLowerCase() === wanted),
  );
  if (found === undefined) {
    const known = accounts.map((account) => account.token).join(", ");
    throw new CommandError(`No ${label} "${value}". Use an id, or one of: ${known}.`);
  }
  return found;
}

/**
 * The lead provider a `--lead-provider` value names: its id, its token (its name in kebab case, e.g.
 * `ambition-institute`) or its name, in any case.
 */
export async function findLeadProvider(control: ControlClient, value: string): Promise<ControlSchemas["LeadProvider"]> {
  return findAccount(await control.leadProviders(), value, "lead provider");
}

/** The NPQ lead provider a `--lead-provider` value names: its NPQ id, its token or its name, in any case. */
export async function findNpqLeadProvider(
  control: ControlClient,
  value: string,
): Promise<ControlSchemas["NpqLeadProvider"]> {
  return findAccount(await control.npqLeadProviders(), value, "NPQ lead provider");
}

/**
 * The id a `--lead-provider` value names in a list's programme (`statements`, `scenarios`): with `--programme npq` an
 * NPQ lead provider, otherwise an ECF one, as every other command reads it.
 */
export async function leadProviderIdIn(control: ControlClient, value: string, programme: unknown): Promise<string> {
  return (await (programme === "npq" ? findNpqLeadProvider : findLeadProvider)(control, value)).id;
}

/** The value of a string option the command cannot do without. */
export function requireOption(options: Readonly<Record<string, unknown>>, name: string): string {
  const value = options[name];
  if (typeof value !== "string" || value.trim() === "") {
    throw new UsageError(`--${name} is required`);
  }
  return value;
}
