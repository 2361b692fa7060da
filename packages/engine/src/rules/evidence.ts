import { DECLARATION_RULE_MESSAGES as RULE } from "../messages/declaration-rules.ts";
import type { EvidenceRule, EvidenceType } from "../reference/evidence.ts";
import { fail, type Outcome, ok } from "../result.ts";

/** The evidence to store (null when the rule discards it), or the one message refusing it. */
export type EvidenceCheck = Outcome<EvidenceType | null, string>;

/**
 * Declaration rules 14 and 15 (ECF rules §3.3): a required value must be present and allowed; an ignored value is
 * discarded.
 */
export function checkEvidence(rule: EvidenceRule, evidenceHeld: string | null): EvidenceCheck {
  if (rule.kind === "ignored") {
    return ok(null);
  }
  if (evidenceHeld === null) {
    return fail(RULE[14].detail);
  }
  const allowed = rule.allowed.find((value) => value === evidenceHeld);
  return allowed === undefined ? fail(RULE[15].detail) : ok(allowed);
}
