/**
 * Generated from spec/npq-v3.yaml by openapi-typescript (packages/sandbox/scripts/generate-types.ts).
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
         *     `cohort` lists, as numbers, the start years in which they work with you.
         *
         *     Filter: `filter[cohort]`, a single cohort start year; there is no `filter[updated_since]` here (it is
         *     ignored). Ordered by `name` ascending unless `sort` says otherwise (`name`, `created_at` or `updated_at`,
         *     with `-` for descending).
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
         * @description Returns one delivery partner that works with you. `404` for a delivery partner that does not work with you
         *     in any cohort. DfE's published document does not list this operation; the service has it.
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
    "/api/v3/npq-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List NPQ applications
         * @description Returns the applications made to you, in every status (`pending`, `accepted`, `rejected`).
         *
         *     Filters:
         *     - `filter[cohort]`: comma-separated cohort start years.
         *     - `filter[participant_id]`: comma-separated participant ids; one that is not a UUID gets `400`.
         *     - `filter[updated_since]`: see the introduction. An application counts as updated when it or its
         *       applicant's personal details changed.
         *
         *     Ordered by `created_at` ascending unless `sort` says otherwise.
         */
        get: operations["listNpqApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/npq-applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id. */
                id: components["parameters"]["NpqApplicationId"];
            };
            cookie?: never;
        };
        /**
         * Get an NPQ application
         * @description Returns one application made to you. `404` when the id is unknown, is not a UUID, or the application was
         *     made to another lead provider.
         */
        get: operations["getNpqApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/npq-applications/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id. */
                id: components["parameters"]["NpqApplicationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an NPQ application
         * @description Accepts the application: the applicant becomes your participant on this course, with `training_status`
         *     `active`. The body is optional; without one (or without `data`) neither `funded_place` nor
         *     `schedule_identifier` is given. A body with `data` but no (or empty) `data.attributes` gets `400`
         *     (`correct json data structure required. See API docs for reference`).
         *
         *     - `funded_place` matters only in `capped` cohorts, where it is required and stored. In `full` cohorts it is
         *       ignored (the application keeps `funded_place: null`); in `zero` cohorts it must be `false`.
         *     - `schedule_identifier` picks a schedule of the application's cohort. Without it the service picks the
         *       course's default for today's date: for leadership and specialist courses `*-spring` or `*-autumn` (cohort
         *       `2026a` always spring, `2026b` always autumn); for the early headship coaching offer the `npq-ehco-*`
         *       schedule of the current season; for the additional support offer `npq-aso-december`. When the cohort has
         *       no such schedule the service answers `404` (`{"error":"Resource not found"}`) rather than rule 8.
         *     - Every other application of the same person for the same course and cohort, with any lead provider and in
         *       any status, becomes `rejected` with `reason_for_rejection: other_application_in_this_cohort_accepted`.
         *
         *     The rules, each failure a `422`. Rules 1 to 5 are checked independently, so several can be reported at once
         *     (an accepted application in a capped cohort without `funded_place` gets rules 1 and 3); rule 6 is only
         *     checked when nothing failed before it, and rule 9 only when nothing failed at all.
         *
         *     | # | title | detail | when |
         *     | --- | --- | --- | --- |
         *     | 1 | `funded_place` | `Set '#/funded_place' to true or false.` | `capped` cohort and `funded_place` is not a JSON boolean (missing, `null` and strings such as `"true"` all fail) |
         *     | 2 | `funded_place` | `The '#/funded_place' field should be false for unfunded cohorts.` | `zero` cohort and `funded_place` is not `false` (missing fails too) |
         *     | 3 | `application` | `This NPQ application has already been accepted` | already `accepted` |
         *     | 4 | `application` | `Once rejected an application cannot change state` | already `rejected` |
         *     | 5 | `application` | `The participant has already had an application accepted for this course.` | another accepted, not withdrawn application in the same cohort for this course (the additional support offer and the early headship coaching offer count as one course), by the same person or by anyone whose TRN is this person's verified TRN, with any lead provider |
         *     | 6 | `application` | `The participant is not eligible for funding, so '#/funded_place' cannot be set to true.` | `capped` cohort, `funded_place: true`, and the application is not eligible for funding |
         *     | 7 | `schedule_identifier` | `The selected schedule cannot be found in the application cohort` | `schedule_identifier` names no schedule of the application's cohort |
         *     | 8 | `schedule` | `Schedule cannot be determined` | no `schedule_identifier` and no default schedule; the service answers `404` in this case instead (not reachable through this endpoint) |
         *     | 9 | `schedule_identifier` | `The selected schedule is not valid for the course` | the schedule belongs to another course group (for example `npq-specialist-autumn` for `npq-headship`) |
         */
        post: operations["acceptNpqApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/npq-applications/{id}/change-funded-place": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id. */
                id: components["parameters"]["NpqApplicationId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Change the funded place of an NPQ application
         * @description Sets `funded_place` on an accepted application in a `capped` cohort. A body without `data` counts as no
         *     `funded_place` (rule 1); `data` without (or with empty) `data.attributes` gets `400`
         *     (`correct json data structure required. See API docs for reference`). To change the funded place of a
         *     participant you have declared for, void the declarations first and declare again afterwards.
         *
         *     | # | title | detail | when |
         *     | --- | --- | --- | --- |
         *     | 1 | `funded_place` | `Set '#/funded_place' to true or false.` | `funded_place` is not a JSON boolean |
         *     | 2 | `application` | `You must accept the application before attempting to change the '#/funded_place' setting.` | the application is not `accepted` |
         *     | 3 | `application` | `This participant is not eligible for funding. Contact us if you think this is wrong.` | `funded_place: true` and the application is not eligible for funding |
         *     | 4 | `application` | `Leave the '#/funded_place' field blank. It's only needed for participants starting NPQs from autumn 2024 onwards.` | the cohort is not `capped` (only checked when nothing failed before) |
         *     | 5 | `application` | `You cannot change the funded place because declarations have been submitted. You will need to void the existing declarations and resubmit them after changing the funded place.` | a declaration on the application is `submitted`, `eligible`, `payable` or `paid` (in either direction) |
         */
        put: operations["changeNpqApplicationFundedPlace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/npq-applications/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id. */
                id: components["parameters"]["NpqApplicationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject an NPQ application
         * @description Rejects the application, with `reason_for_rejection: rejected_by_provider`. No body is needed; any body is
         *     ignored. An accepted application can be rejected too, as long as none of its declarations can still be or
         *     has been paid.
         *
         *     | # | title | detail | when |
         *     | --- | --- | --- | --- |
         *     | 1 | `application` | `This NPQ application has already been rejected` | already `rejected` |
         *     | 2 | `application` | `This application has declarations that prevent it from being rejected. Void the declarations first, or contact us for assistance.` | a declaration on the application is `submitted`, `eligible`, `payable` or `paid` (`voided`, `ineligible`, `awaiting-clawback` and `clawed-back` ones do not count) |
         */
        post: operations["rejectNpqApplication"];
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
         * @description Returns the declarations you made, plus those another lead provider made on an application that is now
         *     yours (DfE moved the participant to you). `lead_provider_name` names whoever made each one; you can read the
         *     other lead provider's declarations but not void them (`403`).
         *
         *     Filters:
         *     - `filter[participant_id]`: comma-separated participant ids; one that is not a UUID gets `400`.
         *     - `filter[cohort]`: comma-separated cohort start years, matched against the cohort of the declaration.
         *     - `filter[updated_since]`: see the introduction.
         *
         *     Always ordered by `created_at` ascending; this endpoint does not take `sort`.
         */
        get: operations["listParticipantDeclarations"];
        put?: never;
        /**
         * Declare that a participant reached a milestone
         * @description Records that a participant reached a milestone of their course: `started`, `retained-1`, `retained-2`
         *     (leadership courses, the early headship coaching offer and the additional support offer only) or
         *     `completed`. This is how you get paid.
         *
         *     The declaration goes on your most recently accepted application of the participant for `course_identifier`
         *     (the additional support offer and the early headship coaching offer count as one course, and the declaration
         *     shows the application's course). Its cohort is the cohort of that application's schedule. The only date
         *     window is the start of the schedule: any type, in any order, on or after the first day of the schedule and
         *     not in the future. Success is `200` (not `201`) with the new declaration, whose `state` is decided at once:
         *
         *     - `ineligible` when someone else with the same TRN already has a declaration of this type for this course
         *       that is `submitted`, `eligible`, `payable` or `paid`;
         *     - otherwise `eligible` when the application is funded (eligible for funding, not funded before for this
         *       course, and `funded_place` `true` or `null`), on your earliest open output statement for the cohort whose
         *       cut-off date is today or later (`statement_id`);
         *     - otherwise `submitted`, with no statement: it will not be paid (for example with `funded_place: false`).
         *
         *     A `completed` declaration for a leadership or specialist course needs `has_passed` and records the outcome
         *     (`passed` or `failed`, dated the declaration date); the declaration then shows `has_passed`. For the other
         *     types and courses `has_passed` is ignored. If that outcome cannot be recorded the declaration is not made and
         *     the answer is `400` with `Could not create completed declaration. Contact the DfE for support.`
         *
         *     **Not idempotent.** While a declaration of the same type for the same application is `submitted`,
         *     `eligible`, `payable` or `paid`, another one is rejected (rule 16); voided, ineligible and clawed-back ones do
         *     not block.
         *
         *     `data.attributes` must be present (`400` otherwise). Then these rules apply in this order, each failure a
         *     `422`. Rules marked *guarded* are only checked when no earlier rule failed; the others are always checked,
         *     so several errors can be reported at once (a blank `declaration_type` gets rules 9 and 10). Rules 19 to 26
         *     are the checks of the declaration itself: once no earlier rule failed they are checked together, so a
         *     participant outside England with two delivery partners gets rules 21 and 24, and a future date without a
         *     delivery partner rules 19 and 20.
         *
         *     | # | title | detail | when |
         *     | --- | --- | --- | --- |
         *     | 1 | `participant_id` | `The property '#/participant_id' must be present` | `participant_id` missing or blank |
         *     | 2 | `participant_id` | `The participant_id '{from_participant_id}' has been replaced with '{to_participant_id}'.` | DfE merged this id into another participant's record |
         *     | 3 | `participant_id` | `Your update cannot be made as the '#/participant_id' is not recognised. Check participant details and try again.` | guarded: you have accepted no application of this person (also for an id that is not a UUID) |
         *     | 4 | `participant_id` | `This participant withdrew from this course on {withdrawn_at}. Enter a '#/declaration_date' that's on or before the withdrawal date.` | guarded: the latest training status you recorded is a withdrawal, made on or before `declaration_date`; `{withdrawn_at}` is its UTC date-time, such as `2025-03-01T10:15:00Z` |
         *     | 5 | `course_identifier` | `The entered '#/course_identifier' is not recognised for the given participant. Check details and try again.` | guarded: no accepted application of this participant for this course (missing and unknown identifiers included) |
         *     | 6 | `declaration_date` | `Enter a valid RFC3339 '#/declaration_date'.` | guarded: not `YYYY-MM-DDTHH:MM:SS` (any case), optionally with a fraction (after `.` or `,`) and `Z` or an offset (`+01`, `+0100`, `+01:00`), or not a real date-time |
         *     | 7 | `declaration_date` | `Enter a '#/declaration_date' that's on or after the schedule start.` | guarded: before midnight (UTC) at the start of the application's schedule |
         *     | 8 | `declaration_date` | `Enter a '#/declaration_date'.` | `declaration_date` missing, or unreadable as a date (an impossible date gets rules 6 and 8) |
         *     | 9 | `declaration_type` | `Enter a '#/declaration_type'.` | `declaration_type` missing or blank |
         *     | 10 | `declaration_type` | `The entered '#/declaration_type' is not recognised.` | `declaration_type` is not one of the four types (blank included) |
         *     | 11 | `application` | `The application is missing a schedule.` | guarded: the application has no schedule |
         *     | 12 | `declaration_type` | `The property '#/declaration_type' does not exist for this schedule.` | guarded: the schedule does not allow this type (`retained-2` on a specialist schedule) |
         *     | 13 | `cohort` | `You cannot submit a declaration for this participant as you do not have a contract for the cohort and course. Contact the DfE for assistance.` | guarded: you have no contract for the declaration's cohort and this course |
         *     | 14 | `cohort` | `You cannot submit or void declarations for the {year} cohort. The funding contract for this cohort has ended. Get in touch if you need to discuss this with us.` | guarded: the declaration would be paid (or repeats one that is not `submitted`) and you have no open output statement for the cohort whose cut-off date is today or later; `{year}` is the cohort's start year |
         *     | 15 | `has_passed` | `Enter 'true' or 'false' in the '#/has_passed' field to indicate whether this participant has passed or failed their course.` | `completed` on a leadership or specialist course and `has_passed` is not `true`, `false`, `"true"` or `"false"` |
         *     | 16 | `base` | `A declaration has already been submitted that will be, or has been, paid for this event` | guarded: the application already has a declaration of this type that is `submitted`, `eligible`, `payable` or `paid` |
         *     | 17 | `delivery_partner_id` | `The property '#/delivery_partner_id' does not exist` | `delivery_partner_id` names no delivery partner |
         *     | 18 | `secondary_delivery_partner_id` | `The property '#/secondary_delivery_partner_id' does not exist` | `secondary_delivery_partner_id` names no delivery partner |
         *     | 19 | `declaration_date` | `The '#/declaration_date' value cannot be a future date. Check the date and try again.` | guarded: the date is later than now |
         *     | 20 | `delivery_partner_id` | `The property '#/delivery_partner_id' must be present` | guarded: no `delivery_partner_id`, the declaration's cohort starts in 2024 or later and the participant teaches in England |
         *     | 21 | `delivery_partner_id` | `The property '#/delivery_partner_id' cannot be specified for Applications from outside of England` | guarded: a delivery partner for a participant who does not teach in England |
         *     | 22 | `delivery_partner_id` | `The entered '#/delivery_partner_id' is not from your list of confirmed Delivery Partners for the Cohort` | guarded: the delivery partner does not work with you in the declaration's cohort |
         *     | 23 | `secondary_delivery_partner_id` | `The property '#/secondary_delivery_partner_id' cannot be specified without the property '#/delivery_partner_id'` | guarded: a secondary delivery partner without a delivery partner |
         *     | 24 | `secondary_delivery_partner_id` | `The property '#/secondary_delivery_partner_id' cannot be specified for Applications from outside of England` | guarded: a secondary delivery partner beside a delivery partner, for a participant who does not teach in England (so it comes with rule 21) |
         *     | 25 | `secondary_delivery_partner_id` | `The entered '#/secondary_delivery_partner_id' is not from your list of confirmed Delivery Partners for the Cohort` | guarded: the secondary delivery partner does not work with you in the declaration's cohort |
         *     | 26 | `secondary_delivery_partner_id` | `The property '#/secondary_delivery_partner_id' cannot have the same value as the property '#/delivery_partner_id'` | guarded: both delivery partners are the same |
         *     | 27 | `base` | `There is already a declaration with state {state} for this application` | guarded: a declaration of this type already exists in a state that blocks another; rule 16 reports it first (not reachable through this endpoint) |
         *
         *     "Teaches in England" means `teacher_catchment` `england`, or, for cohorts before 2024, a school URN starting
         *     with `1`. Deferred participants can receive declarations.
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
    "/api/v3/participant-declarations/{id}/change-delivery-partner": {
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
         * Change the delivery partners of a declaration
         * @description Replaces the delivery partner, and the secondary delivery partner, of a declaration you made; leaving
         *     `secondary_delivery_partner_id` out removes the secondary one. The service checks, in this order, that you can
         *     see the declaration (`404`), that you made it (`403`, `Cannot modify declaration`) and that the body has
         *     `data.attributes` (`400`). The declaration's state and statement do not change.
         *
         *     | # | title | detail | when |
         *     | --- | --- | --- | --- |
         *     | 1 | `delivery_partner` | `The entered '#/delivery_partner_id' is not from your list of confirmed Delivery Partners for the Cohort` | `delivery_partner_id` names no delivery partner (missing included) |
         *     | 2 | `secondary_delivery_partner` | `The entered '#/secondary_delivery_partner_id' is not from your list of confirmed Delivery Partners for the Cohort` | `secondary_delivery_partner_id` given and names no delivery partner |
         *     | 3 | `delivery_partner_id` | `The property '#/delivery_partner_id' cannot be specified for Applications from outside of England` | the participant does not teach in England |
         *     | 4 | `delivery_partner_id` | `The entered '#/delivery_partner_id' is not from your list of confirmed Delivery Partners for the Cohort` | the delivery partner does not work with you in the declaration's cohort |
         *     | 5 | `secondary_delivery_partner_id` | `The property '#/secondary_delivery_partner_id' cannot be specified without the property '#/delivery_partner_id'` | a secondary delivery partner without a delivery partner |
         *     | 6 | `secondary_delivery_partner_id` | `The property '#/secondary_delivery_partner_id' cannot be specified for Applications from outside of England` | a secondary delivery partner beside a delivery partner, and the participant does not teach in England (so it comes with rule 3) |
         *     | 7 | `secondary_delivery_partner_id` | `The entered '#/secondary_delivery_partner_id' is not from your list of confirmed Delivery Partners for the Cohort` | the secondary delivery partner does not work with you in the declaration's cohort |
         *     | 8 | `secondary_delivery_partner_id` | `The property '#/secondary_delivery_partner_id' cannot have the same value as the property '#/delivery_partner_id'` | both delivery partners are the same |
         *     | 9 | `delivery_partner_id` | `The property '#/delivery_partner_id' must be present` | `delivery_partner_id` missing or blank |
         *
         *     Rules 1 and 2 look the ids up; rules 3 to 8 are the declaration's own checks with the new delivery partners;
         *     rule 9 comes last, so a missing `delivery_partner_id` gets rules 1 and 9 (the `delivery_partner` entry first).
         *     The declaration's own checks run whatever rules 1 and 2 found, all together, with the delivery partners that
         *     were found (an id that names none counts as none), and check the cohort (rules 4 and 7) only for a value that
         *     changes. So a secondary delivery partner alone gets rules 1, 9 and 5, and from the 2024 cohort, for a
         *     participant teaching in England, an id that names no delivery partner gets rules 1 and 9 (the declaration's
         *     own presence check has rule 9's words, sent once).
         */
        put: operations["changeParticipantDeclarationDeliveryPartner"];
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
         * @description Withdraws a declaration you made. No body is needed. A declaration you cannot see gets `404`; one you can see
         *     but another lead provider made gets `403` (`Cannot modify declaration`).
         *
         *     - A `submitted`, `eligible`, `payable` or `ineligible` declaration becomes `voided` and leaves its statement.
         *     - A `paid` declaration becomes `awaiting-clawback`: `clawback_statement_id` names your earliest open output
         *       statement for the cohort whose cut-off date is today or later, where the payment will be taken back. It
         *       becomes `clawed-back` when that statement is paid.
         *     - Voiding a `completed` declaration on a leadership or specialist course adds a `voided` outcome (unless the
         *       latest one already is) and the declaration's `has_passed` becomes `null`.
         *
         *     | # | title | detail | when |
         *     | --- | --- | --- | --- |
         *     | 1 | `declaration` | `This declaration has already been voided.` | already `voided` |
         *     | 2 | `declaration` | `The declaration will or has been be refunded.` | already `awaiting-clawback` or `clawed-back` |
         *     | 3 | `declaration` | `You cannot submit or void declarations for the {year} cohort. The funding contract for this cohort has ended. Get in touch if you need to discuss this with us.` | `paid`, `awaiting-clawback` or `clawed-back`, and you have no open output statement for the cohort whose cut-off date is today or later (can come with rule 2) |
         *     | 4 | `declaration` | `The declaration must be paid before it can be clawed back.` | `awaiting-clawback` or `clawed-back` with no refund recorded and no earlier error; every such declaration has its refund recorded, so rule 2 answers instead (not reachable through this endpoint) |
         */
        put: operations["voidParticipantDeclaration"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/participants/npq": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List NPQ participants
         * @description Returns the people with at least one application you accepted. Each participant's `npq_enrolments` has one
         *     entry per application you accepted; their applications with other lead providers are not shown.
         *
         *     Filters:
         *     - `filter[training_status]`: `active`, `deferred` or `withdrawn`, matched against the enrolments with you.
         *       Any other value gets `422` (see *Errors*).
         *     - `filter[from_participant_id]`: the participant whose `participant_id_changes` include this id as
         *       `from_participant_id` (use it when a participant you knew has been merged into another record).
         *     - `filter[updated_since]`: see the introduction. A participant counts as updated when their personal
         *       details, any of their applications or one of their id changes changed.
         *
         *     Ordered by `created_at` ascending unless `sort` says otherwise.
         */
        get: operations["listNpqParticipants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/participants/npq/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The participant's id. */
                id: components["parameters"]["NpqParticipantId"];
            };
            cookie?: never;
        };
        /**
         * Get an NPQ participant
         * @description Returns one participant of yours. `410` when DfE has merged this id into another participant's record (the
         *     body names the new id); `404` when the id is unknown, is not a UUID, or you have accepted no application of
         *     this person.
         */
        get: operations["getNpqParticipant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/participants/npq/{id}/change-schedule": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The participant's id. */
                id: components["parameters"]["NpqParticipantId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Change the schedule of an NPQ participant
         * @description Moves the enrolment named by `course_identifier` to another schedule and, with `cohort`, to another cohort.
         *     The target schedule is the one called `schedule_identifier` in the cohort starting in `cohort` (a year,
         *     string or number), or else in the year of the current schedule's cohort, or else in the current cohort's
         *     year; when several cohorts start in that year the one with the latest suffix wins (`2025b` before `2025a`).
         *
         *     Moving cohort also sets the funded place: from a `full` to a `capped` cohort `funded_place` becomes whether
         *     the application is eligible for funding, into a `zero` cohort it becomes `false`, between `capped` cohorts it
         *     is kept. Allowed moves are full to capped, capped to zero, full to zero and capped to capped.
         *
         *     `data.attributes` must be present (`400` otherwise) and the participant must be one of yours (`404`
         *     otherwise). Rule 2 is checked only when rule 1 passed; rules 4, 8 and 9 only when nothing failed before them.
         *
         *     | # | title | detail | when |
         *     | --- | --- | --- | --- |
         *     | 1 | `course_identifier` | `The entered '#/course_identifier' is not recognised for the given participant. Check details and try again.` | `course_identifier` missing, blank or not one of the twelve course identifiers |
         *     | 2 | `participant_id` | `Your update cannot be made as an accepted application cannot be found for the given '#/participant_id' and '#/course_identifier'.` | you have accepted no application of this participant for exactly this course |
         *     | 3 | `schedule_identifier` | `The property '#/schedule_identifier' must be present` | `schedule_identifier` blank, or no such schedule in the target cohort |
         *     | 4 | `cohort` | `You cannot change a participant to this cohort as you do not have a contract for the cohort and course. Contact the DfE for assistance.` | you have no contract for the target cohort and this course |
         *     | 5 | `participant_id` | `The participant is already withdrawn` | withdrawn |
         *     | 6 | `schedule_identifier` | `Changing schedule would invalidate existing declarations. Please void them first.` | a `submitted`, `eligible`, `payable` or `paid` declaration has a type the new schedule does not allow, or is dated no later than the first day of the new schedule |
         *     | 7 | `schedule_identifier` | `The participant already has the specified schedule` | the target schedule is the current one |
         *     | 8 | `schedule_identifier` | `The selected schedule is not valid for the course` | the schedule belongs to another course group |
         *     | 9 | `cohort` | `You cannot change the '#/cohort' field when there are submitted, eligible, payable, or paid declarations in the new cohort` | the cohort changes and the enrolment has a `submitted`, `eligible`, `payable` or `paid` declaration |
         *     | 10 | `cohort` | `You cannot change the '#/cohort' field from one with a funding cap to one without a funding cap` | from a `capped` to a `full` cohort |
         *     | 11 | `cohort` | `You cannot change the '#/cohort' field from one that is not funded to with that is funded` | from a `zero` cohort to a `full` or `capped` one |
         */
        put: operations["changeNpqParticipantSchedule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/participants/npq/{id}/defer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The participant's id. */
                id: components["parameters"]["NpqParticipantId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Defer an NPQ participant
         * @description Reports that a participant is pausing the course named by `course_identifier` and expects to come back.
         *     Afterwards that enrolment shows `training_status: deferred` and a `deferral` with your reason and the time.
         *     A deferred participant can still receive declarations.
         *
         *     `data.attributes` must be present (`400` otherwise) and the participant must be one of yours (`404`
         *     otherwise; a merged id also gets `404` here). Rules 1 and 2 come first, and rule 2 is only checked when rule
         *     1 passed; rules 3 to 6 are all checked and can be reported together.
         *
         *     | # | title | detail | when |
         *     | --- | --- | --- | --- |
         *     | 1 | `course_identifier` | `The entered '#/course_identifier' is not recognised for the given participant. Check details and try again.` | `course_identifier` missing, blank or not one of the twelve course identifiers |
         *     | 2 | `participant_id` | `Your update cannot be made as an accepted application cannot be found for the given '#/participant_id' and '#/course_identifier'.` | you have accepted no application of this participant for exactly this course |
         *     | 3 | `reason` | `The property '#/reason' must be a valid reason` | `reason` missing or not one of the deferral reasons |
         *     | 4 | `participant_id` | `The participant is already deferred` | already deferred |
         *     | 5 | `participant_id` | `The participant is already withdrawn` | withdrawn |
         *     | 6 | `participant_id` | `You cannot defer an NPQ participant that has no declarations` | the enrolment has no declaration at all (a voided one counts) |
         */
        put: operations["deferNpqParticipant"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/participants/npq/{id}/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The participant's id. */
                id: components["parameters"]["NpqParticipantId"];
            };
            cookie?: never;
        };
        /**
         * List the outcomes of one NPQ participant
         * @description Returns the outcomes recorded on declarations you made for this participant, ordered by `created_at`
         *     ascending. `410` when DfE has merged this id into another participant's record; `404` when the id is not
         *     one of your participants. Takes paging only.
         */
        get: operations["listNpqParticipantOutcomes"];
        put?: never;
        /**
         * Record an NPQ outcome
         * @description Records whether the participant passed or failed a leadership or specialist course (the early headship
         *     coaching offer and the additional support offer have no outcomes). The outcome is attached to the latest
         *     `completed` declaration for this course that is `submitted`, `eligible`, `payable`, `paid` or `ineligible`
         *     and that you made, or that was made on an application that is now yours. A `completed` declaration made with
         *     `has_passed` already records an outcome; use this endpoint to correct it.
         *
         *     **Idempotent for a repeated state.** When the latest outcome on that declaration is `passed` and you send
         *     `passed`, or it has the same state and the same `completion_date` as you send, the existing outcome is
         *     returned and nothing changes; otherwise a new outcome row is added.
         *
         *     `data.attributes` must be present (`400` otherwise) and the participant must be one of yours (`404`
         *     otherwise, a merged id included). All rules are checked, except rule 8, which is skipped when
         *     `completion_date` already failed; a blank field fails two rules at once.
         *
         *     | # | title | detail | when |
         *     | --- | --- | --- | --- |
         *     | 1 | `course_identifier` | `The entered '#/course_identifier' is not recognised for the given participant. Check details and try again.` | `course_identifier` is not one of the ten courses with outcomes |
         *     | 2 | `course_identifier` | `Enter a '#/course_identifier' value for this participant.` | `course_identifier` missing or blank |
         *     | 3 | `state` | `The attribute '#/state' can only include 'passed' or 'failed' values. If you need to void an outcome, you will need to void the associated 'completed' declaration.` | `state` is not `passed` or `failed` |
         *     | 4 | `state` | `The '#/state' is missing from your request. Please include a 'passed' or 'failed' value and try again.` | `state` missing or blank |
         *     | 5 | `completion_date` | `The '#/completion_date' is missing from your request. Please include a completion_date value and try again.` | `completion_date` missing or blank |
         *     | 6 | `completion_date` | `The '#/completion_date' value must be in the following format: 'yyyy-mm-dd'` | `completion_date` does not contain a `YYYY-MM-DD` date (blank included) |
         *     | 7 | `base` | `The participant has not had a 'completed' declaration submitted for them. Therefore you cannot update their outcome.` | no `completed` declaration as described above |
         *     | 8 | `completion_date` | `The '#/completion_date' value cannot be a future date. Check the date and try again.` | `completion_date` is after today |
         *
         *     A `completion_date` in the right layout that is not a real date (`2021-13-01`) gets `400` `Bad request` with
         *     the detail `invalid date`.
         */
        post: operations["createNpqParticipantOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/participants/npq/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The participant's id. */
                id: components["parameters"]["NpqParticipantId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Resume an NPQ participant
         * @description Reports that a deferred or withdrawn participant is training again on the course named by
         *     `course_identifier`. Afterwards the enrolment shows `training_status: active`, and `withdrawal` and
         *     `deferral` are `null`.
         *
         *     `data.attributes` must be present (`400` otherwise) and the participant must be one of yours (`404`
         *     otherwise). Rule 2 is only checked when rule 1 passed.
         *
         *     | # | title | detail | when |
         *     | --- | --- | --- | --- |
         *     | 1 | `course_identifier` | `The entered '#/course_identifier' is not recognised for the given participant. Check details and try again.` | `course_identifier` missing, blank or not one of the twelve course identifiers |
         *     | 2 | `participant_id` | `Your update cannot be made as an accepted application cannot be found for the given '#/participant_id' and '#/course_identifier'.` | you have accepted no application of this participant for exactly this course |
         *     | 3 | `participant_id` | `The participant is already active` | already active |
         */
        put: operations["resumeNpqParticipant"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/participants/npq/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The participant's id. */
                id: components["parameters"]["NpqParticipantId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Withdraw an NPQ participant
         * @description Reports that a participant has stopped the course named by `course_identifier`. Afterwards that enrolment
         *     shows `training_status: withdrawn` and a `withdrawal` with your reason and the time. Declarations dated up to
         *     the moment of withdrawal can still be made, and a withdrawn participant can be resumed. Active and deferred
         *     participants can be withdrawn.
         *
         *     `data.attributes` must be present (`400` otherwise) and the participant must be one of yours (`404`
         *     otherwise). Rule 2 is only checked when rule 1 passed, and rule 5 only when nothing failed before it.
         *
         *     | # | title | detail | when |
         *     | --- | --- | --- | --- |
         *     | 1 | `course_identifier` | `The entered '#/course_identifier' is not recognised for the given participant. Check details and try again.` | `course_identifier` missing, blank or not one of the twelve course identifiers |
         *     | 2 | `participant_id` | `Your update cannot be made as an accepted application cannot be found for the given '#/participant_id' and '#/course_identifier'.` | you have accepted no application of this participant for exactly this course |
         *     | 3 | `reason` | `The property '#/reason' must be a valid reason` | `reason` missing or not one of the withdrawal reasons |
         *     | 4 | `participant_id` | `The participant is already withdrawn` | already withdrawn |
         *     | 5 | `participant_id` | `An NPQ participant who has not got a started declaration cannot be withdrawn. Please contact support for assistance` | the enrolment has no `started` declaration in any state (a voided one counts) |
         */
        put: operations["withdrawNpqParticipant"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/participants/npq/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List NPQ outcomes
         * @description Returns every outcome recorded on declarations you made: one row per change, so a participant who failed,
         *     then passed, has two rows, and voiding a `completed` declaration adds a `voided` row. Outcomes on
         *     declarations another lead provider made are not listed, even for a participant who has since moved to you.
         *
         *     Filter: `filter[created_since]` (an ISO 8601 date-time, as `updated_since` elsewhere). Always ordered by
         *     `created_at` ascending; this endpoint does not take `sort`.
         */
        get: operations["listNpqOutcomes"];
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
         * @description Returns your output-fee statements: the ones declarations are paid and clawed back on. Statements that only
         *     carry service fees are never returned. Always ordered by `payment_date` ascending; this endpoint does not
         *     take `sort`.
         *
         *     Filters: `filter[cohort]` (comma-separated cohort start years) and `filter[updated_since]`.
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
         * @description Returns one of your output-fee statements. A statement that only carries service fees gets `404`, even
         *     with a correct id.
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description `previously-funded` when DfE already funded this person on an accepted application for the same course;
         *     otherwise `establishment-ineligible` when where they work is not eligible for funding.
         * @enum {string}
         */
        ApplicationIneligibleForFundingReason: "previously-funded" | "establishment-ineligible";
        /**
         * @description Where the application stands with you.
         * @enum {string}
         */
        ApplicationStatus: "pending" | "accepted" | "rejected";
        /**
         * @description One or more cohort start years, separated by commas.
         * @example 2025
         * @example 2024,2025
         */
        CohortList: string;
        /**
         * @description The start year of a cohort, as a string: `2025` covers training funded by a contract starting in 2025. The
         *     cohort's suffix is a separate field (`cohort_suffix`).
         * @example 2025
         */
        CohortStartYear: string;
        /**
         * @description Tells apart cohorts that start in the same year: `a` unless the year has more than one (`2026a` and
         *     `2026b`).
         * @example a
         */
        CohortSuffix: string;
        /**
         * @description An NPQ course. Leadership courses: early years leadership, executive leadership, headship, senior leadership
         *     and SENCO. Specialist courses: leading behaviour and culture, leading literacy, leading primary mathematics,
         *     leading teaching and leading teacher development. `npq-early-headship-coaching-offer` (EHCO) replaced
         *     `npq-additional-support-offer` (ASO), and the service treats the two as one course when it looks for earlier
         *     funding, accepted applications and declarations.
         * @enum {string}
         */
        CourseIdentifier: "npq-early-years-leadership" | "npq-executive-leadership" | "npq-headship" | "npq-senior-leadership" | "npq-senco" | "npq-leading-behaviour-culture" | "npq-leading-literacy" | "npq-leading-primary-mathematics" | "npq-leading-teaching" | "npq-leading-teaching-development" | "npq-early-headship-coaching-offer" | "npq-additional-support-offer";
        /** @description `completed` on a leadership or specialist course: records the outcome too. */
        DeclarationCompletedAttributes: {
            course_identifier: components["schemas"]["OutcomeCourseIdentifier"];
            declaration_date: components["schemas"]["DeclarationDate"];
            /** @constant */
            declaration_type: "completed";
            delivery_partner_id?: components["schemas"]["DeclaredDeliveryPartnerId"];
            /** @description Whether the participant passed. The strings `"true"` and `"false"` are accepted too. */
            has_passed: boolean | ("true" | "false");
            participant_id: components["schemas"]["DeclaredParticipantId"];
            secondary_delivery_partner_id?: components["schemas"]["DeclaredSecondaryDeliveryPartnerId"];
        };
        /** @description `completed` on the early headship coaching offer or the additional support offer: no outcome, and any `has_passed` is ignored. */
        DeclarationCompletedWithoutOutcomeAttributes: {
            /** @enum {string} */
            course_identifier: "npq-early-headship-coaching-offer" | "npq-additional-support-offer";
            declaration_date: components["schemas"]["DeclarationDate"];
            /** @constant */
            declaration_type: "completed";
            delivery_partner_id?: components["schemas"]["DeclaredDeliveryPartnerId"];
            /** @description Ignored. */
            has_passed?: unknown;
            participant_id: components["schemas"]["DeclaredParticipantId"];
            secondary_delivery_partner_id?: components["schemas"]["DeclaredSecondaryDeliveryPartnerId"];
        };
        /** @description The declaration. `completed` on a leadership or specialist course also needs `has_passed`. */
        DeclarationCreateAttributes: components["schemas"]["DeclarationStartedAttributes"] | components["schemas"]["DeclarationRetainedAttributes"] | components["schemas"]["DeclarationCompletedAttributes"] | components["schemas"]["DeclarationCompletedWithoutOutcomeAttributes"];
        /**
         * Format: date-time
         * @description When the milestone was reached, in RFC 3339 (`2025-10-14T09:00:00Z`); on or after the first day of the
         *     participant's schedule and not in the future.
         */
        DeclarationDate: string;
        /** @description `retained-1` and `retained-2` (`retained-2` not on specialist schedules). */
        DeclarationRetainedAttributes: {
            course_identifier: components["schemas"]["CourseIdentifier"];
            declaration_date: components["schemas"]["DeclarationDate"];
            /** @enum {string} */
            declaration_type: "retained-1" | "retained-2";
            delivery_partner_id?: components["schemas"]["DeclaredDeliveryPartnerId"];
            participant_id: components["schemas"]["DeclaredParticipantId"];
            secondary_delivery_partner_id?: components["schemas"]["DeclaredSecondaryDeliveryPartnerId"];
        };
        /** @description `started`. */
        DeclarationStartedAttributes: {
            course_identifier: components["schemas"]["CourseIdentifier"];
            declaration_date: components["schemas"]["DeclarationDate"];
            /** @constant */
            declaration_type: "started";
            delivery_partner_id?: components["schemas"]["DeclaredDeliveryPartnerId"];
            participant_id: components["schemas"]["DeclaredParticipantId"];
            secondary_delivery_partner_id?: components["schemas"]["DeclaredSecondaryDeliveryPartnerId"];
        };
        /**
         * @description Where a declaration is in its life (written with dashes, as the service sends them):
         *
         *     - `submitted`: accepted, but it will not be paid (the participant has no funded place or is not eligible).
         *     - `eligible`: will be paid; on an open statement.
         *     - `payable`: its statement is being prepared for payment.
         *     - `paid`: paid on its statement.
         *     - `voided`: withdrawn by you (or DfE) before payment.
         *     - `ineligible`: someone with the same TRN was already declared for this course and milestone.
         *     - `awaiting-clawback`: voided after payment; the money will be taken back on `clawback_statement_id`.
         *     - `clawed-back`: the money has been taken back.
         * @enum {string}
         */
        DeclarationState: "submitted" | "eligible" | "payable" | "paid" | "voided" | "ineligible" | "awaiting-clawback" | "clawed-back";
        /**
         * @description The milestone being declared. Specialist schedules have no `retained-2`.
         * @enum {string}
         */
        DeclarationType: "started" | "retained-1" | "retained-2" | "completed";
        /**
         * Format: uuid
         * @description A delivery partner working with you in the declaration's cohort. Required from the 2024 cohort for
         *     participants teaching in England; refused for participants outside England.
         */
        DeclaredDeliveryPartnerId: string;
        /**
         * Format: uuid
         * @description The participant's id.
         */
        DeclaredParticipantId: string;
        /**
         * Format: uuid
         * @description A second delivery partner, only beside `delivery_partner_id` and different from it.
         */
        DeclaredSecondaryDeliveryPartnerId: string;
        /**
         * @description Why a participant's training was deferred.
         * @enum {string}
         */
        DeferralReason: "bereavement" | "long-term-sickness" | "parental-leave" | "career-break" | "other";
        /** @description A delivery partner that works with you in at least one cohort. */
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
            /**
             * @description The start years, as numbers in ascending order, in which the delivery partner works with you.
             * @example [
             *       2024,
             *       2025
             *     ]
             */
            cohort: number[];
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
        /** @description The filter of the delivery partners list. */
        DeliveryPartnersFilter: {
            /**
             * @description One cohort start year.
             * @example 2025
             */
            cohort?: string;
        };
        /**
         * @description A sort key for delivery partners; a leading `-` sorts descending.
         * @default name
         * @enum {string}
         */
        DeliveryPartnerSort: "name" | "-name" | "created_at" | "-created_at" | "updated_at" | "-updated_at";
        /** @description One error. */
        ErrorEntry: {
            /** @description The message, exactly as listed on each operation. */
            detail: string;
            /**
             * @description For `422`, the attribute at fault (`participant_id`, `declaration_date`, `funded_place`, `base`...);
             *     otherwise a short name for the problem (`Bad request`, `Cannot modify declaration`).
             */
            title: string;
        };
        /**
         * @description The body of `400`, `403` and `422`. `422` bodies have one entry per message; the others have one entry.
         * @example {
         *       "errors": [
         *         {
         *           "title": "Bad request",
         *           "detail": "correct json data structure required. See API docs for reference"
         *         }
         *       ]
         *     }
         */
        ErrorResponse: {
            errors: components["schemas"]["ErrorEntry"][];
        };
        /**
         * @description Who the applicant said would pay when they are not funded by DfE.
         * @enum {string}
         */
        FundingChoice: "school" | "trust" | "self" | "another" | "employer";
        /**
         * @description Whether, and for how long, the applicant is a headteacher.
         * @enum {string}
         */
        HeadteacherStatus: "no" | "yes_when_course_starts" | "yes_in_first_two_years" | "yes_over_two_years" | "yes_in_first_five_years" | "yes_over_five_years";
        /** @description The body of a `404`, for an unknown id and an unknown path alike. Note `error` (a string), not `errors`. */
        NotFoundResponse: {
            /** @constant */
            error: "Resource not found";
        };
        /** @description An application to take one NPQ course with you. */
        NpqApplication: {
            attributes: components["schemas"]["NpqApplicationAttributes"];
            /**
             * Format: uuid
             * @description The application's id.
             */
            id: string;
            /**
             * @description Written with an underscore, unlike every other type.
             * @constant
             */
            type: "npq_application";
        };
        /** @description Optional choices made when accepting. */
        NpqApplicationAcceptRequest: {
            data?: {
                attributes: {
                    /** @description Required in `capped` cohorts, `false` in `zero` cohorts, ignored in `full` cohorts. */
                    funded_place?: boolean;
                    /** @description A schedule of the application's cohort; leave it out (or send `null`) for the default. */
                    schedule_identifier?: components["schemas"]["ScheduleIdentifier"] | null;
                };
                /**
                 * @description Optional; the service does not read it.
                 * @constant
                 */
                type?: "npq-application-accept";
            };
        };
        NpqApplicationAttributes: {
            /** @description The start year of the application's cohort. */
            cohort: components["schemas"]["CohortStartYear"] | null;
            /** @description The suffix of the application's cohort. */
            cohort_suffix: components["schemas"]["CohortSuffix"] | null;
            course_identifier: components["schemas"]["CourseIdentifier"];
            /**
             * Format: date-time
             * @description When the applicant applied.
             */
            created_at: string;
            /**
             * @description Whether DfE would fund this application: `false` when the person was funded before for this course,
             *     otherwise the eligibility DfE recorded.
             */
            eligible_for_funding: boolean;
            /** @description The applicant's email address, when they gave one. */
            email: string | null;
            /** @description Always `true`. */
            email_validated: boolean;
            /** @description The applicant's employer, when they do not work at a school. */
            employer_name: string | null;
            /** @description The applicant's role, when they do not work at a school. */
            employment_role: string | null;
            /** @description The applicant's full name. */
            full_name: string;
            /**
             * @description Whether DfE funds this place: decided on accept in `capped` cohorts, `false` in `zero` cohorts and `null`
             *     in `full` cohorts.
             */
            funded_place: boolean | null;
            /** @description Who will pay, when the applicant is not funded by DfE. */
            funding_choice: components["schemas"]["FundingChoice"] | null;
            /** @description Whether the applicant is a headteacher. */
            headteacher_status: components["schemas"]["HeadteacherStatus"] | null;
            /** @description Why the application is not eligible for funding, otherwise `null`. */
            ineligible_for_funding_reason: components["schemas"]["ApplicationIneligibleForFundingReason"] | null;
            /** @description The legal name of the accredited initial teacher training provider, for lead mentors. */
            itt_provider: string | null;
            /** @description Whether the applicant is an initial teacher training lead mentor. */
            lead_mentor: boolean | null;
            /**
             * Format: uuid
             * @description The applicant's id; the participant id once you accept.
             */
            participant_id: string;
            /** @description The URN of the private childcare provider the applicant works at (such as `EY944860`). */
            private_childcare_provider_urn: string | null;
            /** @description Why the application was rejected, otherwise `null`. */
            reason_for_rejection: components["schemas"]["ReasonForRejection"] | null;
            /** @description The schedule set when the application was accepted, otherwise `null`. */
            schedule_identifier: components["schemas"]["ScheduleIdentifier"] | null;
            /** @description The UK provider reference number of the applicant's school. */
            school_ukprn: string | null;
            /** @description The URN of the applicant's school. */
            school_urn: string | null;
            /**
             * Format: date
             * @description When the applicant started as a SENCO.
             */
            senco_start_date: string | null;
            status: components["schemas"]["ApplicationStatus"];
            /** @description Whether the application attracts the targeted delivery funding uplift. */
            targeted_delivery_funding_eligibility: boolean;
            /** @description `true` when the applicant works in England, Scotland, Wales, Northern Ireland, Jersey, Guernsey or the Isle of Man. */
            teacher_catchment: boolean;
            /** @description The country the applicant named, when outside those. */
            teacher_catchment_country: string | null;
            /** @description The three-letter ISO 3166 code of that country. */
            teacher_catchment_iso_country_code: string | null;
            /** @description The applicant's TRN, only once DfE has verified it. */
            teacher_reference_number: string | null;
            /** @description Whether DfE has verified the applicant's TRN. */
            teacher_reference_number_validated: boolean;
            /**
             * Format: date-time
             * @description When the application or the applicant's personal details last changed.
             */
            updated_at: string;
            /** @description The applicant's answer about working as a SENCO (a string, not a boolean). */
            works_as_senco: components["schemas"]["WorksAsSenco"] | null;
            /** @description Whether the applicant works at a school. */
            works_in_school: boolean | null;
        };
        /** @description The new funded place. */
        NpqApplicationChangeFundedPlaceRequest: {
            data: {
                attributes: {
                    /** @description Whether DfE funds this place. */
                    funded_place: boolean;
                };
                /**
                 * @description Optional; the service does not read it.
                 * @constant
                 */
                type?: "npq-application-change-funded-place";
            };
        };
        /** @description A page of applications. */
        NpqApplicationListResponse: {
            data: components["schemas"]["NpqApplication"][];
        };
        /** @description One application. */
        NpqApplicationResponse: {
            data: components["schemas"]["NpqApplication"];
        };
        /** @description The filters of the applications list. */
        NpqApplicationsFilter: {
            cohort?: components["schemas"]["CohortList"];
            participant_id?: components["schemas"]["ParticipantIdList"];
            updated_since?: components["schemas"]["UpdatedSince"];
        };
        /** @description One accepted application, the participant's training on one course with you. */
        NpqEnrolment: {
            /** @description The start year of the enrolment's cohort. */
            cohort: components["schemas"]["CohortStartYear"] | null;
            /** @description The suffix of the enrolment's cohort. */
            cohort_suffix: components["schemas"]["CohortSuffix"] | null;
            course_identifier: components["schemas"]["CourseIdentifier"];
            /**
             * Format: date-time
             * @description When you accepted the application.
             */
            created_at: string;
            /** @description Present when `training_status` is `deferred` and you deferred the participant, otherwise `null`. */
            deferral: components["schemas"]["ParticipantDeferral"] | null;
            /**
             * @description The eligibility for funding DfE recorded on the application (unlike the application's own
             *     `eligible_for_funding`, it does not turn `false` when the person was funded before).
             */
            eligible_for_funding: boolean;
            /** @description The participant's email address. */
            email: string | null;
            /** @description Whether DfE funds this place (see the application's `funded_place`). */
            funded_place: boolean | null;
            /**
             * Format: uuid
             * @description The accepted application.
             */
            npq_application_id: string;
            /** @description The enrolment's schedule. */
            schedule_identifier: components["schemas"]["ScheduleIdentifier"] | null;
            /** @description The URN of the participant's school. */
            school_urn: string | null;
            /** @description Whether the enrolment attracts the targeted delivery funding uplift. */
            targeted_delivery_funding_eligibility: boolean;
            training_status: components["schemas"]["TrainingStatus"];
            /** @description Present when `training_status` is `withdrawn` and you withdrew the participant, otherwise `null`. */
            withdrawal: components["schemas"]["ParticipantWithdrawal"] | null;
        };
        /** @description One recorded outcome of a participant's course; a change of outcome adds a new one. */
        NpqOutcome: {
            attributes: components["schemas"]["NpqOutcomeAttributes"];
            /**
             * Format: uuid
             * @description The outcome's id.
             */
            id: string;
            /** @constant */
            type: "participant-outcome";
        };
        NpqOutcomeAttributes: {
            /**
             * Format: date-time
             * @description The date the participant completed the course, as midnight with a `+00:00` offset.
             * @example 2026-07-20T00:00:00+00:00
             */
            completion_date: string;
            course_identifier: components["schemas"]["OutcomeCourseIdentifier"];
            /**
             * Format: date-time
             * @description When the outcome was recorded.
             */
            created_at: string;
            /**
             * Format: uuid
             * @description The participant.
             */
            participant_id: string;
            state: components["schemas"]["OutcomeState"];
            /**
             * Format: date-time
             * @description When the outcome last changed.
             */
            updated_at: string;
        };
        /** @description A participant's outcome. */
        NpqOutcomeCreateRequest: {
            data: {
                attributes: {
                    /**
                     * Format: date
                     * @description When the participant completed the course, not in the future.
                     */
                    completion_date: string;
                    course_identifier: components["schemas"]["OutcomeCourseIdentifier"];
                    /**
                     * @description `voided` cannot be sent: void the `completed` declaration instead.
                     * @enum {string}
                     */
                    state: "passed" | "failed";
                };
                /**
                 * @description Optional; the service does not read it.
                 * @constant
                 */
                type?: "npq-outcome-confirmation";
            };
        };
        /** @description A page of outcomes. */
        NpqOutcomeListResponse: {
            data: components["schemas"]["NpqOutcome"][];
        };
        /** @description One outcome. */
        NpqOutcomeResponse: {
            data: components["schemas"]["NpqOutcome"];
        };
        /** @description The filter of the outcomes list. */
        NpqOutcomesFilter: {
            /**
             * @description Only outcomes recorded since this moment, read as `updated_since` is.
             * @example 2026-07-01T00:00:00Z
             */
            created_since?: string;
        };
        /** @description A person with at least one application you accepted. */
        NpqParticipant: {
            attributes: components["schemas"]["NpqParticipantAttributes"];
            /**
             * Format: uuid
             * @description The participant's id. It changes if DfE merges duplicate records (see `participant_id_changes`).
             */
            id: string;
            /** @constant */
            type: "npq-participant";
        };
        NpqParticipantAttributes: {
            /** @description The participant's full name. */
            full_name: string;
            /** @description One entry per application of this person you accepted. */
            npq_enrolments: components["schemas"]["NpqEnrolment"][];
            /** @description Ids this participant had before DfE merged duplicate records into it, newest first. */
            participant_id_changes: components["schemas"]["ParticipantIdChange"][];
            /** @description Names the participant had before. */
            previous_names: string[];
            /** @description The participant's TRN, only once DfE has verified it. */
            teacher_reference_number: string | null;
            /**
             * Format: date-time
             * @description When anything in this participant's data last changed; what `filter[updated_since]` compares.
             */
            updated_at: string;
        };
        /** @description A page of participants. */
        NpqParticipantListResponse: {
            data: components["schemas"]["NpqParticipant"][];
        };
        /** @description One participant. */
        NpqParticipantResponse: {
            data: components["schemas"]["NpqParticipant"];
        };
        /** @description The filters of the participants list. */
        NpqParticipantsFilter: {
            /** @description A participant id retired by a merge. */
            from_participant_id?: string;
            training_status?: components["schemas"]["TrainingStatus"];
            updated_since?: components["schemas"]["UpdatedSince"];
        };
        /**
         * @description The leadership and specialist courses, the only ones with outcomes.
         * @enum {string}
         */
        OutcomeCourseIdentifier: "npq-early-years-leadership" | "npq-executive-leadership" | "npq-headship" | "npq-senior-leadership" | "npq-senco" | "npq-leading-behaviour-culture" | "npq-leading-literacy" | "npq-leading-primary-mathematics" | "npq-leading-teaching" | "npq-leading-teaching-development";
        /**
         * @description `voided` when the `completed` declaration the outcome belonged to was voided.
         * @enum {string}
         */
        OutcomeState: "passed" | "failed" | "voided";
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
        /** @description Move a participant on one course to another schedule and, optionally, another cohort. */
        ParticipantChangeScheduleRequest: {
            data: {
                attributes: {
                    /**
                     * @description The start year of the cohort to move to, as a string or a number. Leave it out to stay in the
                     *     current cohort's year.
                     * @example 2025
                     */
                    cohort?: string | number | null;
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
             * @description The application the declaration belongs to.
             */
            application_id: string;
            /**
             * Format: uuid
             * @description The statement the payment is (to be) taken back on.
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
             * @description When the participant reached the milestone.
             */
            declaration_date: string;
            declaration_type: components["schemas"]["DeclarationType"];
            /**
             * Format: uuid
             * @description The delivery partner you named.
             */
            delivery_partner_id: string | null;
            /** @description Its name. */
            delivery_partner_name: string | null;
            /**
             * @description From the latest outcome on this declaration: `true` passed, `false` failed, `null` when there is none or
             *     it was voided. A boolean, not a string.
             */
            has_passed: boolean | null;
            /** @description Why an `ineligible` declaration is not paid, when the service recorded it; otherwise `null`. */
            ineligible_for_funding_reason: "duplicate_declaration" | null;
            /** @description The lead provider that made the declaration. */
            lead_provider_name: string;
            /**
             * Format: uuid
             * @description The participant the declaration is for.
             */
            participant_id: string;
            /**
             * Format: uuid
             * @description The secondary delivery partner you named.
             */
            secondary_delivery_partner_id: string | null;
            /** @description Its name. */
            secondary_delivery_partner_name: string | null;
            state: components["schemas"]["DeclarationState"];
            /**
             * Format: uuid
             * @description The statement the declaration is (to be) paid on, while `eligible`, `payable` or `paid`.
             */
            statement_id: string | null;
            /**
             * Format: date-time
             * @description When the declaration last changed.
             */
            updated_at: string;
            /**
             * @description `true` for a `started` declaration on a leadership or specialist course, attracting the targeted delivery
             *     funding uplift, once paid (and after, while it is clawed back).
             */
            uplift_paid: boolean;
        };
        /** @description The new delivery partners of a declaration. */
        ParticipantDeclarationChangeDeliveryPartnerRequest: {
            data: {
                attributes: {
                    /** @description Ignored. */
                    declaration_type?: string;
                    /**
                     * Format: uuid
                     * @description The delivery partner.
                     */
                    delivery_partner_id: string;
                    /**
                     * Format: uuid
                     * @description Ignored.
                     */
                    participant_id?: string;
                    /**
                     * Format: uuid
                     * @description The secondary delivery partner; leave it out to remove it.
                     */
                    secondary_delivery_partner_id?: string;
                };
                /**
                 * @description Optional; the service does not read it.
                 * @constant
                 */
                type?: "participant-declaration";
            };
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
        /** @description The filters of the declarations list. */
        ParticipantDeclarationsFilter: {
            cohort?: components["schemas"]["CohortList"];
            participant_id?: components["schemas"]["ParticipantIdList"];
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
        /** @description Defer a participant on one course. */
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
        /** @description The body of a `410`. */
        ParticipantIdChangedResponse: {
            errors: {
                /** @description `The participant_id '<old id>' has been replaced with '<new id>'.` */
                detail: string;
                participant_id_changes: components["schemas"]["ParticipantIdChange"][];
                /** @constant */
                title: "Participant ID has been changed";
            }[];
        };
        /**
         * @description One or more participant ids, separated by commas; each must be a UUID.
         * @example 5d1c4b7e-2f8a-4c3d-9e6f-0a1b2c3d4e5f
         */
        ParticipantIdList: string;
        /** @description Resume a participant on one course. */
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
        /** @description The reason and time you gave when withdrawing the participant. */
        ParticipantWithdrawal: {
            /**
             * Format: date-time
             * @description When the withdrawal was recorded.
             */
            date: string;
            reason: components["schemas"]["WithdrawalReason"];
        };
        /** @description Withdraw a participant from one course. */
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
        /**
         * @description Why an application is `rejected`: you rejected it (`rejected_by_provider`), another application of the same
         *     person for the same course and cohort was accepted (`other_application_in_this_cohort_accepted`), or it was
         *     never decided before registration closed (`registration_expired`).
         * @enum {string}
         */
        ReasonForRejection: "registration_expired" | "rejected_by_provider" | "other_application_in_this_cohort_accepted";
        /**
         * @description A training schedule. Each cohort has its own copy of the schedules it offers. `npq-leadership-*` is for
         *     leadership courses, `npq-specialist-*` for specialist ones (which have no `retained-2`), `npq-ehco-*` for the
         *     early headship coaching offer and `npq-aso-*` for the additional support offer (2021 only).
         * @enum {string}
         */
        ScheduleIdentifier: "npq-aso-march" | "npq-aso-june" | "npq-aso-november" | "npq-aso-december" | "npq-ehco-march" | "npq-ehco-june" | "npq-ehco-november" | "npq-ehco-december" | "npq-leadership-autumn" | "npq-leadership-spring" | "npq-specialist-autumn" | "npq-specialist-spring";
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
             * @description The statement's id.
             */
            id: string;
            /** @constant */
            type: "statement";
        };
        StatementAttributes: {
            cohort: components["schemas"]["CohortStartYear"];
            /**
             * Format: date-time
             * @description When the statement was created.
             */
            created_at: string;
            /**
             * Format: date
             * @description The last day declarations can be added to this statement.
             */
            cut_off_date: string;
            month: components["schemas"]["StatementMonth"];
            /** @description Whether the statement has been paid. */
            paid: boolean;
            /**
             * Format: date
             * @description When DfE pays the statement.
             */
            payment_date: string;
            /**
             * Format: date-time
             * @description When the statement last changed.
             */
            updated_at: string;
            /** @description The year of the statement. */
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
        /** @description The filters of the statements list. */
        StatementsFilter: {
            cohort?: components["schemas"]["CohortList"];
            updated_since?: components["schemas"]["UpdatedSince"];
        };
        /**
         * @description What you last reported about the training (deferring, withdrawing or resuming).
         * @enum {string}
         */
        TrainingStatus: "active" | "deferred" | "withdrawn";
        /** @description The body of a `401`. Note `error` (a string), not `errors`. */
        UnauthorizedResponse: {
            /** @constant */
            error: "HTTP Token: Access denied";
        };
        /**
         * @description Only records changed since this moment: a full date and time, `YYYY-MM-DDThh:mm:ss` with an optional
         *     fraction and `Z` or offset (no offset means UTC). A date alone is refused. Use `Z` rather than an offset: the
         *     service decodes this value twice, so `+` becomes a space.
         * @example 2025-10-01T09:30:00Z
         */
        UpdatedSince: string;
        /**
         * @description Why a participant was withdrawn. One value ends with a full stop
         *     (`quality-of-programme-structure-not-suitable.`): that is the service's spelling.
         * @enum {string}
         */
        WithdrawalReason: "insufficient-capacity-to-undertake-programme" | "personal-reason-health-or-pregnancy-related" | "personal-reason-moving-school" | "personal-reason-other" | "insufficient-capacity" | "change-in-developmental-or-personal-priorities" | "change-in-school-circumstances" | "change-in-school-leadership" | "quality-of-programme-structure-not-suitable." | "quality-of-programme-content-not-suitable" | "quality-of-programme-facilitation-not-effective" | "quality-of-programme-accessibility" | "quality-of-programme-other" | "programme-not-appropriate-for-role-and-cpd-needs" | "started-in-error" | "expected-commitment-unclear" | "assessment-requirements-not-met" | "change-in-career" | "disengaged-and-unresponsive" | "non-payment-of-invoice" | "other";
        /**
         * @description The applicant's answer about working as a special educational needs co-ordinator.
         * @enum {string}
         */
        WorksAsSenco: "yes" | "no_but_i_plan_to_become_one" | "no_i_do_not_plan_to_be_a_SENCO";
    };
    responses: {
        /** @description A page, `updated_since` or `participant_id` value was not acceptable, or `filter` was sent as a plain value. */
        BadIdListQuery: {
            headers: {
                "Cache-Control": components["headers"]["CacheControlNoStore"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description A page or `updated_since` value was not acceptable, or `filter` was sent as a plain value. */
        BadListQuery: {
            headers: {
                "Cache-Control": components["headers"]["CacheControlNoStore"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description A page or `created_since` value was not acceptable, or `filter` was sent as a plain value. */
        BadOutcomesQuery: {
            headers: {
                "Cache-Control": components["headers"]["CacheControlNoStore"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description A page value was not acceptable, or `filter` was sent as a plain value. */
        BadPageQuery: {
            headers: {
                "Cache-Control": components["headers"]["CacheControlNoStore"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description `filter` was sent as a plain value (`?filter=abc`) rather than as `filter[...]` keys; the service checks this
         *     on every endpoint, before the token. The Lead Provider Kit sandbox also answers `400` when
         *     `X-With-Server-Date` cannot be read.
         */
        BadRequest: {
            headers: {
                "Cache-Control": components["headers"]["CacheControlNoStore"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description The body has no `data` or no `data.attributes` where the endpoint needs them; a value the service could not
         *     read at all; or `filter` was sent as a plain value.
         */
        BadRequestBody: {
            headers: {
                "Cache-Control": components["headers"]["CacheControlNoStore"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The declaration was made by another lead provider; you can read it but not change it. */
        CannotModifyDeclaration: {
            headers: {
                "Cache-Control": components["headers"]["CacheControlNoStore"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description No record with this id is visible to you (or the path does not exist). Note the shape: a single `error`
         *     string.
         */
        NotFound: {
            headers: {
                "Cache-Control": components["headers"]["CacheControlNoStore"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NotFoundResponse"];
            };
        };
        /**
         * @description The `If-None-Match` header you sent is exactly this response's current `ETag`: nothing changed. No body and
         *     no `Content-Type`.
         */
        NotModified: {
            headers: {
                "Cache-Control": components["headers"]["CacheControlNoStore"];
                ETag: components["headers"]["ETag"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /**
         * @description DfE merged this participant id into another participant's record. Use `to_participant_id` from now on; the
         *     entry's `participant_id_changes` holds the merge.
         */
        ParticipantIdChanged: {
            headers: {
                "Cache-Control": components["headers"]["CacheControlNoStore"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ParticipantIdChangedResponse"];
            };
        };
        /**
         * @description More than 1,000 requests in a 5-minute period with this token: the plain-text body `Retry later`, from DfE's
         *     service and from the Lead Provider Kit sandbox's rate limit alike. Back off and retry; do not parse the body.
         *     A `429` injected through the sandbox's control API (`POST /__sandbox/faults`) is the one exception: the JSON
         *     error format, with `Retry-After: 1`.
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
                "Cache-Control": components["headers"]["CacheControlNoStore"];
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
        /** @description The application's id. */
        NpqApplicationId: string;
        /** @description The participant's id. */
        NpqParticipantId: string;
        /** @description Which page to return and how long pages are. Sent as `page[page]=2&page[per_page]=500`. */
        Page: components["schemas"]["Pagination"];
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
    };
    requestBodies: never;
    headers: {
        /** @description The web framework's default, on the rate limit's `429`, which no controller produces. */
        CacheControlNoCache: "no-cache";
        /** @description Set by the service's controllers, the error pages included, on every response; nothing may be stored. */
        CacheControlNoStore: "no-store";
        /**
         * @description The web server's weak validator of this exact body: `W/"` and the first 32 hexadecimal digits of the
         *     SHA-256 of the body, then `"`. Send it back as `If-None-Match` on the same `GET` to get `304 Not Modified`
         *     when nothing changed.
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
                 * @description Order of the list: `name`, `created_at` or `updated_at`, ascending, or descending with a leading `-`.
                 *     Several comma-separated keys are accepted and unknown ones are ignored.
                 */
                sort?: components["schemas"]["DeliveryPartnerSort"];
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
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPartnerListResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadPageQuery"];
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
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
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
    listNpqApplications: {
        parameters: {
            query?: {
                /** @description Narrow the list. Sent as `filter[cohort]=2025` and so on. */
                filter?: components["schemas"]["NpqApplicationsFilter"];
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
            /** @description One page of applications. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NpqApplicationListResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadIdListQuery"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getNpqApplication: {
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
                /** @description The application's id. */
                id: components["parameters"]["NpqApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NpqApplicationResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    acceptNpqApplication: {
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
                /** @description The application's id. */
                id: components["parameters"]["NpqApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["NpqApplicationAcceptRequest"];
            };
        };
        responses: {
            /** @description The application, now accepted. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NpqApplicationResponse"];
                };
            };
            400: components["responses"]["BadRequestBody"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description An acceptance rule rejected the request; see the table above. */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    changeNpqApplicationFundedPlace: {
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
                /** @description The application's id. */
                id: components["parameters"]["NpqApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NpqApplicationChangeFundedPlaceRequest"];
            };
        };
        responses: {
            /** @description The application with its new funded place. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NpqApplicationResponse"];
                };
            };
            400: components["responses"]["BadRequestBody"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description A funded place rule rejected the request; see the table above. */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    rejectNpqApplication: {
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
                /** @description The application's id. */
                id: components["parameters"]["NpqApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application, now rejected. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NpqApplicationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description A rejection rule refused the request; see the table above. */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
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
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantDeclarationListResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadIdListQuery"];
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
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
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
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
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
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
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
    changeParticipantDeclarationDeliveryPartner: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantDeclarationChangeDeliveryPartnerRequest"];
            };
        };
        responses: {
            /** @description The declaration with its new delivery partners. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantDeclarationResponse"];
                };
            };
            400: components["responses"]["BadRequestBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["CannotModifyDeclaration"];
            404: components["responses"]["NotFound"];
            /** @description A delivery partner rule rejected the request; see the table above. */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
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
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantDeclarationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["CannotModifyDeclaration"];
            404: components["responses"]["NotFound"];
            /** @description The declaration cannot be voided; see the table above. */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    listNpqParticipants: {
        parameters: {
            query?: {
                /** @description Narrow the list. Sent as `filter[training_status]=active` and so on. */
                filter?: components["schemas"]["NpqParticipantsFilter"];
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
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NpqParticipantListResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadListQuery"];
            401: components["responses"]["Unauthorized"];
            /** @description `filter[training_status]` is not one of `active`, `deferred` and `withdrawn`. */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    getNpqParticipant: {
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
                id: components["parameters"]["NpqParticipantId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The participant. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NpqParticipantResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["ParticipantIdChanged"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    changeNpqParticipantSchedule: {
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
                id: components["parameters"]["NpqParticipantId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantChangeScheduleRequest"];
            };
        };
        responses: {
            /** @description The participant on the new schedule. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NpqParticipantResponse"];
                };
            };
            400: components["responses"]["BadRequestBody"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description A schedule rule rejected the request; see the table above. */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    deferNpqParticipant: {
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
                id: components["parameters"]["NpqParticipantId"];
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
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NpqParticipantResponse"];
                };
            };
            400: components["responses"]["BadRequestBody"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description A deferral rule rejected the request; see the table above. */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    listNpqParticipantOutcomes: {
        parameters: {
            query?: {
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
            path: {
                /** @description The participant's id. */
                id: components["parameters"]["NpqParticipantId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the participant's outcomes. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NpqOutcomeListResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadPageQuery"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["ParticipantIdChanged"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createNpqParticipantOutcome: {
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
                id: components["parameters"]["NpqParticipantId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NpqOutcomeCreateRequest"];
            };
        };
        responses: {
            /** @description The outcome recorded (or the identical one that already existed). */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NpqOutcomeResponse"];
                };
            };
            400: components["responses"]["BadRequestBody"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description An outcome rule rejected the request; see the table above. */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    resumeNpqParticipant: {
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
                id: components["parameters"]["NpqParticipantId"];
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
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NpqParticipantResponse"];
                };
            };
            400: components["responses"]["BadRequestBody"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description A resume rule rejected the request; see the table above. */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    withdrawNpqParticipant: {
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
                id: components["parameters"]["NpqParticipantId"];
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
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NpqParticipantResponse"];
                };
            };
            400: components["responses"]["BadRequestBody"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description A withdrawal rule rejected the request; see the table above. */
            422: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    listNpqOutcomes: {
        parameters: {
            query?: {
                /** @description Narrow the list. Sent as `filter[created_since]=2025-10-01T00:00:00Z`. */
                filter?: components["schemas"]["NpqOutcomesFilter"];
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
            /** @description One page of outcomes. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NpqOutcomeListResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadOutcomesQuery"];
            401: components["responses"]["Unauthorized"];
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
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
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
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
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
}
