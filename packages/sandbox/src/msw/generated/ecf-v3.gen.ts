/**
 * Generated from spec/ecf-v3.yaml by openapi-typescript (packages/sandbox/scripts/generate-types.ts).
 * Do not edit: run `pnpm --filter @lpkit/sandbox generate` after changing the spec.
 */

export interface paths {
    "/api/v3/delivery-partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List delivery partners
         * @description Returns the delivery partners DfE has recorded as working with you in at least one cohort. Each one's
         *     `cohort` lists the years in which you may report a partnership with them.
         *
         *     Filter: `filter[cohort]` (comma-separated years, or a list). There is no `filter[updated_since]` here: it is
         *     ignored, whatever its value. Ordered by `created_at` ascending unless `sort` says otherwise.
         */
        get: operations["listDeliveryPartners"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/delivery-partners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The delivery partner's id. */
                id: components["parameters"]["DeliveryPartnerId"];
            };
            cookie?: never;
        };
        /**
         * Get a delivery partner
         * @description Returns one delivery partner that works with you. `404` for a delivery partner with no delivery partnership
         *     with you.
         */
        get: operations["getDeliveryPartner"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/participant-declarations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List declarations
         * @description Returns the declarations made on your training periods, plus declarations another provider made for a
         *     participant you now train when those can still be or already have been paid (`submitted`, `eligible`,
         *     `payable` or `paid`, not clawed back) and are dated no later than the end of your latest training period
         *     with that participant in that role (or your training period is still open). Such declarations show the
         *     other provider in `lead_provider_name`; you can read them but not void them.
         *
         *     Filters:
         *     - `filter[cohort]`: comma-separated years, read as for participants.
         *     - `filter[participant_id]`: comma-separated participant ids; malformed ids are dropped, and if none is
         *       left the list is empty.
         *     - `filter[delivery_partner_id]`: comma-separated delivery partner ids, matched against the delivery
         *       partner at the time each declaration was made; malformed ids are dropped.
         *     - `filter[updated_since]`: see the introduction.
         *
         *     Always ordered by `created_at` ascending; this endpoint does not take `sort`.
         */
        get: operations["listParticipantDeclarations"];
        put?: never;
        /**
         * Declare that a participant reached a milestone
         * @description Records that a participant reached a milestone of their training (`started`, `retained-1` to `retained-4`,
         *     `completed`, or `extended-1` to `extended-3` on extended schedules). This is how you get paid.
         *
         *     Success is `200` (not `201`) with the new declaration. If the participant is eligible for funding it is
         *     `eligible` straight away and sits on your earliest open output statement for the participant's cohort whose
         *     cut-off date has not passed (`statement_id`); otherwise it is `submitted` with no statement and becomes
         *     `eligible` later, when DfE confirms the participant's eligibility. `delivery_partner_id` is fixed at the
         *     delivery partner of the training period when the declaration is made, and for ECTs `mentor_id` is the
         *     mentor closest to the declaration date. Uplifts only apply to `started` declarations in cohorts up to 2024.
         *     A mentor's `completed` declaration ends their funded training (`mentor_funding_end_date`).
         *
         *     **Not idempotent.** Sending the same declaration twice does not return the first one: while a declaration of
         *     the same type for the same participant and role is `submitted`, `eligible`, `payable` or `paid`, a new one is
         *     rejected with `422` (below). Only identical requests that arrive at the same moment are merged into one
         *     declaration. Voided and clawed-back declarations no longer block a new one.
         *
         *     What `evidence_held` must be depends on the cohort and role, and the request schema lists every
         *     combination:
         *
         *     | cohort | role | declaration_type | evidence_held |
         *     | --- | --- | --- | --- |
         *     | up to 2024 | ECT or mentor | `started` | not needed; any value sent is discarded (returned as `null`) |
         *     | up to 2024 | ECT or mentor | `retained-*`, `completed`, `extended-*` | required: `training-event-attended`, `self-study-material-completed` or `other` |
         *     | 2025 on | ECT | `started`, `retained-1`, `retained-3`, `retained-4`, `extended-*` | required: `training-event-attended`, `self-study-material-completed`, `materials-engaged-with-offline` or `other` |
         *     | 2025 on | ECT | `retained-2` | required: `75-percent-engagement-met` or `75-percent-engagement-met-reduced-induction` |
         *     | 2025 on | ECT | `completed` | required: `75-percent-engagement-met`, `75-percent-engagement-met-reduced-induction` or `one-term-induction` |
         *     | 2025 on | mentor | `started` | required: `training-event-attended`, `self-study-material-completed`, `materials-engaged-with-offline` or `other` |
         *     | 2025 on | mentor | `completed` | required: `75-percent-engagement-met` or `75-percent-engagement-met-reduced-induction` |
         *     | 2025 on | mentor | `retained-*`, `extended-*` | not accepted at all |
         *
         *     For cohorts from 2025 the milestone windows only have a start; instead, declarations must be in sequence:
         *     a declaration may not be dated before an existing declaration of an earlier type, nor after one of a later
         *     type (same dates are fine).
         *
         *     The service first needs `data.attributes` with at least one of `participant_id`, `declaration_type`,
         *     `declaration_date`, `course_identifier` and `evidence_held`; otherwise `400`
         *     (`Correct json data structure required. See API docs for reference.`). `data.type` is not checked. Then
         *     these rules apply in this order, each failure a `422`. Several can be reported together (for example a
         *     future date and an unknown participant), but a rule is skipped when an earlier rule it depends on has
         *     already failed (the date rules when the date is missing, for example), so fixing the reported errors can
         *     reveal others. "Training period" means the participant's latest training period with you in the role given
         *     by `course_identifier`.
         *
         *     | # | title | detail | when |
         *     | --- | --- | --- | --- |
         *     | 1 | `participant_id` | `Enter a '#/participant_id'.` | `participant_id` missing or blank |
         *     | 2 | `participant_id` | `Your update cannot be made as the '#/participant_id' is not recognised. Check participant details and try again.` | no participant with that id |
         *     | 3 | `course_identifier` | `Enter a '#/course_identifier'.` | `course_identifier` missing or not `ecf-induction`/`ecf-mentor` |
         *     | 4 | `declaration_date` | `Enter a '#/declaration_date'.` | `declaration_date` missing or blank |
         *     | 5 | `course_identifier` | `The entered '#/course_identifier' is not recognised for the given participant. Check details and try again.` | you train the participant, but not in this role |
         *     | 6 | `declaration_type` | `Enter a '#/declaration_type'.` | `declaration_type` missing or blank |
         *     | 7 | `declaration_type` | `Enter a valid declaration type.` | not one of the nine declaration types |
         *     | 8 | `declaration_type` | `A declaration has already been submitted that will be, or has been, paid for this event.` | a declaration of this type for this participant and role, by any provider, is `submitted`, `eligible`, `payable` or `paid` |
         *     | 9 | `declaration_date` | `The '#/declaration_date' value cannot be a future date. Check the date and try again.` | the date is later than now (a date without an offset is read as UTC for this check) |
         *     | 10 | `declaration_date` | `Declaration date must be on or after the milestone start date for the same declaration type.` | the date is before the milestone's start date (midnight, London time; a date without an offset is read as UTC) |
         *     | 11 | `declaration_date` | `Declaration date must be on or before the milestone date for the same declaration type.` | the milestone has an end date and the date is after it (cohorts up to 2024) |
         *     | 12 | `declaration_date` | `Enter a valid RCF3339 '#/declaration_date'.` | the date is not RFC 3339 (`YYYY-MM-DDTHH:MM:SS`, optional fraction, optional `Z` or offset); "RCF" is the service's spelling |
         *     | 13 | `declaration_type` | `You cannot send retained or extended declarations for participants who began their mentor training after June 2025. Resubmit this declaration with either a started or completed declaration.` | a mentor in a cohort from 2025 and a type other than `started`/`completed` |
         *     | 14 | `evidence_held` | `Enter a '#/evidence_held' value for this participant.` | `evidence_held` is required (table above) and missing |
         *     | 15 | `evidence_held` | `Enter an available '#/evidence_held' type for this participant.` | `evidence_held` is not one of the values allowed (table above) |
         *     | 16 | `participant_id` | `This participant withdrew from this course on {withdrawn_at}. Enter a '#/declaration_date' that's on or before the withdrawal date.` | the training period is withdrawn and the date is not before the withdrawal; `{withdrawn_at}` is the UTC date-time of the withdrawal, such as `2025-03-01T10:15:00Z` |
         *     | 17 | `cohort` | `You cannot submit declarations for the {year} cohort. The funding contract for this cohort has ended. Get in touch if you need to discuss this with us.` | the participant's current training period (with any provider; one ending today is still current) is in a cohort whose payments are frozen |
         *     | 18 | `cohort` | `You cannot submit or void declarations for the {year} cohort. The funding contract for this cohort has ended. Get in touch if you need to discuss this with us.` | the participant is eligible for funding and you have no open output statement for the cohort whose cut-off date is today or later |
         *     | 19 | `declaration_type` | `The property '#/declaration_type' does not exist for this schedule.` | the participant's schedule has no milestone of this type (for example `extended-1` on a standard schedule) |
         *     | 20 | `declaration_date` | `This '#/declaration_date' is invalid. Check that it is in sequence with existing declaration dates for this participant.` | cohorts from 2025: out of sequence with existing declarations |
         *     | 21 | `participant_id` | `Your update cannot be made as the '#/participant_id' is not recognised. Check participant details and try again.` | you have never trained the participant in either role |
         *
         *     `{year}` is the cohort year, such as `2022`. Deferred participants can receive declarations. A
         *     `declaration_date` that cannot be read as a date at all (for example `"invalid"`) is answered with `400`
         *     `Bad request` and a detail that is not stable; a readable date in the wrong layout (`2024-11-15 10:00:00 +0000`)
         *     gets rule 12.
         */
        post: operations["createParticipantDeclaration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/participant-declarations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The declaration's id. */
                id: components["parameters"]["DeclarationId"];
            };
            cookie?: never;
        };
        /**
         * Get a declaration
         * @description Returns one declaration you can see (see [the list](#operation/listParticipantDeclarations) for which ones).
         */
        get: operations["getParticipantDeclaration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/participant-declarations/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The declaration's id. */
                id: components["parameters"]["DeclarationId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Void a declaration
         * @description Withdraws a declaration you made. No body is needed.
         *
         *     - A `submitted`, `eligible` or `payable` declaration becomes `voided` and leaves its statement
         *       (`statement_id` becomes `null`). Voiding a mentor's only `completed` declaration reopens their training.
         *     - A `paid` declaration becomes `awaiting-clawback`: it keeps its `statement_id`, and `clawback_statement_id`
         *       names your earliest output statement for the cohort whose cut-off date is today or later, where the
         *       payment will be taken back. It becomes `clawed-back` when that statement is paid.
         *     - `voided`, `awaiting-clawback` and `clawed-back` declarations cannot be voided.
         *
         *     Only declarations on your own training periods can be voided: another provider's declaration that you can
         *     read still gets `404` here.
         *
         *     | # | title | detail | when |
         *     | --- | --- | --- | --- |
         *     | 1 | `participant_declaration_id` | `The declaration has already been voided.` | already `voided` |
         *     | 2 | `participant_declaration_id` | `The declaration will or has been refunded` | already `awaiting-clawback` or `clawed-back` |
         *     | 3 | `participant_declaration_id` | `You cannot submit or void declarations for the {year} cohort. The funding contract for this cohort has ended. Get in touch if you need to discuss this with us` | `paid`, and you have no output statement for the cohort whose cut-off date is today or later (note: no full stop at the end of this one) |
         *     | 4 | `participant_declaration_id` | `This declaration has been clawed-back, so you can only view it.` | `clawed-back`; the service guards it, but a clawed-back declaration was paid, so rule 2 rejects it first (not reachable through this endpoint) |
         *     | 5 | `participant_declaration_id` | `The declaration must be paid before it can be clawed back` | not `paid` on the clawback path; the service guards it, but only `paid` declarations take that path (not reachable through this endpoint) |
         */
        put: operations["voidParticipantDeclaration"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List participants
         * @description Returns the ECTs and mentors you train: every teacher with at least one ECT or mentor training period at a
         *     school that is in partnership with you. A teacher whose school has only registered an expression of interest
         *     with you (no confirmed partnership) is not listed until a partnership exists. Participants stay in the list
         *     after they leave, move to another provider or switch to school-led training, so you can see what happened
         *     to them.
         *
         *     Each participant has at most two `ecf_enrolments`: their latest ECT training period and their latest mentor
         *     training period with you.
         *
         *     Filters:
         *     - `filter[cohort]`: comma-separated years, or a list (`filter[cohort][]=2025`). Items that are not all digits
         *       are ignored; a blank value is ignored; when no item is usable the list is empty.
         *     - `filter[training_status]`: matches when either enrolment qualifies. `withdrawn` means the enrolment has a
         *       withdrawal date and `deferred` that it has a deferral date, so a participant deferred and then withdrawn
         *       is listed under both (while its `training_status` shows `withdrawn`); `active` means neither. Any other
         *       value returns an empty list rather than an error.
         *     - `filter[from_participant_id]`: the participant whose `participant_id_changes` include this id as
         *       `from_participant_id` (use it when a participant you knew has been merged into another record).
         *     - `filter[updated_since]`: see the introduction.
         *
         *     Ordered by `created_at` ascending unless `sort` says otherwise.
         */
        get: operations["listParticipants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/participants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The participant's id. */
                id: components["parameters"]["ParticipantId"];
            };
            cookie?: never;
        };
        /**
         * Get a participant
         * @description Returns one participant you train or have trained. `404` when the id is unknown, is not a UUID, or the
         *     teacher has never had a training period at a school in partnership with you.
         */
        get: operations["getParticipant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/participants/{id}/change-schedule": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The participant's id. */
                id: components["parameters"]["ParticipantId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Change a participant's schedule or cohort
         * @description Moves a participant's enrolment (the role named by `course_identifier`) to another schedule, and optionally
         *     to another cohort. If the current training period started before today it is closed and a new one opens
         *     today with the new schedule; otherwise it is changed in place. Existing declarations stay where they are and
         *     are not checked against the new schedule (except in the same-day case below), and billable declarations do
         *     not stop a change of cohort.
         *
         *     `cohort` is optional. When it names an existing cohort year the participant moves to that cohort, using your
         *     partnership with the same school in that cohort (with the same delivery partner if you have one, otherwise
         *     your most recent). A year that does not exist is silently ignored and the current cohort is kept. Moving out
         *     of a cohort whose payments are frozen sets `cohort_changed_after_payments_frozen`; moving back into it clears
         *     it.
         *
         *     Schedule rules: `ecf-replacement-*` schedules are for mentors only and `ecf-reduced-*` schedules for ECTs
         *     only. Only `ecf-extended-*` schedules have `extended-1` to `extended-3` milestones.
         *
         *     The service checks, in this order:
         *
         *     1. The body has `data.attributes` with at least one of `schedule_identifier`, `course_identifier` and
         *        `cohort`; otherwise `400` (`Correct json data structure required. See API docs for reference.`). This is
         *        checked before the participant is looked up.
         *     2. The participant is one you can see; otherwise `404`.
         *     3. The rules below; each failure is a `422`.
         *
         *     | # | title | detail | when |
         *     | --- | --- | --- | --- |
         *     | 1 | `course_identifier` | `Enter a '#/course_identifier'.` | `course_identifier` missing or not `ecf-induction`/`ecf-mentor` |
         *     | 2 | `course_identifier` | `The entered '#/course_identifier' is not recognised for the given participant. Check details and try again.` | the participant has no training period with you in that role |
         *     | 3 | `schedule_identifier` | `The property '#/schedule_identifier' must be present and correspond to a valid schedule.` | `schedule_identifier` missing or blank |
         *     | 4 | `schedule_identifier` | `Enter a valid schedule identifier.` | not one of the twelve schedule identifiers |
         *     | 5 | `schedule_identifier` | `The property '#/schedule_identifier' must be present and correspond to a valid schedule.` | the schedule does not exist in the target cohort |
         *     | 6 | `schedule_identifier` | `Selected schedule is already on the profile` | the participant is already on that schedule |
         *     | 7 | `schedule_identifier` | `Selected schedule is not valid for the course_identifier` | a replacement schedule for an ECT |
         *     | 8 | `schedule_identifier` | `Mentors cannot be placed on a reduced schedule. Assign them to a different schedule.` | a reduced schedule for a mentor |
         *     | 9 | `schedule_identifier` | `The change of schedule cannot be applied because a previous change of schedule and a declaration were made on the same day. Applying another change of schedule would invalidate existing declarations. Please contact DfE for assistance.` | the training period started today (an earlier change today) and its declarations would fall outside the new schedule's milestones |
         *     | 10 | `cohort` | `You cannot change a participant to this contract_period as you do not have a partnership with the school for the contract_period. Contact the DfE for assistance.` | changing cohort without a partnership with the same school in the target cohort |
         *     | 11 | `cohort` | `You cannot move a participant to a payments frozen cohort unless they previously belonged to that cohort.` | the target cohort's payments are frozen and the participant did not come from it |
         *     | 12 | `participant_id` | `You cannot change this participant's schedule as they have completed their training or induction.` | ECT has finished induction (unless moving to a reduced schedule), or mentor has a `mentor_funding_end_date` |
         *     | 13 | `participant_id` | `You cannot change this participant's schedule. This is because the participant has a 'left' participant_status, so they are not training with you currently.` | `participant_status` is `left` (this includes deferred and withdrawn participants whose training period has ended) |
         *     | 14 | `participant_id` | `Cannot perform actions on a withdrawn participant` | withdrawn, with a training period that ends in the future |
         *     | 15 | `participant_id` | `You cannot change this participant's schedule as they are due to start with another lead provider in the future.` | a later training period in the same role exists, with any provider |
         *
         *     The cohort message really does say `contract_period`: the service's wording, kept as it is.
         */
        put: operations["changeParticipantSchedule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/participants/{id}/defer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The participant's id. */
                id: components["parameters"]["ParticipantId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Defer a participant
         * @description Reports that a participant is pausing their training with you (for example for parental leave) and expects
         *     to come back. It acts on the latest training period with you in the role named by `course_identifier`.
         *     Afterwards that enrolment shows `training_status: deferred`, a `deferral` with your reason and the time, and
         *     `participant_status: left` (the training period ends today). Declarations can still be submitted for a
         *     deferred participant. Use [resume](#operation/resumeParticipant) when they return.
         *
         *     The service checks, in this order:
         *
         *     1. The body has `data.attributes` with at least one of `reason` and `course_identifier`; otherwise `400`
         *        (`Correct json data structure required. See API docs for reference.`). This is checked before the
         *        participant is looked up.
         *     2. The participant is one you can see; otherwise `404`.
         *     3. The rules below; each failure is a `422`.
         *
         *     | # | title | detail | when |
         *     | --- | --- | --- | --- |
         *     | 1 | `course_identifier` | `Enter a '#/course_identifier'.` | `course_identifier` missing or not `ecf-induction`/`ecf-mentor` |
         *     | 2 | `course_identifier` | `The entered '#/course_identifier' is not recognised for the given participant. Check details and try again.` | the participant has no training period with you in that role |
         *     | 3 | `reason` | `Enter a '#/reason'.` | `reason` missing or blank |
         *     | 4 | `reason` | `The entered '#/reason' is not recognised for the given participant. Check details and try again.` | `reason` not one of the listed values |
         *     | 5 | `participant_id` | `The '#/participant_id' is already deferred.` | already deferred |
         *     | 6 | `participant_id` | `The '#/participant_id' is already withdrawn.` | withdrawn (a withdrawn participant cannot be deferred) |
         *     | 7 | `participant_id` | `You cannot defer #/participant_id. This is because they have not been training with you for at least one day.` | the training period starts in the future |
         *     | 8 | `participant_id` | `You cannot defer or withdraw this participant today. You need to try again tomorrow as the training was recently changed for this participant.` | the training period started today |
         */
        put: operations["deferParticipant"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/participants/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The participant's id. */
                id: components["parameters"]["ParticipantId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Resume a participant
         * @description Reports that a deferred or withdrawn participant is training with you again. A new training period starts
         *     today, at the same school, with the same partnership and schedule, and runs to the end of the participant's
         *     time at that school; the enrolment shows `training_status: active` again. Withdrawn participants can be
         *     resumed.
         *
         *     The service checks, in this order:
         *
         *     1. The body has `data.attributes.course_identifier`; otherwise `400`
         *        (`Correct json data structure required. See API docs for reference.`), because it is the only attribute
         *        this endpoint reads. This is checked before the participant is looked up.
         *     2. The participant is one you can see; otherwise `404`.
         *     3. The rules below; each failure is a `422`. Only the first failing `participant_id` rule is reported.
         *
         *     | # | title | detail | when |
         *     | --- | --- | --- | --- |
         *     | 1 | `course_identifier` | `Enter a '#/course_identifier'.` | `course_identifier` not `ecf-induction`/`ecf-mentor` |
         *     | 2 | `course_identifier` | `The entered '#/course_identifier' is not recognised for the given participant. Check details and try again.` | the participant has no training period with you in that role |
         *     | 3 | `participant_id` | `The '#/participant_id' is already active.` | the enrolment is already active |
         *     | 4 | `participant_id` | `This participant cannot be resumed because they are already active with another provider.` | another provider trains them at the same school today |
         *     | 5 | `participant_id` | `You cannot resume a participant on the same day they were withdrawn or deferred. Resume them tomorrow or later.` | the training period ended today |
         *     | 6 | `participant_id` | `The participant is no longer at the school. Please contact the induction tutor to resolve.` | the participant's time at the school has ended |
         */
        put: operations["resumeParticipant"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/participants/{id}/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The participant's id. */
                id: components["parameters"]["ParticipantId"];
            };
            cookie?: never;
        };
        /**
         * Get one participant's school moves
         * @description Returns the school moves of one participant. `404` when the participant has no move that concerns you.
         */
        get: operations["getParticipantTransfer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/participants/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The participant's id. */
                id: components["parameters"]["ParticipantId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Withdraw a participant
         * @description Reports that a participant has stopped training with you. It acts on the participant's latest training
         *     period with you in the role named by `course_identifier`. Afterwards that enrolment shows
         *     `training_status: withdrawn`, a `withdrawal` with your reason and the time, and `participant_status: left`
         *     (the training period ends today, or earlier if it had already ended). A deferred participant can be
         *     withdrawn. Declarations dated before the moment of withdrawal can still be made, and a withdrawn participant
         *     can be resumed.
         *
         *     The service checks, in this order:
         *
         *     1. The body has `data.attributes` with at least one of `reason` and `course_identifier`; otherwise `400`
         *        (`Correct json data structure required. See API docs for reference.`). This is checked before the
         *        participant is looked up.
         *     2. The participant is one you can see; otherwise `404`.
         *     3. The rules below; each failure is a `422`.
         *
         *     | # | title | detail | when |
         *     | --- | --- | --- | --- |
         *     | 1 | `course_identifier` | `Enter a '#/course_identifier'.` | `course_identifier` missing or not `ecf-induction`/`ecf-mentor` |
         *     | 2 | `course_identifier` | `The entered '#/course_identifier' is not recognised for the given participant. Check details and try again.` | the participant has no training period with you in that role |
         *     | 3 | `reason` | `Enter a '#/reason'.` | `reason` missing or blank |
         *     | 4 | `reason` | `The entered '#/reason' is not recognised for the given participant. Check details and try again.` | `reason` not one of the listed values (underscored spellings such as `left_teaching_profession` are rejected) |
         *     | 5 | `participant_id` | `The '#/participant_id' is already withdrawn.` | already withdrawn |
         *     | 6 | `participant_id` | `You cannot withdraw #/participant_id. This is because they have not been training with you for at least one day.` | the training period starts in the future |
         *     | 7 | `participant_id` | `You cannot defer or withdraw this participant today. You need to try again tomorrow as the training was recently changed for this participant.` | the training period started today |
         *     | 8 | `reason` | `You cannot withdraw an ECT for this reason. The ECT is not a mentor.` | `mentor-no-longer-being-mentor` for an ECT (only reported when nothing else failed) |
         */
        put: operations["withdrawParticipant"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/participants/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List participants who moved school
         * @description Returns the participants involved in a school move that concerns you: they left a school where you trained
         *     them, or joined one where you do. Each item's `id` is the participant's id and its `transfers` list every
         *     relevant move, oldest first.
         *
         *     A move is `unknown` while the joining school has not yet registered the participant (then `joining` is
         *     `null`), `new_provider` when the participant changes lead provider and `new_school` when they keep theirs.
         *     It stays `incomplete` while the leaving date or the joining date is still in the future.
         *
         *     Ordered by `created_at` ascending unless `sort` says otherwise.
         */
        get: operations["listParticipantTransfers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/partnerships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List partnerships
         * @description Returns your partnerships with schools.
         *
         *     Filters: `filter[cohort]` (comma-separated years), `filter[delivery_partner_id]` (comma-separated ids; an id
         *     that matches nothing just matches nothing) and `filter[updated_since]`. Ordered by `created_at` ascending
         *     unless `sort` says otherwise.
         */
        get: operations["listPartnerships"];
        put?: never;
        /**
         * Confirm a partnership with a school
         * @description Confirms that you will train a school's ECTs and mentors in a cohort, together with one of your delivery
         *     partners. Success is `200` (not `201`) with the new partnership. Other providers may also be in partnership
         *     with the same school in the same cohort. Participants the school had registered with only an expression of
         *     interest in you for that cohort are linked to the new partnership and appear in
         *     [the participant list](#operation/listParticipants). A second delivery partner for the same school and
         *     cohort can only be added by DfE.
         *
         *     The service first needs `data.attributes` with at least one of `cohort`, `school_id` and
         *     `delivery_partner_id`; otherwise `400` (`Correct json data structure required. See API docs for reference.`).
         *     `data.type` is not checked. Then, in this order, each failure a `422` (only one `cohort` error is reported):
         *
         *     | # | title | detail | when |
         *     | --- | --- | --- | --- |
         *     | 1 | `cohort` | `Enter a '#/cohort'.` | `cohort` missing or blank |
         *     | 2 | `school_id` | `Enter a '#/school_id'.` | `school_id` missing or blank |
         *     | 3 | `delivery_partner_id` | `Enter a '#/delivery_partner_id'.` | `delivery_partner_id` missing or blank |
         *     | 4 | `cohort` | `The '#/cohort' you have entered is invalid. Check cohort details and try again.` | no such cohort |
         *     | 5 | `cohort` | `You cannot create a partnership for a future cohort.` | the cohort has not started yet |
         *     | 6 | `cohort` | `You cannot create this partnership as the cohort is closed.` | the cohort is closed (2021 and 2022) |
         *     | 7 | `school_id` | `The '#/school_id' you have entered is invalid. Check school details and try again. Contact the DfE for support if you are unable to find the '#/school_id'.` | no such school |
         *     | 8 | `school_id` | `The school you have entered is currently ineligible for DfE funding. Contact the school for more information.` | the school is not eligible for funding |
         *     | 9 | `delivery_partner_id` | `The '#/delivery_partner_id' you have entered is invalid. Check delivery partner details and try again.` | no such delivery partner |
         *     | 10 | `delivery_partner_id` | `The entered delivery partner is not recognised to be working in partnership with you for the given cohort. Contact the DfE for more information.` | the delivery partner does not work with you in that cohort (also reported when the cohort is missing or unknown) |
         *     | 11 | `school_id` | `You are already in a confirmed partnership with this school for the entered cohort.` | you already have a partnership with the school in that cohort, with any delivery partner |
         *     | 12 | `school_id` | `This school has only registered school-led participants. Contact the school for more information.` | the school chose school-led training for that cohort |
         */
        post: operations["createPartnership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/partnerships/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The partnership's id. */
                id: components["parameters"]["PartnershipId"];
            };
            cookie?: never;
        };
        /**
         * Get a partnership
         * @description Returns one of your partnerships. `404` for another provider's partnership.
         */
        get: operations["getPartnership"];
        /**
         * Change a partnership's delivery partner
         * @description Names another of your delivery partners for an existing partnership. The partnership keeps its `id`.
         *     Declarations made from now on carry the new delivery partner; existing declarations keep the one they were
         *     made with. The `updated_at` of the affected participants and declarations moves on, so they show up in
         *     your next `updated_since` sync. There is no check on whether the cohort is still open.
         *
         *     Unlike the other write endpoints, the partnership is looked up first (`404` if it is not yours) and the body
         *     checked second: `data.attributes` must be present with `delivery_partner_id`, otherwise `400`
         *     (`Correct json data structure required. See API docs for reference.`). Then, each failure a `422`:
         *
         *     | # | title | detail | when |
         *     | --- | --- | --- | --- |
         *     | 1 | `delivery_partner_id` | `Enter a '#/delivery_partner_id'.` | `delivery_partner_id` blank |
         *     | 2 | `delivery_partner_id` | `The '#/delivery_partner_id' you have entered is invalid. Check delivery partner details and try again.` | no such delivery partner |
         *     | 3 | `delivery_partner_id` | `The entered delivery partner is not recognised to be working in partnership with you for the given cohort. Contact the DfE for more information.` | the delivery partner does not work with you in the partnership's cohort |
         *     | 4 | `delivery_partner_id` | `We are unable to process this request. You are already confirmed to be in partnership with the entered delivery partner. Contact the DfE for support.` | the school already has a partnership with you and that delivery partner, including this one (sending the current delivery partner) |
         */
        put: operations["updatePartnership"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/schools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List schools for a cohort
         * @description Returns the schools you could work with in one cohort: schools eligible for funding, and schools already in a
         *     partnership that cohort. The `filter[cohort]` key is required; without it the answer is `400`, title
         *     `Bad parameter`, detail `The filter '#/cohort' must be included in your request`. A cohort that does not
         *     exist, or a blank value (`filter[cohort]=`), gives an empty list. The year's leading digits are used
         *     (`2025abc` is 2025); a list (`filter[cohort][]=2025`) takes its earliest year. Every attribute describes the
         *     school in that cohort.
         *
         *     Filters: `filter[cohort]` (one year, required), `filter[urn]` (the leading digits are used, so
         *     `123456,999999` finds school 123456 only) and `filter[updated_since]`. Ordered by `created_at` ascending
         *     unless `sort` says otherwise.
         */
        get: operations["listSchools"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/schools/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The school's id. */
                id: components["parameters"]["SchoolId"];
            };
            cookie?: never;
        };
        /**
         * Get a school for a cohort
         * @description Returns one school as it stands in one cohort. `filter[cohort]` is required, as for the list; a cohort
         *     that does not exist, or a school you could not work with in that cohort, gives `404`.
         */
        get: operations["getSchool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List statements
         * @description Returns your output-fee statements: the ones declarations are paid and clawed back on. Service-fee
         *     statements are never returned. Always ordered by `payment_date` ascending; this endpoint does not take
         *     `sort`.
         *
         *     Filters: `filter[cohort]` (comma-separated years, read as for participants) and `filter[updated_since]`.
         */
        get: operations["listStatements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/statements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The statement's id. */
                id: components["parameters"]["StatementId"];
            };
            cookie?: never;
        };
        /**
         * Get a statement
         * @description Returns one of your output-fee statements. A service-fee statement gets `404`, even with a correct id.
         */
        get: operations["getStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/unfunded-mentors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List unfunded mentors
         * @description Returns the mentors assigned (now or from a future date) to ECTs you train, when you do not train the mentor
         *     yourself, as ECT or mentor. They appear as `mentor_id` on your ECTs' enrolments and declarations; this is
         *     where you find their names and emails.
         *
         *     Filter: `filter[updated_since]`. Ordered by `created_at` ascending unless `sort` says otherwise.
         */
        get: operations["listUnfundedMentors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/unfunded-mentors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unfunded mentor's id (a participant id). */
                id: components["parameters"]["UnfundedMentorId"];
            };
            cookie?: never;
        };
        /**
         * Get an unfunded mentor
         * @description Returns one unfunded mentor of your ECTs. `404` for a mentor you train yourself, or who mentors none of
         *     your ECTs.
         */
        get: operations["getUnfundedMentor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description A cohort year: the year of the contract that funds the training. `2025` covers training starting in the
         *     2025/26 academic year.
         * @example 2025
         */
        Cohort: string;
        /**
         * @description One or more cohort years, separated by commas (or sent as a list, `filter[cohort][]=2025`). Items that are
         *     not years are ignored.
         * @example 2025
         * @example 2024,2025
         */
        CohortList: string;
        /**
         * @description `ecf-induction` for an ECT, `ecf-mentor` for a mentor.
         * @enum {string}
         */
        CourseIdentifier: "ecf-induction" | "ecf-mentor";
        /**
         * @description The declaration. Which shape applies depends on the participant's cohort and role, which the service looks
         *     up from `participant_id` and `course_identifier`.
         */
        DeclarationCreateAttributes: components["schemas"]["DeclarationPre2025Attributes"] | components["schemas"]["DeclarationFrom2025EctAttributes"] | components["schemas"]["DeclarationFrom2025MentorAttributes"];
        /**
         * Format: date-time
         * @description When the participant reached the milestone, in RFC 3339 (`2025-10-01T10:00:00Z`; an offset such as `+01:00`
         *     is accepted too). Not in the future, and within the milestone's dates. Send the offset: without one, the
         *     service checks the time as UTC against now, the milestone dates and a withdrawal, but stores it (and checks
         *     its sequence) as London time, so `2025-10-01T10:00:00` is stored as `2025-10-01T09:00:00Z`.
         * @example 2025-10-01T10:00:00Z
         */
        DeclarationDate: string;
        /** @description Declarations for ECTs in cohorts from 2025. */
        DeclarationFrom2025EctAttributes: components["schemas"]["DeclarationFrom2025EctStartedAttributes"] | components["schemas"]["DeclarationFrom2025EctRetainedAttributes"] | components["schemas"]["DeclarationFrom2025EctRetained2Attributes"] | components["schemas"]["DeclarationFrom2025EctCompletedAttributes"] | components["schemas"]["DeclarationFrom2025EctExtendedAttributes"];
        /** @description `completed`, ECTs in cohorts from 2025. */
        DeclarationFrom2025EctCompletedAttributes: {
            /** @constant */
            course_identifier: "ecf-induction";
            declaration_date: components["schemas"]["DeclarationDate"];
            /** @constant */
            declaration_type: "completed";
            /** @enum {string} */
            evidence_held: "75-percent-engagement-met" | "75-percent-engagement-met-reduced-induction" | "one-term-induction";
            participant_id: components["schemas"]["DeclaredParticipantId"];
        };
        /** @description `extended-1` to `extended-3`, ECTs in cohorts from 2025 on an extended schedule. */
        DeclarationFrom2025EctExtendedAttributes: {
            /** @constant */
            course_identifier: "ecf-induction";
            declaration_date: components["schemas"]["DeclarationDate"];
            /** @enum {string} */
            declaration_type: "extended-1" | "extended-2" | "extended-3";
            evidence_held: components["schemas"]["EvidenceOfEngagement"];
            participant_id: components["schemas"]["DeclaredParticipantId"];
        };
        /** @description `retained-2`, ECTs in cohorts from 2025: you confirm whether the 75% engagement threshold was met. */
        DeclarationFrom2025EctRetained2Attributes: {
            /** @constant */
            course_identifier: "ecf-induction";
            declaration_date: components["schemas"]["DeclarationDate"];
            /** @constant */
            declaration_type: "retained-2";
            /** @enum {string} */
            evidence_held: "75-percent-engagement-met" | "75-percent-engagement-met-reduced-induction";
            participant_id: components["schemas"]["DeclaredParticipantId"];
        };
        /** @description `retained-1`, `retained-3` and `retained-4`, ECTs in cohorts from 2025. */
        DeclarationFrom2025EctRetainedAttributes: {
            /** @constant */
            course_identifier: "ecf-induction";
            declaration_date: components["schemas"]["DeclarationDate"];
            /** @enum {string} */
            declaration_type: "retained-1" | "retained-3" | "retained-4";
            evidence_held: components["schemas"]["EvidenceOfEngagement"];
            participant_id: components["schemas"]["DeclaredParticipantId"];
        };
        /** @description `started`, ECTs in cohorts from 2025. */
        DeclarationFrom2025EctStartedAttributes: {
            /** @constant */
            course_identifier: "ecf-induction";
            declaration_date: components["schemas"]["DeclarationDate"];
            /** @constant */
            declaration_type: "started";
            evidence_held: components["schemas"]["EvidenceOfEngagement"];
            participant_id: components["schemas"]["DeclaredParticipantId"];
        };
        /** @description Declarations for mentors in cohorts from 2025, who only have `started` and `completed`. */
        DeclarationFrom2025MentorAttributes: components["schemas"]["DeclarationFrom2025MentorStartedAttributes"] | components["schemas"]["DeclarationFrom2025MentorCompletedAttributes"];
        /** @description `completed`, mentors in cohorts from 2025. Ends the mentor's funded training. */
        DeclarationFrom2025MentorCompletedAttributes: {
            /** @constant */
            course_identifier: "ecf-mentor";
            declaration_date: components["schemas"]["DeclarationDate"];
            /** @constant */
            declaration_type: "completed";
            /** @enum {string} */
            evidence_held: "75-percent-engagement-met" | "75-percent-engagement-met-reduced-induction";
            participant_id: components["schemas"]["DeclaredParticipantId"];
        };
        /** @description `started`, mentors in cohorts from 2025. The service requires `evidence_held`. */
        DeclarationFrom2025MentorStartedAttributes: {
            /** @constant */
            course_identifier: "ecf-mentor";
            declaration_date: components["schemas"]["DeclarationDate"];
            /** @constant */
            declaration_type: "started";
            evidence_held: components["schemas"]["EvidenceOfEngagement"];
            participant_id: components["schemas"]["DeclaredParticipantId"];
        };
        /** @description Declarations for participants in cohorts 2021 to 2024, ECTs and mentors alike. */
        DeclarationPre2025Attributes: components["schemas"]["DeclarationPre2025StartedAttributes"] | components["schemas"]["DeclarationPre2025RetainedAttributes"] | components["schemas"]["DeclarationPre2025CompletedAttributes"] | components["schemas"]["DeclarationPre2025ExtendedAttributes"];
        /** @description `completed`, cohorts up to 2024. */
        DeclarationPre2025CompletedAttributes: {
            course_identifier: components["schemas"]["CourseIdentifier"];
            declaration_date: components["schemas"]["DeclarationDate"];
            /** @constant */
            declaration_type: "completed";
            evidence_held: components["schemas"]["EvidencePre2025"];
            participant_id: components["schemas"]["DeclaredParticipantId"];
        };
        /** @description `extended-1` to `extended-3`, cohorts up to 2024, participants on an extended schedule. */
        DeclarationPre2025ExtendedAttributes: {
            course_identifier: components["schemas"]["CourseIdentifier"];
            declaration_date: components["schemas"]["DeclarationDate"];
            /** @enum {string} */
            declaration_type: "extended-1" | "extended-2" | "extended-3";
            evidence_held: components["schemas"]["EvidencePre2025"];
            participant_id: components["schemas"]["DeclaredParticipantId"];
        };
        /** @description `retained-1` to `retained-4`, cohorts up to 2024. */
        DeclarationPre2025RetainedAttributes: {
            course_identifier: components["schemas"]["CourseIdentifier"];
            declaration_date: components["schemas"]["DeclarationDate"];
            /** @enum {string} */
            declaration_type: "retained-1" | "retained-2" | "retained-3" | "retained-4";
            evidence_held: components["schemas"]["EvidencePre2025"];
            participant_id: components["schemas"]["DeclaredParticipantId"];
        };
        /** @description `started`, cohorts up to 2024. No evidence is needed; any `evidence_held` sent is discarded. */
        DeclarationPre2025StartedAttributes: {
            course_identifier: components["schemas"]["CourseIdentifier"];
            declaration_date: components["schemas"]["DeclarationDate"];
            /** @constant */
            declaration_type: "started";
            /** @description Not needed; any value is accepted and discarded. */
            evidence_held?: string | null;
            participant_id: components["schemas"]["DeclaredParticipantId"];
        };
        /**
         * @description Where a declaration is in its life:
         *
         *     - `submitted`: accepted, but the participant is not (yet) eligible for funding; no statement.
         *     - `eligible`: will be paid; on an open statement.
         *     - `payable`: its statement has passed its cut-off date and is being prepared for payment.
         *     - `paid`: paid on its statement.
         *     - `voided`: withdrawn by you (or DfE) before payment; no statement.
         *     - `awaiting-clawback`: voided after payment; the money will be taken back on `clawback_statement_id`.
         *     - `clawed-back`: the money has been taken back.
         *
         *     There is no `ineligible` state.
         * @enum {string}
         */
        DeclarationState: "submitted" | "eligible" | "payable" | "paid" | "voided" | "awaiting-clawback" | "clawed-back";
        /**
         * @description The milestone being declared. `extended-1` to `extended-3` only exist on `ecf-extended-*` schedules, and
         *     mentors in cohorts from 2025 only have `started` and `completed`.
         * @enum {string}
         */
        DeclarationType: "started" | "retained-1" | "retained-2" | "retained-3" | "retained-4" | "completed" | "extended-1" | "extended-2" | "extended-3";
        /**
         * Format: uuid
         * @description The id of the participant you are declaring for.
         */
        DeclaredParticipantId: string;
        /**
         * @description Why a participant's training was deferred.
         * @enum {string}
         */
        DeferralReason: "bereavement" | "long-term-sickness" | "parental-leave" | "career-break" | "other";
        /** @description An organisation you work with to deliver training at schools. */
        DeliveryPartner: {
            attributes: components["schemas"]["DeliveryPartnerAttributes"];
            /**
             * Format: uuid
             * @description The delivery partner's id.
             */
            id: string;
            /** @constant */
            type: "delivery-partner";
        };
        DeliveryPartnerAttributes: {
            /** @description The cohorts in which you may report partnerships with this delivery partner. */
            cohort: components["schemas"]["Cohort"][];
            /**
             * Format: date-time
             * @description When the delivery partner was created.
             */
            created_at: string;
            /** @description The delivery partner's name. */
            name: string;
            /**
             * Format: date-time
             * @description When the delivery partner last changed.
             */
            updated_at: string;
        };
        /** @description A page of delivery partners. */
        DeliveryPartnerListResponse: {
            data: components["schemas"]["DeliveryPartner"][];
        };
        /** @description One delivery partner. */
        DeliveryPartnerResponse: {
            data: components["schemas"]["DeliveryPartner"];
        };
        /** @description Filters for the delivery partner list. */
        DeliveryPartnersFilter: {
            cohort?: components["schemas"]["CohortList"];
        };
        /** @description One error. */
        ErrorEntry: {
            /** @description The message, exactly as listed on each operation. */
            detail: string;
            /**
             * @description For `422`, the attribute at fault (`participant_id`, `declaration_date`, `cohort`...); otherwise a short
             *     name for the problem (`Bad request`, `Bad parameter`, `Resource not found`).
             */
            title: string;
        };
        /**
         * @description The body of every error except `401` and `429`. `422` bodies have one entry per message; the others have
         *     one entry.
         * @example {
         *       "errors": [
         *         {
         *           "title": "Resource not found",
         *           "detail": "Nothing could be found for the provided details"
         *         }
         *       ]
         *     }
         */
        ErrorResponse: {
            errors: components["schemas"]["ErrorEntry"][];
        };
        /**
         * @description The evidence you hold that the participant reached the milestone. Which values are accepted depends on the
         *     cohort, role and declaration type: see [creating a declaration](#operation/createParticipantDeclaration).
         * @enum {string}
         */
        EvidenceHeld: "training-event-attended" | "self-study-material-completed" | "materials-engaged-with-offline" | "75-percent-engagement-met" | "75-percent-engagement-met-reduced-induction" | "one-term-induction" | "other";
        /**
         * @description Evidence values accepted from 2025 for `started`, `retained-1`, `retained-3`, `retained-4` and `extended-*` (ECTs) and `started` (mentors).
         * @enum {string}
         */
        EvidenceOfEngagement: "training-event-attended" | "self-study-material-completed" | "materials-engaged-with-offline" | "other";
        /**
         * @description Evidence values accepted for cohorts up to 2024.
         * @enum {string}
         */
        EvidencePre2025: "training-event-attended" | "self-study-material-completed" | "other";
        /**
         * @description The kind of training the school chose for the cohort.
         * @enum {string}
         */
        InductionProgrammeChoice: "school_led" | "provider_led" | "not_yet_known";
        /**
         * @description Why a mentor's funded training has ended.
         * @enum {string}
         */
        MentorIneligibleForFundingReason: "completed_declaration_received" | "completed_during_early_roll_out" | "started_not_completed";
        /** @description Paging through a list. There is no total count; stop at the first empty page. */
        Pagination: {
            /**
             * @description The page number, from 1.
             * @default 1
             */
            page?: number;
            /**
             * @description Items per page. Values above 3000 are treated as 3000.
             * @default 100
             */
            per_page?: number;
        };
        /** @description A teacher you train or trained, as an ECT, a mentor or both. */
        Participant: {
            attributes: components["schemas"]["ParticipantAttributes"];
            /**
             * Format: uuid
             * @description The participant's id. It can change if DfE merges duplicate records (see `participant_id_changes`).
             */
            id: string;
            /** @constant */
            type: "participant";
        };
        ParticipantAttributes: {
            /**
             * @description At most two: the latest ECT training period and the latest mentor training period with you. Empty if
             *     neither exists any more.
             */
            ecf_enrolments: components["schemas"]["ParticipantEnrolment"][];
            /** @description The participant's full name. */
            full_name: string;
            /** @description Ids this participant had before DfE merged duplicate records into it. */
            participant_id_changes: components["schemas"]["ParticipantIdChange"][];
            /** @description The teacher reference number (TRN), when known. */
            teacher_reference_number: string | null;
            /**
             * Format: date-time
             * @description When anything in this participant's data last changed; what `filter[updated_since]` compares.
             */
            updated_at: string;
        };
        /** @description Move a participant in one role to another schedule and, optionally, another cohort. */
        ParticipantChangeScheduleRequest: {
            data: {
                attributes: {
                    /**
                     * @description The cohort to move to. Leave it out to keep the current cohort. A year that does not exist is
                     *     ignored (the current cohort is kept), not rejected.
                     * @example 2025
                     */
                    cohort?: string;
                    course_identifier: components["schemas"]["CourseIdentifier"];
                    schedule_identifier: components["schemas"]["ScheduleIdentifier"];
                };
                /**
                 * @description Optional; the service does not read it.
                 * @constant
                 */
                type?: "participant-change-schedule";
            };
        };
        /** @description A declaration that a participant reached a milestone. */
        ParticipantDeclaration: {
            attributes: components["schemas"]["ParticipantDeclarationAttributes"];
            /**
             * Format: uuid
             * @description The declaration's id.
             */
            id: string;
            /** @constant */
            type: "participant-declaration";
        };
        ParticipantDeclarationAttributes: {
            /**
             * Format: uuid
             * @description The statement a paid-then-voided declaration is clawed back on; otherwise `null`.
             */
            clawback_statement_id: string | null;
            course_identifier: components["schemas"]["CourseIdentifier"];
            /**
             * Format: date-time
             * @description When the declaration was made.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The date you declared, in UTC.
             */
            declaration_date: string;
            declaration_type: components["schemas"]["DeclarationType"];
            /**
             * Format: uuid
             * @description The delivery partner at the time the declaration was made. It never changes afterwards, even if the partnership's delivery partner does.
             */
            delivery_partner_id: string;
            /** @description The evidence you declared; `null` where none was needed (for example `started` up to 2024). */
            evidence_held: components["schemas"]["EvidenceHeld"] | null;
            /** @description Always `null`. Kept so that the attribute set matches DfE's document; the service never sets it. */
            ineligible_for_funding_reason: null;
            /** @description The lead provider whose training period the declaration was made on; another provider's name for declarations made before the participant came to you. */
            lead_provider_name: string;
            /**
             * Format: uuid
             * @description ECT declarations only; the mentor whose mentorship was closest to the declaration date when it was made. `null` for mentors.
             */
            mentor_id: string | null;
            /**
             * Format: uuid
             * @description The participant the declaration is for.
             */
            participant_id: string;
            state: components["schemas"]["DeclarationState"];
            /**
             * Format: uuid
             * @description The statement the declaration is (or was) paid on. `null` while `submitted`, and `null` again once
             *     `voided`. A declaration awaiting or after clawback keeps the statement it was paid on.
             */
            statement_id: string | null;
            /**
             * Format: date-time
             * @description When the declaration's type, date, state, statement, uplift or evidence last changed.
             */
            updated_at: string;
            /** @description `true` once the declaration has been paid and it carried a sparsity or pupil premium uplift (cohorts up to 2024, `started` only). It stays `true` when the paid declaration is voided into clawback: it reads the payment status, which a clawback leaves at paid. */
            uplift_paid: boolean;
        };
        /** @description A new declaration. */
        ParticipantDeclarationCreateRequest: {
            data: {
                attributes: components["schemas"]["DeclarationCreateAttributes"];
                /**
                 * @description Optional; the service does not read it.
                 * @constant
                 */
                type?: "participant-declaration";
            };
        };
        /** @description A page of declarations. */
        ParticipantDeclarationListResponse: {
            data: components["schemas"]["ParticipantDeclaration"][];
        };
        /** @description One declaration. */
        ParticipantDeclarationResponse: {
            data: components["schemas"]["ParticipantDeclaration"];
        };
        /** @description Filters for the declaration list. */
        ParticipantDeclarationsFilter: {
            cohort?: components["schemas"]["CohortList"];
            /**
             * @description One or more delivery partner ids, separated by commas, matched against the delivery partner each
             *     declaration was made with. Malformed ids are ignored.
             * @example 8bcefda8-40a0-41f8-a46f-2e753a31fe83
             */
            delivery_partner_id?: string;
            /**
             * @description One or more participant ids, separated by commas. Malformed ids are ignored.
             * @example c6d703f8-3d2a-44de-9f87-bfbc0e439059,00d74a07-217f-4fbc-8918-27259b9a2e55
             */
            participant_id?: string;
            updated_since?: components["schemas"]["UpdatedSince"];
        };
        /** @description The reason and time you gave when deferring the participant. */
        ParticipantDeferral: {
            /**
             * Format: date-time
             * @description When the deferral was recorded.
             */
            date: string;
            reason: components["schemas"]["DeferralReason"];
        };
        /** @description Defer a participant in one role. */
        ParticipantDeferRequest: {
            data: {
                attributes: {
                    course_identifier: components["schemas"]["CourseIdentifier"];
                    reason: components["schemas"]["DeferralReason"];
                };
                /**
                 * @description Optional; the service does not read it.
                 * @constant
                 */
                type?: "participant-defer";
            };
        };
        /** @description One role (ECT or mentor) of a participant with you, from their latest training period in that role. */
        ParticipantEnrolment: {
            cohort: components["schemas"]["Cohort"];
            /** @description The participant was moved out of a cohort whose payments are frozen. */
            cohort_changed_after_payments_frozen: boolean;
            /**
             * Format: date-time
             * @description When the participant was first registered at a school in this role.
             */
            created_at: string;
            /** @description Present when `training_status` is `deferred`, otherwise `null`. */
            deferral: components["schemas"]["ParticipantDeferral"] | null;
            /**
             * Format: uuid
             * @description The delivery partner of the partnership this training period belongs to.
             */
            delivery_partner_id: string;
            /**
             * @description Whether DfE funds this role's training: `true` once the participant became eligible (and was not later
             *     made ineligible), `false` if ineligibility came first, `null` while neither has been decided.
             */
            eligible_for_funding: boolean | null;
            /** @description The email address the school registered for this role. */
            email: string;
            /**
             * Format: date
             * @description ECTs only; when induction was passed or failed.
             */
            induction_end_date: string | null;
            /**
             * Format: date
             * @description Mentors only; the date of their `completed` declaration, which ends funded mentor training.
             */
            mentor_funding_end_date: string | null;
            /**
             * Format: uuid
             * @description ECTs only; the participant id of their current mentor (a mentorship ending today is still current) or else their next one. Always `null` for mentors.
             */
            mentor_id: string | null;
            /** @description Mentors only; why their funded training ended, otherwise `null`. */
            mentor_ineligible_for_funding_reason: components["schemas"]["MentorIneligibleForFundingReason"] | null;
            /**
             * Format: date
             * @description ECTs only; when their most recent induction period ended.
             */
            most_recent_induction_period_end_date: string | null;
            /**
             * Format: date
             * @description ECTs only; when induction started, as recorded by the appropriate body. Once it is set the ECT is eligible for funding.
             */
            overall_induction_start_date: string | null;
            participant_status: components["schemas"]["ParticipantStatus"];
            participant_type: components["schemas"]["ParticipantType"];
            /** @description The school attracts the pupil premium uplift for this cohort. Always `false` from 2025. */
            pupil_premium_uplift: boolean;
            schedule_identifier: components["schemas"]["ScheduleIdentifier"];
            /** @description The URN of the school. */
            school_urn: string;
            /** @description The school attracts the sparsity uplift for this cohort. Always `false` from 2025. */
            sparsity_uplift: boolean;
            /**
             * Format: uuid
             * @description The id of this role's training record. It differs between the ECT and mentor roles and does not change when participant records are merged.
             */
            training_record_id: string;
            training_status: components["schemas"]["TrainingStatus"];
            /** @description Present when `training_status` is `withdrawn`, otherwise `null`. */
            withdrawal: components["schemas"]["ParticipantWithdrawal"] | null;
            /** @description ECTs only; `null` for mentors and when the school has not said. */
            working_pattern: components["schemas"]["WorkingPattern"] | null;
        };
        /** @description A merge of a duplicate participant record into this one. */
        ParticipantIdChange: {
            /**
             * Format: date-time
             * @description When the merge happened.
             */
            changed_at: string;
            /**
             * Format: uuid
             * @description The id that was retired.
             */
            from_participant_id: string;
            /**
             * Format: uuid
             * @description The id that replaced it.
             */
            to_participant_id: string;
        };
        /** @description A page of participants. */
        ParticipantListResponse: {
            data: components["schemas"]["Participant"][];
        };
        /** @description One participant. */
        ParticipantResponse: {
            data: components["schemas"]["Participant"];
        };
        /** @description Resume a participant in one role. */
        ParticipantResumeRequest: {
            data: {
                attributes: {
                    course_identifier: components["schemas"]["CourseIdentifier"];
                };
                /**
                 * @description Optional; the service does not read it.
                 * @constant
                 */
                type?: "participant-resume";
            };
        };
        /** @description Filters for the participant list. */
        ParticipantsFilter: {
            cohort?: components["schemas"]["CohortList"];
            /**
             * Format: uuid
             * @description An id that was merged into another participant; returns the participant it now belongs to.
             */
            from_participant_id?: string;
            training_status?: components["schemas"]["TrainingStatus"];
            updated_since?: components["schemas"]["UpdatedSince"];
        };
        /**
         * @description Whether the participant is training now, by the dates of their training period: `joining` before it starts,
         *     `leaving` when it has an end date in the future, `left` once it has ended (and straight away after a
         *     deferral or withdrawal), otherwise `active`. An ECT who has completed induction, or a mentor who has
         *     completed training, within the period stays `active`.
         * @enum {string}
         */
        ParticipantStatus: "active" | "joining" | "leaving" | "left";
        /** @description A participant's school moves that concern you. */
        ParticipantTransfer: {
            attributes: components["schemas"]["ParticipantTransferAttributes"];
            /**
             * Format: uuid
             * @description The participant's id.
             */
            id: string;
            /** @constant */
            type: "participant-transfer";
        };
        ParticipantTransferAttributes: {
            /** @description The moves, oldest first. */
            transfers: components["schemas"]["SchoolTransfer"][];
            /**
             * Format: date-time
             * @description When the most recently changed of these moves last changed.
             */
            updated_at: string;
        };
        /** @description A page of participants with school moves. */
        ParticipantTransferListResponse: {
            data: components["schemas"]["ParticipantTransfer"][];
        };
        /** @description One participant's school moves. */
        ParticipantTransferResponse: {
            data: components["schemas"]["ParticipantTransfer"];
        };
        /** @description Filters for the list of participants who moved school. */
        ParticipantTransfersFilter: {
            updated_since?: components["schemas"]["UpdatedSince"];
        };
        /**
         * @description Which role an enrolment is for.
         * @enum {string}
         */
        ParticipantType: "ect" | "mentor";
        /** @description The reason and time you gave when withdrawing the participant. */
        ParticipantWithdrawal: {
            /**
             * Format: date-time
             * @description When the withdrawal was recorded.
             */
            date: string;
            reason: components["schemas"]["WithdrawalReason"];
        };
        /** @description Withdraw a participant in one role. */
        ParticipantWithdrawRequest: {
            data: {
                attributes: {
                    course_identifier: components["schemas"]["CourseIdentifier"];
                    reason: components["schemas"]["WithdrawalReason"];
                };
                /**
                 * @description Optional; the service does not read it.
                 * @constant
                 */
                type?: "participant-withdraw";
            };
        };
        /** @description Your partnership with a school in one cohort, with one delivery partner. */
        Partnership: {
            attributes: components["schemas"]["PartnershipAttributes"];
            /**
             * Format: uuid
             * @description The partnership's id. It stays the same when the delivery partner changes.
             */
            id: string;
            /** @constant */
            type: "partnership";
        };
        PartnershipAttributes: {
            cohort: components["schemas"]["Cohort"];
            /**
             * Format: date-time
             * @description When you confirmed the partnership.
             */
            created_at: string;
            /**
             * Format: uuid
             * @description The delivery partner's id.
             */
            delivery_partner_id: string;
            /** @description The delivery partner's name. */
            delivery_partner_name: string;
            /** @description The induction tutor's email, or else the school's contact email, if any. */
            induction_tutor_email: string | null;
            /** @description The school's induction tutor, if named. */
            induction_tutor_name: string | null;
            /** @description How many training periods on this partnership are running today; a period ending today (a participant withdrawn today, for example) still counts. */
            participants_currently_training: number;
            /**
             * Format: uuid
             * @description The school's id.
             */
            school_id: string;
            /**
             * Format: date-time
             * @description When the partnership last changed.
             */
            updated_at: string;
            /** @description The school's URN. */
            urn: string;
        };
        /** @description A new partnership. */
        PartnershipCreateRequest: {
            data: {
                attributes: {
                    /**
                     * @description The cohort year of the partnership. It must have started and not be closed.
                     * @example 2025
                     */
                    cohort: string;
                    /**
                     * Format: uuid
                     * @description One of your delivery partners for that cohort.
                     */
                    delivery_partner_id: string;
                    /**
                     * Format: uuid
                     * @description The school's id, from the school list.
                     */
                    school_id: string;
                };
                /**
                 * @description Optional; the service does not read it.
                 * @constant
                 */
                type?: "partnership";
            };
        };
        /** @description A page of partnerships. */
        PartnershipListResponse: {
            data: components["schemas"]["Partnership"][];
        };
        /** @description One partnership. */
        PartnershipResponse: {
            data: components["schemas"]["Partnership"];
        };
        /** @description Filters for the partnership list. */
        PartnershipsFilter: {
            cohort?: components["schemas"]["CohortList"];
            /**
             * @description One or more delivery partner ids, separated by commas.
             * @example 8bcefda8-40a0-41f8-a46f-2e753a31fe83,a1ae4c3c-e5c7-405b-a713-8297a1eb124c
             */
            delivery_partner_id?: string;
            updated_since?: components["schemas"]["UpdatedSince"];
        };
        /** @description A new delivery partner for a partnership. */
        PartnershipUpdateRequest: {
            data: {
                attributes: {
                    /**
                     * Format: uuid
                     * @description Another of your delivery partners for the partnership's cohort.
                     */
                    delivery_partner_id: string;
                };
                /**
                 * @description Optional; the service does not read it.
                 * @constant
                 */
                type?: "partnership";
            };
        };
        /**
         * @description The body of the `404` for a path no operation has, or a method a path does not support (for example
         *     `DELETE /api/v3/participants` or `GET /api/v3/participants/{id}/defer`).
         *     Note `error` (a string), not `errors`; it has no `ETag` and no `Cache-Control`, and it is answered before the
         *     token is checked. An unknown *id* on a real path is the usual `errors` body instead.
         */
        RouteNotFoundResponse: {
            /** @constant */
            error: "Resource not found";
        };
        /**
         * @description A training schedule; the month is when training starts. Each cohort has its own copy of every schedule.
         *     `ecf-reduced-*` is for ECTs only and `ecf-replacement-*` for mentors only; `ecf-extended-*` adds the
         *     `extended-1` to `extended-3` milestones.
         * @enum {string}
         */
        ScheduleIdentifier: "ecf-standard-september" | "ecf-standard-january" | "ecf-standard-april" | "ecf-extended-september" | "ecf-extended-january" | "ecf-extended-april" | "ecf-reduced-september" | "ecf-reduced-january" | "ecf-reduced-april" | "ecf-replacement-september" | "ecf-replacement-january" | "ecf-replacement-april";
        /** @description A school as it stands in one cohort. */
        School: {
            attributes: components["schemas"]["SchoolAttributes"];
            /**
             * Format: uuid
             * @description The school's id.
             */
            id: string;
            /** @constant */
            type: "school";
        };
        SchoolAttributes: {
            cohort: components["schemas"]["Cohort"];
            /**
             * Format: date-time
             * @description When the school's record for this cohort was created.
             */
            created_at: string;
            /** @description The school registered an expression of interest in you, or you have a partnership with it, in this cohort. */
            expression_of_interest: boolean;
            /** @description Any lead provider (not only you) has a partnership with the school in this cohort. */
            in_partnership: boolean;
            induction_programme_choice: components["schemas"]["InductionProgrammeChoice"];
            /** @description The induction tutor's email; only shown when `expression_of_interest` is `true`. */
            induction_tutor_email: string | null;
            /** @description The school's induction tutor; only shown when `expression_of_interest` is `true`. */
            induction_tutor_name: string | null;
            /** @description The school's name. */
            name: string;
            /**
             * Format: date-time
             * @description When the school's record for this cohort last changed.
             */
            updated_at: string;
            /** @description The school's URN. */
            urn: string;
        };
        /** @description The cohort a single school is seen through. Required. */
        SchoolFilter: {
            /**
             * @description The cohort year. An unknown year or a blank value gives `404`.
             * @example 2025
             */
            cohort: string;
        };
        /** @description A page of schools in one cohort. */
        SchoolListResponse: {
            data: components["schemas"]["School"][];
        };
        /** @description One school in one cohort. */
        SchoolResponse: {
            data: components["schemas"]["School"];
        };
        /** @description Filters for the school list. `cohort` is required. */
        SchoolsFilter: {
            /**
             * @description The one cohort year the schools are seen through. The key is required; an unknown year or a blank value
             *     gives an empty list.
             * @example 2025
             */
            cohort: string;
            updated_since?: components["schemas"]["UpdatedSince"];
            /**
             * @description A school's URN. Only the leading digits are used.
             * @example 123456
             */
            urn?: string;
        };
        /** @description One move from one school to another. */
        SchoolTransfer: {
            /**
             * Format: date-time
             * @description When the training period at the school being left was created.
             */
            created_at: string;
            /** @description The school being joined; `null` while it has not registered the participant. */
            joining: components["schemas"]["SchoolTransferSide"] | null;
            leaving: components["schemas"]["SchoolTransferSide"];
            status: components["schemas"]["TransferStatus"];
            /**
             * Format: uuid
             * @description The training record id of the role (ECT or mentor) that moved.
             */
            training_record_id: string;
            transfer_type: components["schemas"]["TransferType"];
        };
        /** @description One end of a school move. */
        SchoolTransferSide: {
            /**
             * Format: date
             * @description The end date of the participant's training period at this school, when it has one: for the school
             *     being left, the last day there. For the school being joined this is usually `null`; the service does
             *     not give the joining date here.
             */
            date: string | null;
            /** @description The lead provider training the participant there; `null` for school-led training. */
            provider: string | null;
            /** @description The school's URN. */
            school_urn: string;
        };
        /**
         * @description A sort key; a leading `-` sorts descending.
         * @enum {string}
         */
        SortByTimestamps: "created_at" | "-created_at" | "updated_at" | "-updated_at";
        /** @description A financial statement on which declarations are paid and clawed back. */
        Statement: {
            attributes: components["schemas"]["StatementAttributes"];
            /**
             * Format: uuid
             * @description The statement's id, as in `statement_id` and `clawback_statement_id` on declarations.
             */
            id: string;
            /** @constant */
            type: "statement";
        };
        StatementAttributes: {
            cohort: components["schemas"]["Cohort"];
            /**
             * Format: date-time
             * @description When the statement was created.
             */
            created_at: string;
            /**
             * Format: date
             * @description The last day declarations can join this statement.
             */
            cut_off_date: string;
            month: components["schemas"]["StatementMonth"];
            /** @description DfE has paid the statement. */
            paid: boolean;
            /**
             * Format: date
             * @description When DfE expects to pay the statement.
             */
            payment_date: string;
            /**
             * Format: date-time
             * @description When the statement last changed.
             */
            updated_at: string;
            /** @description The calendar year of the statement. */
            year: string;
        };
        /** @description A page of statements. */
        StatementListResponse: {
            data: components["schemas"]["Statement"][];
        };
        /**
         * @description The month of the statement, in full.
         * @enum {string}
         */
        StatementMonth: "January" | "February" | "March" | "April" | "May" | "June" | "July" | "August" | "September" | "October" | "November" | "December";
        /** @description One statement. */
        StatementResponse: {
            data: components["schemas"]["Statement"];
        };
        /** @description Filters for the statement list. */
        StatementsFilter: {
            cohort?: components["schemas"]["CohortList"];
            updated_since?: components["schemas"]["UpdatedSince"];
        };
        /**
         * @description What you last reported about the training (deferring, withdrawing or resuming).
         * @enum {string}
         */
        TrainingStatus: "active" | "deferred" | "withdrawn";
        /**
         * @description `incomplete` while the leaving date or the joining date is still in the future.
         * @enum {string}
         */
        TransferStatus: "incomplete" | "complete";
        /**
         * @description `new_provider` when the participant changes lead provider with the move, `new_school` when they keep
         *     theirs, `unknown` while the joining school has not registered them.
         * @enum {string}
         */
        TransferType: "new_school" | "new_provider" | "unknown";
        /** @description The body of a `401`. Note `error` (a string), not `errors`. */
        UnauthorizedResponse: {
            /** @constant */
            error: "HTTP Token: Access denied";
        };
        /** @description A mentor of one of your ECTs whom you do not train. */
        UnfundedMentor: {
            attributes: components["schemas"]["UnfundedMentorAttributes"];
            /**
             * Format: uuid
             * @description The mentor's participant id, as in `mentor_id`.
             */
            id: string;
            /** @constant */
            type: "unfunded-mentor";
        };
        UnfundedMentorAttributes: {
            /**
             * Format: date-time
             * @description When the mentor was created.
             */
            created_at: string;
            /** @description The mentor's email, from their latest mentor registration relevant to you. */
            email: string;
            /** @description The mentor's full name. */
            full_name: string;
            /** @description The mentor's TRN, when known. */
            teacher_reference_number: string | null;
            /**
             * Format: date-time
             * @description When the mentor last changed.
             */
            updated_at: string;
        };
        /** @description A page of unfunded mentors. */
        UnfundedMentorListResponse: {
            data: components["schemas"]["UnfundedMentor"][];
        };
        /** @description One unfunded mentor. */
        UnfundedMentorResponse: {
            data: components["schemas"]["UnfundedMentor"];
        };
        /** @description Filters for the unfunded mentor list. */
        UnfundedMentorsFilter: {
            updated_since?: components["schemas"]["UpdatedSince"];
        };
        /**
         * @description Only records changed since this moment: a full date and time, `YYYY-MM-DDThh:mm:ss` with an optional
         *     fraction and `Z` or offset (no offset means UTC). A date alone is refused. Use `Z` rather than an offset: the
         *     service decodes this value twice, so `+` becomes a space.
         * @example 2025-10-01T09:30:00Z
         * @example 2025-10-01T09:30:00.123Z
         */
        UpdatedSince: string;
        /**
         * @description Why a participant was withdrawn. `mentor-no-longer-being-mentor` is only accepted for mentors.
         * @enum {string}
         */
        WithdrawalReason: "left-teaching-profession" | "moved-school" | "mentor-no-longer-being-mentor" | "switched-to-school-led" | "changed-lead-provider" | "other";
        /**
         * @description An ECT's working pattern, as reported by the school.
         * @enum {string}
         */
        WorkingPattern: "full_time" | "part_time";
    };
    responses: {
        /** @description A page, filter or `updated_since` value was not acceptable. */
        BadListQuery: {
            headers: {
                "Cache-Control": components["headers"]["CacheControlNoCache"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description `filter` was sent as a plain value (`?filter=abc`) rather than as `filter[...]` keys; the service checks this on
         *     every endpoint. The Lead Provider Kit sandbox also answers `400` when `X-With-Server-Date` cannot be read.
         */
        BadRequest: {
            headers: {
                "Cache-Control": components["headers"]["CacheControlNoCache"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description The body has no `data.attributes`, or none of the attributes this endpoint reads; or `filter` was sent as a
         *     plain value.
         */
        BadRequestBody: {
            headers: {
                "Cache-Control": components["headers"]["CacheControlNoCache"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description `filter[cohort]` is missing, or a page, filter or `updated_since` value was not acceptable. */
        BadSchoolsQuery: {
            headers: {
                "Cache-Control": components["headers"]["CacheControlNoCache"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description No record with this id is visible to you. */
        NotFound: {
            headers: {
                "Cache-Control": components["headers"]["CacheControlNoCache"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description The `If-None-Match` header you sent is exactly this response's current `ETag`: nothing changed. No body and
         *     no `Content-Type`; the `ETag` and `Cache-Control` are those the `200` would have carried. Only a `GET` is
         *     answered this way, and only on an exact match (`*` or a list of tags never match).
         */
        NotModified: {
            headers: {
                "Cache-Control": components["headers"]["CacheControlRevalidate"];
                ETag: components["headers"]["ETag"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description A path the API does not have, or a method a path does not support. */
        RouteNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RouteNotFoundResponse"];
            };
        };
        /**
         * @description More than 1,000 requests in a 5-minute period with this token: the plain-text body `Retry later` (with a
         *     newline) and no `Retry-After`, from DfE's service and from the Lead Provider Kit sandbox's rate limit alike.
         *     Back off and retry; do not parse the body. A `429` injected through the sandbox's control API (`POST
         *     /__sandbox/faults`) is the one exception: the JSON error format, with `Retry-After: 1`.
         */
        TooManyRequests: {
            headers: {
                "Cache-Control": components["headers"]["CacheControlNoCache"];
                /** @description Seconds to wait before trying again. Sent only on a 429 injected through the sandbox's control API. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
                "text/plain": string;
            };
        };
        /** @description The token is missing or unknown. */
        Unauthorized: {
            headers: {
                "Cache-Control": components["headers"]["CacheControlNoCache"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnauthorizedResponse"];
            };
        };
    };
    parameters: {
        /** @description The declaration's id. */
        DeclarationId: string;
        /** @description The delivery partner's id. */
        DeliveryPartnerId: string;
        /** @description Which page to return and how long pages are. Sent as `page[page]=2&page[per_page]=500`. */
        Page: components["schemas"]["Pagination"];
        /** @description The participant's id. */
        ParticipantId: string;
        /** @description The partnership's id. */
        PartnershipId: string;
        /** @description The school's id. */
        SchoolId: string;
        /**
         * @description Sandbox only (ignored in production): process the request as if the current time were this RFC 3339
         *     date-time, for example `2026-01-15T09:00:00Z`. The Lead Provider Kit sandbox answers `400` when it cannot
         *     read the value.
         */
        ServerDate: string;
        /**
         * @description Order of the list: `created_at` or `updated_at`, ascending, or descending with a leading `-`. The service
         *     also accepts several comma-separated keys (`-updated_at,created_at`) and silently ignores unknown ones.
         */
        Sort: components["schemas"]["SortByTimestamps"];
        /** @description The statement's id. */
        StatementId: string;
        /** @description The unfunded mentor's id (a participant id). */
        UnfundedMentorId: string;
    };
    requestBodies: never;
    headers: {
        /** @description The web framework's default on a response without an `ETag` (every error). */
        CacheControlNoCache: "no-cache";
        /** @description The web framework's default beside an `ETag`; responses are private and must be revalidated. */
        CacheControlRevalidate: "max-age=0, private, must-revalidate";
        /**
         * @description The web framework's weak validator of this exact body: `W/"` and the first 32 hexadecimal digits of the
         *     SHA-256 of the body, then `"`. Sent with every `200` that has a body, including those of `PUT` and `POST`.
         *     Send it back as `If-None-Match` on the same `GET` to get `304 Not Modified` when nothing changed.
         */
        ETag: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listDeliveryPartners: {
        parameters: {
            query?: {
                /** @description Narrow the list. Sent as `filter[cohort]=2025`. */
                filter?: components["schemas"]["DeliveryPartnersFilter"];
                /** @description Which page to return and how long pages are. Sent as `page[page]=2&page[per_page]=500`. */
                page?: components["parameters"]["Page"];
                /**
                 * @description Order of the list: `created_at` or `updated_at`, ascending, or descending with a leading `-`. The service
                 *     also accepts several comma-separated keys (`-updated_at,created_at`) and silently ignores unknown ones.
                 */
                sort?: components["parameters"]["Sort"];
            };
            header?: {
                /**
                 * @description Sandbox only (ignored in production): process the request as if the current time were this RFC 3339
                 *     date-time, for example `2026-01-15T09:00:00Z`. The Lead Provider Kit sandbox answers `400` when it cannot
                 *     read the value.
                 */
                "X-With-Server-Date"?: components["parameters"]["ServerDate"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of delivery partners. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlRevalidate"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPartnerListResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadListQuery"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getDeliveryPartner: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sandbox only (ignored in production): process the request as if the current time were this RFC 3339
                 *     date-time, for example `2026-01-15T09:00:00Z`. The Lead Provider Kit sandbox answers `400` when it cannot
                 *     read the value.
                 */
                "X-With-Server-Date"?: components["parameters"]["ServerDate"];
            };
            path: {
                /** @description The delivery partner's id. */
                id: components["parameters"]["DeliveryPartnerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery partner. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlRevalidate"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPartnerResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listParticipantDeclarations: {
        parameters: {
            query?: {
                /** @description Narrow the list. Sent as `filter[participant_id]=...` and so on. */
                filter?: components["schemas"]["ParticipantDeclarationsFilter"];
                /** @description Which page to return and how long pages are. Sent as `page[page]=2&page[per_page]=500`. */
                page?: components["parameters"]["Page"];
            };
            header?: {
                /**
                 * @description Sandbox only (ignored in production): process the request as if the current time were this RFC 3339
                 *     date-time, for example `2026-01-15T09:00:00Z`. The Lead Provider Kit sandbox answers `400` when it cannot
                 *     read the value.
                 */
                "X-With-Server-Date"?: components["parameters"]["ServerDate"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of declarations. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlRevalidate"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantDeclarationListResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadListQuery"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createParticipantDeclaration: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sandbox only (ignored in production): process the request as if the current time were this RFC 3339
                 *     date-time, for example `2026-01-15T09:00:00Z`. The Lead Provider Kit sandbox answers `400` when it cannot
                 *     read the value.
                 */
                "X-With-Server-Date"?: components["parameters"]["ServerDate"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantDeclarationCreateRequest"];
            };
        };
        responses: {
            /** @description The new declaration (the service answers `200`, not `201`). */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlRevalidate"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantDeclarationResponse"];
                };
            };
            400: components["responses"]["BadRequestBody"];
            401: components["responses"]["Unauthorized"];
            /** @description A declaration rule rejected the request; see the table above. */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoCache"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    getParticipantDeclaration: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sandbox only (ignored in production): process the request as if the current time were this RFC 3339
                 *     date-time, for example `2026-01-15T09:00:00Z`. The Lead Provider Kit sandbox answers `400` when it cannot
                 *     read the value.
                 */
                "X-With-Server-Date"?: components["parameters"]["ServerDate"];
            };
            path: {
                /** @description The declaration's id. */
                id: components["parameters"]["DeclarationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The declaration. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlRevalidate"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantDeclarationResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    voidParticipantDeclaration: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sandbox only (ignored in production): process the request as if the current time were this RFC 3339
                 *     date-time, for example `2026-01-15T09:00:00Z`. The Lead Provider Kit sandbox answers `400` when it cannot
                 *     read the value.
                 */
                "X-With-Server-Date"?: components["parameters"]["ServerDate"];
            };
            path: {
                /** @description The declaration's id. */
                id: components["parameters"]["DeclarationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The declaration after voiding. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlRevalidate"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantDeclarationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description The declaration cannot be voided; see the table above. */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoCache"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    listParticipants: {
        parameters: {
            query?: {
                /** @description Narrow the list. Sent as `filter[cohort]=2025` and so on. */
                filter?: components["schemas"]["ParticipantsFilter"];
                /** @description Which page to return and how long pages are. Sent as `page[page]=2&page[per_page]=500`. */
                page?: components["parameters"]["Page"];
                /**
                 * @description Order of the list: `created_at` or `updated_at`, ascending, or descending with a leading `-`. The service
                 *     also accepts several comma-separated keys (`-updated_at,created_at`) and silently ignores unknown ones.
                 */
                sort?: components["parameters"]["Sort"];
            };
            header?: {
                /**
                 * @description Sandbox only (ignored in production): process the request as if the current time were this RFC 3339
                 *     date-time, for example `2026-01-15T09:00:00Z`. The Lead Provider Kit sandbox answers `400` when it cannot
                 *     read the value.
                 */
                "X-With-Server-Date"?: components["parameters"]["ServerDate"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of participants. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlRevalidate"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantListResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadListQuery"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getParticipant: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sandbox only (ignored in production): process the request as if the current time were this RFC 3339
                 *     date-time, for example `2026-01-15T09:00:00Z`. The Lead Provider Kit sandbox answers `400` when it cannot
                 *     read the value.
                 */
                "X-With-Server-Date"?: components["parameters"]["ServerDate"];
            };
            path: {
                /** @description The participant's id. */
                id: components["parameters"]["ParticipantId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The participant. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlRevalidate"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    changeParticipantSchedule: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sandbox only (ignored in production): process the request as if the current time were this RFC 3339
                 *     date-time, for example `2026-01-15T09:00:00Z`. The Lead Provider Kit sandbox answers `400` when it cannot
                 *     read the value.
                 */
                "X-With-Server-Date"?: components["parameters"]["ServerDate"];
            };
            path: {
                /** @description The participant's id. */
                id: components["parameters"]["ParticipantId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantChangeScheduleRequest"];
            };
        };
        responses: {
            /** @description The participant after the change. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlRevalidate"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantResponse"];
                };
            };
            400: components["responses"]["BadRequestBody"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description A change-of-schedule rule rejected the request; see the table above. */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoCache"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    deferParticipant: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sandbox only (ignored in production): process the request as if the current time were this RFC 3339
                 *     date-time, for example `2026-01-15T09:00:00Z`. The Lead Provider Kit sandbox answers `400` when it cannot
                 *     read the value.
                 */
                "X-With-Server-Date"?: components["parameters"]["ServerDate"];
            };
            path: {
                /** @description The participant's id. */
                id: components["parameters"]["ParticipantId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantDeferRequest"];
            };
        };
        responses: {
            /** @description The participant after the deferral. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlRevalidate"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantResponse"];
                };
            };
            400: components["responses"]["BadRequestBody"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description A deferral rule rejected the request; see the table above. */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoCache"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    resumeParticipant: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sandbox only (ignored in production): process the request as if the current time were this RFC 3339
                 *     date-time, for example `2026-01-15T09:00:00Z`. The Lead Provider Kit sandbox answers `400` when it cannot
                 *     read the value.
                 */
                "X-With-Server-Date"?: components["parameters"]["ServerDate"];
            };
            path: {
                /** @description The participant's id. */
                id: components["parameters"]["ParticipantId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantResumeRequest"];
            };
        };
        responses: {
            /** @description The participant after resuming. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlRevalidate"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantResponse"];
                };
            };
            400: components["responses"]["BadRequestBody"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description A resume rule rejected the request; see the table above. */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoCache"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    getParticipantTransfer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sandbox only (ignored in production): process the request as if the current time were this RFC 3339
                 *     date-time, for example `2026-01-15T09:00:00Z`. The Lead Provider Kit sandbox answers `400` when it cannot
                 *     read the value.
                 */
                "X-With-Server-Date"?: components["parameters"]["ServerDate"];
            };
            path: {
                /** @description The participant's id. */
                id: components["parameters"]["ParticipantId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The participant's school moves. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlRevalidate"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantTransferResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    withdrawParticipant: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sandbox only (ignored in production): process the request as if the current time were this RFC 3339
                 *     date-time, for example `2026-01-15T09:00:00Z`. The Lead Provider Kit sandbox answers `400` when it cannot
                 *     read the value.
                 */
                "X-With-Server-Date"?: components["parameters"]["ServerDate"];
            };
            path: {
                /** @description The participant's id. */
                id: components["parameters"]["ParticipantId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantWithdrawRequest"];
            };
        };
        responses: {
            /** @description The participant after the withdrawal. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlRevalidate"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantResponse"];
                };
            };
            400: components["responses"]["BadRequestBody"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description A withdrawal rule rejected the request; see the table above. */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoCache"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    listParticipantTransfers: {
        parameters: {
            query?: {
                /** @description Narrow the list. Sent as `filter[updated_since]=...`. */
                filter?: components["schemas"]["ParticipantTransfersFilter"];
                /** @description Which page to return and how long pages are. Sent as `page[page]=2&page[per_page]=500`. */
                page?: components["parameters"]["Page"];
                /**
                 * @description Order of the list: `created_at` or `updated_at`, ascending, or descending with a leading `-`. The service
                 *     also accepts several comma-separated keys (`-updated_at,created_at`) and silently ignores unknown ones.
                 */
                sort?: components["parameters"]["Sort"];
            };
            header?: {
                /**
                 * @description Sandbox only (ignored in production): process the request as if the current time were this RFC 3339
                 *     date-time, for example `2026-01-15T09:00:00Z`. The Lead Provider Kit sandbox answers `400` when it cannot
                 *     read the value.
                 */
                "X-With-Server-Date"?: components["parameters"]["ServerDate"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of participants with their school moves. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlRevalidate"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantTransferListResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadListQuery"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listPartnerships: {
        parameters: {
            query?: {
                /** @description Narrow the list. Sent as `filter[cohort]=2025` and so on. */
                filter?: components["schemas"]["PartnershipsFilter"];
                /** @description Which page to return and how long pages are. Sent as `page[page]=2&page[per_page]=500`. */
                page?: components["parameters"]["Page"];
                /**
                 * @description Order of the list: `created_at` or `updated_at`, ascending, or descending with a leading `-`. The service
                 *     also accepts several comma-separated keys (`-updated_at,created_at`) and silently ignores unknown ones.
                 */
                sort?: components["parameters"]["Sort"];
            };
            header?: {
                /**
                 * @description Sandbox only (ignored in production): process the request as if the current time were this RFC 3339
                 *     date-time, for example `2026-01-15T09:00:00Z`. The Lead Provider Kit sandbox answers `400` when it cannot
                 *     read the value.
                 */
                "X-With-Server-Date"?: components["parameters"]["ServerDate"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of partnerships. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlRevalidate"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnershipListResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadListQuery"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createPartnership: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sandbox only (ignored in production): process the request as if the current time were this RFC 3339
                 *     date-time, for example `2026-01-15T09:00:00Z`. The Lead Provider Kit sandbox answers `400` when it cannot
                 *     read the value.
                 */
                "X-With-Server-Date"?: components["parameters"]["ServerDate"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartnershipCreateRequest"];
            };
        };
        responses: {
            /** @description The new partnership (the service answers `200`, not `201`). */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlRevalidate"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnershipResponse"];
                };
            };
            400: components["responses"]["BadRequestBody"];
            401: components["responses"]["Unauthorized"];
            /** @description A partnership rule rejected the request; see the table above. */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoCache"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    getPartnership: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sandbox only (ignored in production): process the request as if the current time were this RFC 3339
                 *     date-time, for example `2026-01-15T09:00:00Z`. The Lead Provider Kit sandbox answers `400` when it cannot
                 *     read the value.
                 */
                "X-With-Server-Date"?: components["parameters"]["ServerDate"];
            };
            path: {
                /** @description The partnership's id. */
                id: components["parameters"]["PartnershipId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The partnership. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlRevalidate"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnershipResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updatePartnership: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sandbox only (ignored in production): process the request as if the current time were this RFC 3339
                 *     date-time, for example `2026-01-15T09:00:00Z`. The Lead Provider Kit sandbox answers `400` when it cannot
                 *     read the value.
                 */
                "X-With-Server-Date"?: components["parameters"]["ServerDate"];
            };
            path: {
                /** @description The partnership's id. */
                id: components["parameters"]["PartnershipId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartnershipUpdateRequest"];
            };
        };
        responses: {
            /** @description The partnership after the change. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlRevalidate"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnershipResponse"];
                };
            };
            400: components["responses"]["BadRequestBody"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description A partnership rule rejected the request; see the table above. */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoCache"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    listSchools: {
        parameters: {
            query: {
                /** @description Choose the cohort and narrow the list. Sent as `filter[cohort]=2025` and so on. */
                filter: components["schemas"]["SchoolsFilter"];
                /** @description Which page to return and how long pages are. Sent as `page[page]=2&page[per_page]=500`. */
                page?: components["parameters"]["Page"];
                /**
                 * @description Order of the list: `created_at` or `updated_at`, ascending, or descending with a leading `-`. The service
                 *     also accepts several comma-separated keys (`-updated_at,created_at`) and silently ignores unknown ones.
                 */
                sort?: components["parameters"]["Sort"];
            };
            header?: {
                /**
                 * @description Sandbox only (ignored in production): process the request as if the current time were this RFC 3339
                 *     date-time, for example `2026-01-15T09:00:00Z`. The Lead Provider Kit sandbox answers `400` when it cannot
                 *     read the value.
                 */
                "X-With-Server-Date"?: components["parameters"]["ServerDate"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of schools. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlRevalidate"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolListResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadSchoolsQuery"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getSchool: {
        parameters: {
            query: {
                /** @description Choose the cohort. Sent as `filter[cohort]=2025`. */
                filter: components["schemas"]["SchoolFilter"];
            };
            header?: {
                /**
                 * @description Sandbox only (ignored in production): process the request as if the current time were this RFC 3339
                 *     date-time, for example `2026-01-15T09:00:00Z`. The Lead Provider Kit sandbox answers `400` when it cannot
                 *     read the value.
                 */
                "X-With-Server-Date"?: components["parameters"]["ServerDate"];
            };
            path: {
                /** @description The school's id. */
                id: components["parameters"]["SchoolId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The school in that cohort. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlRevalidate"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadSchoolsQuery"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listStatements: {
        parameters: {
            query?: {
                /** @description Narrow the list. Sent as `filter[cohort]=2025` and so on. */
                filter?: components["schemas"]["StatementsFilter"];
                /** @description Which page to return and how long pages are. Sent as `page[page]=2&page[per_page]=500`. */
                page?: components["parameters"]["Page"];
            };
            header?: {
                /**
                 * @description Sandbox only (ignored in production): process the request as if the current time were this RFC 3339
                 *     date-time, for example `2026-01-15T09:00:00Z`. The Lead Provider Kit sandbox answers `400` when it cannot
                 *     read the value.
                 */
                "X-With-Server-Date"?: components["parameters"]["ServerDate"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of statements. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlRevalidate"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementListResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadListQuery"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getStatement: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sandbox only (ignored in production): process the request as if the current time were this RFC 3339
                 *     date-time, for example `2026-01-15T09:00:00Z`. The Lead Provider Kit sandbox answers `400` when it cannot
                 *     read the value.
                 */
                "X-With-Server-Date"?: components["parameters"]["ServerDate"];
            };
            path: {
                /** @description The statement's id. */
                id: components["parameters"]["StatementId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statement. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlRevalidate"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listUnfundedMentors: {
        parameters: {
            query?: {
                /** @description Narrow the list. Sent as `filter[updated_since]=...`. */
                filter?: components["schemas"]["UnfundedMentorsFilter"];
                /** @description Which page to return and how long pages are. Sent as `page[page]=2&page[per_page]=500`. */
                page?: components["parameters"]["Page"];
                /**
                 * @description Order of the list: `created_at` or `updated_at`, ascending, or descending with a leading `-`. The service
                 *     also accepts several comma-separated keys (`-updated_at,created_at`) and silently ignores unknown ones.
                 */
                sort?: components["parameters"]["Sort"];
            };
            header?: {
                /**
                 * @description Sandbox only (ignored in production): process the request as if the current time were this RFC 3339
                 *     date-time, for example `2026-01-15T09:00:00Z`. The Lead Provider Kit sandbox answers `400` when it cannot
                 *     read the value.
                 */
                "X-With-Server-Date"?: components["parameters"]["ServerDate"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of unfunded mentors. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlRevalidate"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnfundedMentorListResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadListQuery"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getUnfundedMentor: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sandbox only (ignored in production): process the request as if the current time were this RFC 3339
                 *     date-time, for example `2026-01-15T09:00:00Z`. The Lead Provider Kit sandbox answers `400` when it cannot
                 *     read the value.
                 */
                "X-With-Server-Date"?: components["parameters"]["ServerDate"];
            };
            path: {
                /** @description The unfunded mentor's id (a participant id). */
                id: components["parameters"]["UnfundedMentorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unfunded mentor. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlRevalidate"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnfundedMentorResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
}
