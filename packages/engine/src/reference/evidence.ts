/**
 * `evidence_held` vocabularies and which apply to which declaration (ECF rules §3.3: the code's rules, which differ
 * from the published schema for 2025 mentor `started` declarations).
 */
import type { Role } from "./courses.ts";
import type { DeclarationType } from "./declaration-types.ts";

export const EVIDENCE_TYPES = [
  "training-event-attended",
  "self-study-material-completed",
  "materials-engaged-with-offline",
  "75-percent-engagement-met",
  "75-percent-engagement-met-reduced-induction",
  "one-term-induction",
  "other",
] as const;

export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

const SIMPLE: readonly EvidenceType[] = ["training-event-attended", "self-study-material-completed", "other"];
const SIMPLE_OR_OFFLINE: readonly EvidenceType[] = [
  "training-event-attended",
  "self-study-material-completed",
  "materials-engaged-with-offline",
  "other",
];
const ENGAGEMENT: readonly EvidenceType[] = [
  "75-percent-engagement-met",
  "75-percent-engagement-met-reduced-induction",
];
const ENGAGEMENT_OR_ONE_TERM: readonly EvidenceType[] = [...ENGAGEMENT, "one-term-induction"];

export type EvidenceRule =
  /** Anything (or nothing) is accepted and the value is discarded: pre-2025 `started`. */
  | { readonly kind: "ignored" }
  /** A value is required and must be one of `allowed`. */
  | { readonly kind: "required"; readonly allowed: readonly EvidenceType[] };

export function evidenceRule(detailedEvidenceTypes: boolean, role: Role, type: DeclarationType): EvidenceRule {
  if (!detailedEvidenceTypes) {
    return type === "started" ? { kind: "ignored" } : { kind: "required", allowed: SIMPLE };
  }
  if (type === "completed") {
    return { kind: "required", allowed: role === "ect" ? ENGAGEMENT_OR_ONE_TERM : ENGAGEMENT };
  }
  if (type === "retained-2" && role === "ect") {
    return { kind: "required", allowed: ENGAGEMENT };
  }
  // Mentors' retained/extended declarations in detailed-evidence cohorts are rejected earlier (mentor funding rule).
  return { kind: "required", allowed: SIMPLE_OR_OFFLINE };
}
