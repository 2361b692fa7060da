import { DECLARATION_RULE_MESSAGES as RULE } from "../messages/declaration-rules.ts";
import type { EvidenceRule, EvidenceType } from "../reference/evidence.ts";

export type EvidenceCheck =
  | { readonly ok: true; readonly evidenceHeld: EvidenceType | null }
  | { readonly ok: false; readonly detail: string };

/**
 * Declaration rules 14 and 15 (ECF rules §3.3): a required value must be present and allowed; an ignored value is
 * discarded.
 */
export function checkEvidence(rule: EvidenceRule, evidenceHeld: string | null): EvidenceCheck {
  if (rule.kind === "ignored") {
    return { ok: true, evidenceHeld: null };
  }
  if (evidenceHeld === null) {
    return { ok: false, detail: RULE[14].detail };
  }
  const allowed = rule.allowed.find((value) => value === evidenceHeld);
  return allowed === undefined ? { ok: false, detail: RULE[15].detail } : { ok: true, evidenceHeld: allowed };
}
