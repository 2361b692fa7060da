/**
 * Resources shaped like the service's, for fake replies. They are plain data: the fake validates each reply
 * against the spec, so a fixture that drifts from the spec fails the test that sends it.
 */

/** A deterministic UUID from a number, e.g. `uuid(1)` → `00000000-0000-4000-8000-000000000001`. */
export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
}

export function participant(n: number, overrides: { updated_at?: string; full_name?: string } = {}) {
  return {
    id: uuid(n),
    type: "participant",
    attributes: {
      full_name: overrides.full_name ?? `Participant ${n}`,
      teacher_reference_number: String(1000000 + n),
      updated_at: overrides.updated_at ?? "2025-10-01T09:30:00Z",
      ecf_enrolments: [
        {
          training_record_id: uuid(10_000 + n),
          email: `participant-${n}@example.com`,
          mentor_id: null,
          school_urn: "123456",
          participant_type: "ect",
          cohort: "2025",
          training_status: "active",
          participant_status: "active",
          eligible_for_funding: true,
          pupil_premium_uplift: false,
          sparsity_uplift: false,
          schedule_identifier: "ecf-standard-september",
          delivery_partner_id: uuid(900),
          withdrawal: null,
          deferral: null,
          created_at: "2025-09-01T08:00:00Z",
          induction_end_date: null,
          most_recent_induction_period_end_date: null,
          overall_induction_start_date: "2025-09-01",
          mentor_funding_end_date: null,
          cohort_changed_after_payments_frozen: false,
          mentor_ineligible_for_funding_reason: null,
          working_pattern: "full_time",
        },
      ],
      participant_id_changes: [],
    },
  };
}

type DeclarationOverrides = {
  state?: "submitted" | "eligible" | "payable" | "paid" | "voided" | "awaiting-clawback" | "clawed-back";
  updated_at?: string;
  declaration_type?: string;
  evidence_held?: string | null;
  statement_id?: string | null;
};

export function declaration(n: number, overrides: DeclarationOverrides = {}) {
  const state = overrides.state ?? "eligible";
  return {
    id: uuid(20_000 + n),
    type: "participant-declaration",
    attributes: {
      participant_id: uuid(n),
      declaration_type: overrides.declaration_type ?? "started",
      declaration_date: "2025-10-01T10:00:00Z",
      course_identifier: "ecf-induction",
      state,
      updated_at: overrides.updated_at ?? "2025-10-01T10:00:05Z",
      created_at: "2025-10-01T10:00:05Z",
      delivery_partner_id: uuid(900),
      statement_id:
        overrides.statement_id !== undefined ? overrides.statement_id : state === "voided" ? null : uuid(800),
      clawback_statement_id: null,
      ineligible_for_funding_reason: null,
      mentor_id: uuid(700),
      uplift_paid: false,
      evidence_held: overrides.evidence_held !== undefined ? overrides.evidence_held : "training-event-attended",
      lead_provider_name: "Ambition Institute",
    },
  };
}

export function statement(n: number, overrides: { updated_at?: string } = {}) {
  return {
    id: uuid(30_000 + n),
    type: "statement",
    attributes: {
      month: "November",
      year: "2025",
      cohort: "2025",
      cut_off_date: "2025-10-31",
      payment_date: "2025-11-25",
      paid: false,
      created_at: "2025-06-01T00:00:00Z",
      updated_at: overrides.updated_at ?? "2025-06-01T00:00:00Z",
    },
  };
}

/** `{ errors: [...] }`, the body of every error but 401 and 429. */
export function errors(...entries: { title: string; detail: string }[]) {
  return { errors: entries };
}

export const NOT_FOUND = errors({
  title: "Resource not found",
  detail: "Nothing could be found for the provided details",
});
