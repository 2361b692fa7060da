/**
 * Generated from spec/sandbox-v1.yaml by openapi-typescript (packages/sdk/scripts/generate-types.ts).
 * Do not edit: run `pnpm --filter @lpkit/sdk generate` after changing the spec.
 */

export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * A page for a browser that says where everything is
         * @description A small self-contained HTML page (no script, no remote resource; its `Content-Security-Policy` allows only
         *     its inline style) naming the ECF API (`/ecf/api/v3`, base URL `/ecf`), the API reference (`/docs`), the
         *     control API (`/__sandbox`) and each lead provider's token. When the sandbox was started with a control
         *     token, the tokens are left off the page (`GET /__sandbox/lead-providers` with the control token lists
         *     them). There is no JSON form: programs read `GET /__sandbox/lead-providers` and `/docs/*.json`.
         */
        get: operations["getHome"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/clock": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        /** The sandbox's current time */
        get: operations["getClock"];
        /**
         * Freezes the clock, lets it run from another instant, or returns it to real time
         * @description `{"now": "2025-10-01T09:30:00Z"}` freezes time at that instant. Adding `"frozen": false` lets time run
         *     from there instead. `{"now": null}` returns to real time. The world is not rebuilt: derived values such as
         *     participant statuses and which statement is open follow the new time on the next request.
         */
        put: operations["setClock"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/delivery-partners": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Creates a delivery partner working with a lead provider in the given cohorts */
        post: operations["createDeliveryPartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/faults": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        /** The faults still armed */
        get: operations["getFaults"];
        put?: never;
        /**
         * Makes the next matching API requests fail with a status
         * @description The next `count` requests to the lead provider APIs whose path starts with `path` (all of them without
         *     `path`) and, when given, use `method`, fail with `status` before authentication. The body is the real
         *     service's for the statuses it defines (401, 404) and its error format otherwise; 429 and 503 carry
         *     `Retry-After: 1`. Control API and `/docs` requests are never affected.
         *
         *     A `path` that begins no route of the lead provider APIs would never fire, and is refused with `400`: the
         *     ECF API's paths include the sandbox's `/ecf` mount (`/ecf/api/v3/participants`, not `/api/v3/participants`,
         *     for which the detail asks "Did you mean /ecf/api/v3/participants?"), and the NPQ API's its `/npq` mount
         *     (`/npq/api/v3/npq-applications`). A prefix matches whole segments, and `{id}` segments stand for any id:
         *     `/ecf`, `/ecf/api/v3/statements`, `/ecf/api/v3/participants/{id}/withdraw` and `/npq/api/v3/participants/npq`
         *     can fire, `/ecf/api/v3/participant` cannot. On the NPQ API a fault answers in the NPQ service's format (its
         *     401 and 404 bodies, JSON without a charset).
         */
        post: operations["createFault"];
        /** Disarms every fault */
        delete: operations["clearFaults"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/health": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        /** Answers as soon as the sandbox accepts requests */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/journal": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The world's journal, to replay it elsewhere
         * @description Every change the sandbox accepted since it started, in order: the engine commands of API writes and control
         *     fixtures (with the instant and the id-stream position each ran at), clock moves and resets. NDJSON: the first
         *     line is the header (`format`, `seed`, `size` when given, `builtAt`, `clock`), then one entry a line, numbered
         *     from 1 (`n`, `kind`: `command`, `clock` or `reset`). Reads and refused requests are not in it; neither are
         *     faults, rate-limit counters nor the request log. Start a sandbox from it with `lpkit-sandbox --replay <file>`
         *     (add `--replay-until <n>` to stop after entry n) or `createSandbox({ journal })`: the replayed world has the
         *     same digest. The lines are sent as they are read, up to the entry that was last when the request came.
         */
        get: operations["getJournal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/lead-providers": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        /** The lead providers of the seeded world, with their bearer tokens */
        get: operations["getLeadProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/npq/applications": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Registers an NPQ application, pending or already decided
         * @description What a person registering on DfE's NPQ service does, and (with `status`) what the lead provider or DfE then
         *     decided, without the lead provider API's checks: any state the NPQ API shows can be set up. Without
         *     `participant_id` a new person applies (with `trn`, two people can share a TRN); with it, the existing person
         *     applies again. `cohort` is an identifier (`2025a`); a bare year means suffix `a`. For `accepted`,
         *     `schedule_identifier` defaults to the course group's default schedule (`null` is no schedule),
         *     `funded_place` to what accept would store, and `training_status` to `active`; `deferred` and `withdrawn`
         *     are recorded at the sandbox clock with `reason` (default `other`). A refused application changes nothing.
         */
        post: operations["createNpqApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/npq/applications/{id}/change-lead-provider": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Moves an NPQ application to another lead provider, as DfE support does
         * @description What DfE support does when a participant changes provider: the application, in whatever status, now belongs
         *     to `lead_provider_id` (its `updated_at` moves). Its declarations stay with the lead provider that made them:
         *     the new lead provider sees them but cannot void them or change their delivery partner (`403`), and the old
         *     one no longer sees the application. Moving it to the lead provider it is already with is refused (`422`).
         */
        post: operations["changeNpqApplicationLeadProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/npq/cohorts": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates an NPQ cohort with its schedules and every lead provider's statements
         * @description What DfE does before a new registration period: the cohort `identifier` (`2027a`, `2026c`; a bare year means
         *     suffix `a`) with its `funding` and `registration_start_date` (default 1 April of the start year, and always in
         *     that year), the schedules DfE's seeds give a cohort of that start year (for 2025 onwards the four EHCO
         *     schedules and leadership and specialist autumn and spring), dated from the start year, and, for each of the
         *     eight NPQ lead providers, the monthly statements DfE's seeds create: two years of them from two months before
         *     the registration start month, each with a contract per course the cohort offers, or none with
         *     `contracts: false` (then no declaration can be placed on them). An identifier that exists, or a start year
         *     before 2021, is refused (`422`).
         */
        post: operations["createNpqCohort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/npq/delivery-partners": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates an NPQ delivery partner working with a lead provider in the given cohorts
         * @description A delivery partner of the NPQ service, linked to the lead provider in each cohort (identifiers; a bare year
         *     means suffix `a`): what its declarations may name, and what `GET /npq/api/v3/delivery-partners` lists to that
         *     lead provider. Without `name`, a numbered one.
         */
        post: operations["createNpqDeliveryPartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/npq/lead-providers": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The NPQ API's lead providers, with their bearer tokens
         * @description The eight lead providers of DfE's NPQ service, with their NPQ ids (a lead provider that also trains ECTs has
         *     another id on the ECF API) and the cohorts (identifiers such as `2025a`) they have contracts for. A lead
         *     provider in both services has one token for both APIs.
         */
        get: operations["getNpqLeadProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/npq/participants/{id}/change-id": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merges an NPQ participant into another, or gives them a new id, as DfE does
         * @description What DfE does with a duplicate person: the participant `{id}` is merged into `to_participant_id`, or, without
         *     it, moved to a new id. Their applications move to the person kept; from then on the old id answers `410`
         *     (`Participant ID has been changed`, with the change as `participant_id_changes`) on
         *     `GET /npq/api/v3/participants/npq/{id}` and its outcomes, `filter[from_participant_id]` finds the person
         *     kept, and every other NPQ endpoint treats the old id as unknown. An id that names no participant (or one
         *     already merged) is `404`.
         */
        post: operations["changeNpqParticipantId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/participants": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Registers a participant (or a second role for an existing one) with a lead provider
         * @description Creates the school, partnership and training period the participant needs, as schools and appropriate
         *     bodies would. Without `school_id`, a new school eligible for funding is created; without
         *     `delivery_partner_id`, one the lead provider works with in that cohort is used; a partnership between the
         *     lead provider, school and delivery partner is created for the cohort when missing. With `participant_id`,
         *     the existing participant gets the other role (an ECT becomes a mentor too, or the reverse).
         */
        post: operations["createParticipant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/participants/{id}/eligible-for-funding": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Makes a participant's role eligible for funding
         * @description What an appropriate body recording an induction start does for an ECT, or mentor registration for a
         *     mentor. The role's `submitted` declarations become `eligible` and are placed on a statement.
         */
        post: operations["makeParticipantEligibleForFunding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/requests": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The last requests lead providers' clients sent, with what the sandbox answered
         * @description The request log, oldest first. It records every request a lead provider's client sends: the ECF API under
         *     `/ecf`, and any path the sandbox does not serve (such as `/api/v3/participants`, a base URL without `/ecf`).
         *     The sandbox's own pages and APIs are left out: the control API (`/__sandbox/*`, so listing the log never
         *     logs itself), `/docs`, `/` and `/favicon.ico`.
         *
         *     For each request:
         *
         *     1. `id`: its number in the log, given when it is answered (1, 2, 3, ...). Ids are never reused, even after
         *        `DELETE /__sandbox/requests` or a reset, so `since` with the last id seen lists only what came after.
         *     2. `time`: the real time it arrived, with milliseconds; `sandbox_time`: the sandbox's instant it ran at
         *        (its clock, or `X-With-Server-Date`).
         *     3. `method`, `path` and `query` as sent (`query` without the `?`, empty when there is none).
         *     4. `lead_provider`: the lead provider of its bearer token, or `null` without a known token.
         *     5. `status` and `duration_ms`, the time the sandbox took to answer.
         *     6. `error_detail`: for an error status (400 and above), the first error's `detail`, the `error` of a
         *        `{"error": ...}` body, or the first line of a plain-text body; otherwise `null`.
         *     7. `request_body` and `response_body`: the text (`null` when there was no body, and for the response to a
         *        `HEAD`), its content type, and `json`, the text parsed, when it is whole JSON.
         *
         *     The log is bounded so that a load test cannot exhaust memory: the last 1,000 requests, and the first
         *     16,384 characters of each body (longer ones are cut, with `truncated: true` and no `json`).
         *     `createSandbox({ requestLog: { maxEntries, maxBodyLength } })` changes the bounds, `requestLog: false` keeps
         *     nothing.
         *
         *     Every filter given must match. A malformed value, a filter given twice or an unknown query parameter is
         *     refused with 400, so a typo never silently lists everything.
         */
        get: operations["getRequests"];
        put?: never;
        post?: never;
        /**
         * Empties the request log
         * @description Ids go on from the last one, so a `since` taken before still means "after that request".
         */
        delete: operations["clearRequests"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/reset": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Throws the current world away and seeds a new one
         * @description Rebuilds both APIs' worlds. Without `seed`, the seed the sandbox started with is used again. With `now`, the
         *     clock is frozen at that instant before the worlds are built (statement statuses, participant statuses and every timestamp follow
         *     from it); `now: null` releases the clock to real time. Armed faults, rate-limit counters and the request
         *     log are cleared (request ids go on from the last one).
         */
        post: operations["resetSandbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/scenarios": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Named situations of both APIs' worlds and the ids to reach them
         * @description The ECF API's scenarios (`programme: ecf`), recorded when the world was seeded, then the NPQ API's
         *     (`programme: npq`, names starting `npq-`), computed from the NPQ world at each request: a participant declared
         *     for since no longer shows as ready to declare, and a voided declaration leaves the scenario of its old state.
         *     Each filter narrows the list; a well-formed value that matches nothing gives an empty list. A malformed
         *     `programme` or `lead_provider_id`, a filter given twice or an unknown query parameter is refused with 400.
         */
        get: operations["getScenarios"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/schools": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Creates a school */
        post: operations["createSchool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/statements": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Every statement of both APIs' worlds, output and service fee alike, by payment date
         * @description What DfE finance sees: the statements of every lead provider of the ECF API and of the NPQ API (`programme`
         *     says which), including the service fee statements that the lead provider APIs never show. Ordered by payment
         *     date, then lead provider name, then cohort. Each filter narrows the list; a well-formed value that matches
         *     nothing (an unknown lead provider, a cohort without statements) gives an empty list. A malformed value, a
         *     filter given twice or an unknown query parameter is refused with 400, so a typo never silently lists
         *     everything.
         */
        get: operations["getStatements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/statements/{id}/adjustments": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Adds an additional adjustment to a statement
         * @description What DfE finance adds by hand to a statement's money (payment rules §1.5, §6.2): a description and a non-zero
         *     amount in pounds and pence (negative to take money off), counted into the statement's total in its breakdown
         *     and shown in its CSV's calculation. An ECF statement takes adjustments on an output statement only, from
         *     -1000000.00 to 1000000.00 (as RECT limits them); an NPQ statement on any statement, with no limit. A paid
         *     statement's adjustments can no longer be changed (422). The amount is answered as the calculator shows
         *     amounts (`150` becomes `150.00`).
         */
        post: operations["addStatementAdjustment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/statements/{id}/adjustments/{adjustment_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Removes an adjustment from a statement that is not paid */
        delete: operations["removeStatementAdjustment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/statements/{id}/breakdown": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * What a statement pays, band by band, as DfE finance calculates it
         * @description Works for every statement of both worlds, output and service fee statements alike (the lead provider APIs
         *     list output statements only), told apart by `programme`. For an ECF statement the money is calculated from the declarations in the world and the
         *     contract's terms at the time of the request: a declaration counts as billable on its statement while it
         *     is eligible, payable or paid (a paid declaration voided later still counts on the statement that paid it),
         *     as a clawback on its clawback statement, and as voided on its statement. Bands are filled per declaration
         *     type across the lead provider's statements for the cohort with an earlier payment date.
         *
         *     `calculation` is the document the engine's `calculateStatement` returns (camelCase, amounts as pounds
         *     strings rounded half-up to the penny, each on its own, so rows need not add up to the totals to the
         *     penny). The seeded contracts' prices are illustrative, not DfE's.
         *
         *     For an NPQ statement (payment rules §6) the calculation is per course contract: distinct (participant,
         *     declaration type) pairs per course billable on the statement (eligible, payable, paid, and paid ones later
         *     clawed back), refundable on it as its clawback statement, voided on it (a voided declaration keeps its
         *     statement for this, though the NPQ API shows it with `statement_id: null`); the monthly service fee of each
         *     contract; targeted delivery funding up to October 2025. Special courses are shown and left out of the total,
         *     which is net of VAT (NPQ statements carry none). A statement without contracts is a 422.
         *
         *     The body's own fields are snake_case; `calculation` stays in the engine's camelCase on purpose, so that a
         *     client can feed it back to `renderStatementBreakdown` or `statementDeclarationsCsv`
         *     (docs/decisions/payments-stored-statements.md).
         */
        get: operations["getStatementBreakdown"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/statements/{id}/declarations.csv": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The declarations on a statement, one CSV row each, with the band and amount of each
         * @description RFC 4180 (CRLF line ends, a header row) with the columns `declaration_id`, `participant_id`,
         *     `course_identifier`, `declaration_type`, `declaration_date`, `state`, `statement_id`,
         *     `clawback_statement_id`, `counted_as` (`output`, `output-beyond-capacity`, `clawback`,
         *     `clawback-unmatched`, `voided` or `none`), `band`, `output_amount`, `uplift_amount` and `amount`. A row is
         *     on the statement when it is paid, clawed back or voided on it; rows are ordered by declaration date, then
         *     id. The service bands declarations by count, so within a declaration type the earlier declarations are
         *     shown in the lower bands and clawbacks in the top ones. A service fee statement has the header only.
         *
         *     An NPQ statement's CSV has the columns `declaration_id`, `participant_id`, `course_identifier`,
         *     `declaration_type`, `declaration_date`, `state`, `statement_id` (kept on voided declarations),
         *     `clawback_statement_id`, `special_course`, `targeted_delivery_funding`, `counted_as` (`output`,
         *     `output-duplicate`, `clawback`, `clawback-duplicate`, `no-contract`, `voided` or `none`), `output_amount`,
         *     `targeted_delivery_funding_amount` and `amount`: of several declarations of one participant and type on a
         *     course, the earliest carries the amount (docs/decisions/payments-npq.md).
         */
        get: operations["getStatementDeclarationsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/statements/{id}/mark-paid": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Authorises payment of a payable statement
         * @description Payable declarations become `paid` and those awaiting clawback `clawed-back`. Works for ECF and NPQ
         *     statements alike, by id. Fails with 422 and the reason when the statement is not payable, its cut-off date
         *     is not in the past, or (an ECF statement) it holds nothing to pay.
         */
        post: operations["markStatementPaid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/statements/{id}/mark-payable": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Marks an output statement payable, with its eligible declarations
         * @description What the real service's nightly job does once a statement's cut-off date has passed (the job does not
         *     run in DfE's sandbox). Works for ECF and NPQ statements alike, by id. Fails with 422 and the reason when the
         *     statement is not an open output statement or its cut-off date is not in the past; move the clock first.
         */
        post: operations["markStatementPayable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/world": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The seed, a digest and the size of the current world
         * @description Two sandboxes with the same digest hold byte-identical worlds. `digest` and `counts` describe the ECF API's
         *     world; `npq` the NPQ API's, built from the same seed and clock.
         */
        get: operations["getWorld"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/worlds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The sandbox's isolated worlds, the default world first
         * @description One sandbox holds several independent worlds, so parallel CI jobs can share one server without seeing each
         *     other's records: each world has its own records, clock, faults, rate-limit counters, request log and
         *     journal. A request picks its world with the `X-Sandbox-World` header on every path (`/ecf`, `/npq`,
         *     `/__sandbox`, `/finance`); without it, the default world. `/__sandbox/worlds` itself belongs to the whole
         *     sandbox and ignores the header. Only the default world is kept in a `--data` file; the others live in memory.
         */
        get: operations["getWorlds"];
        put?: never;
        /**
         * Creates an isolated world
         * @description Builds a new world from `seed` (default: the seed the sandbox was started with) with its clock frozen at
         *     `now` (default, or `null`: real time). Without `name`, the sandbox picks one (`world-1`, `world-2`, ...).
         *     Send its name as `X-Sandbox-World` to use it. A sandbox holds at most 100 worlds.
         */
        post: operations["createWorld"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/worlds/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Deletes an isolated world and everything in it */
        delete: operations["deleteWorld"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        BandedDeclarationTypeCalculation: {
            bands: {
                band: string;
                billable: components["schemas"]["Count"];
                clawbacks: components["schemas"]["Pounds"];
                outputPayment: components["schemas"]["Pounds"];
                previousBillable: components["schemas"]["Count"];
                previousRefundable: components["schemas"]["Count"];
                refundable: components["schemas"]["Count"];
                unitFee: components["schemas"]["Pounds"];
            }[];
            /** @description This statement's declarations beyond the last band, which are not paid. */
            billableBeyondCapacity: components["schemas"]["Count"];
            clawbacks: components["schemas"]["Pounds"];
            declarationType: components["schemas"]["DeclarationType"];
            outputPayment: components["schemas"]["Pounds"];
            previousBillableBeyondCapacity: components["schemas"]["Count"];
            previousRefundableUnmatched: components["schemas"]["Count"];
            proportion: components["schemas"]["Ratio"];
            refundableUnmatched: components["schemas"]["Count"];
            voided: components["schemas"]["Count"];
        };
        BandedFeeStructureCalculation: {
            bands: {
                /** @example A */
                band: string;
                capacity: number;
                feePerDeclaration: components["schemas"]["Pounds"];
                from: number;
                outputFeeRatio: components["schemas"]["Ratio"];
                serviceFeeRatio: components["schemas"]["Ratio"];
                to: number;
            }[];
            /** @description Every declaration type, in milestone order, with every band. */
            declarations: components["schemas"]["BandedDeclarationTypeCalculation"][];
            /** @constant */
            model: "ecf-banded";
            serviceFee: {
                /** @constant */
                basis: "monthly-service-fee";
                monthly: components["schemas"]["Pounds"];
            } | {
                bands: {
                    amount: components["schemas"]["Pounds"];
                    band: string;
                    participants: components["schemas"]["Count"];
                }[];
                /** @constant */
                basis: "recruitment-target";
                monthly: components["schemas"]["Pounds"];
                numberOfPayments: number;
                recruitmentTarget: components["schemas"]["Count"];
                setupFee: components["schemas"]["Pounds"];
                setupFeeDeduction: components["schemas"]["Pounds"];
            };
            totals: {
                clawbacks: components["schemas"]["Pounds"];
                outputPayment: components["schemas"]["Pounds"];
                serviceFee: components["schemas"]["Pounds"];
                subtotal: components["schemas"]["Pounds"];
                upliftFees: components["schemas"]["Pounds"];
            };
            uplift: {
                billable: components["schemas"]["Count"];
                clawbacks: components["schemas"]["Pounds"];
                /** @description Null when the contract pays no uplift fee (from the 2025 cohort). */
                feePerDeclaration: components["schemas"]["Pounds"] | null;
                refundable: components["schemas"]["Count"];
                upliftFees: components["schemas"]["Pounds"];
            };
        };
        Clock: {
            frozen: boolean;
            now: components["schemas"]["Timestamp"];
        };
        ClockUpdate: {
            /** @default true */
            frozen?: boolean;
            now: string | null;
        };
        /**
         * @description A cohort year: the year of the contract that funds the training. `2025` covers training starting in the
         *     2025/26 academic year.
         * @example 2025
         */
        Cohort: string;
        Count: number;
        /**
         * @description `ecf-induction` for an ECT, `ecf-mentor` for a mentor.
         * @enum {string}
         */
        CourseIdentifier: "ecf-induction" | "ecf-mentor";
        CourseRequest: {
            course_identifier: components["schemas"]["CourseIdentifier"];
        };
        /**
         * @description The milestone being declared. `extended-1` to `extended-3` only exist on `ecf-extended-*` schedules, and
         *     mentors in cohorts from 2025 only have `started` and `completed`.
         * @enum {string}
         */
        DeclarationType: "started" | "retained-1" | "retained-2" | "retained-3" | "retained-4" | "completed" | "extended-1" | "extended-2" | "extended-3";
        /**
         * @description Why a participant's training was deferred.
         * @enum {string}
         */
        DeferralReason: "bereavement" | "long-term-sickness" | "parental-leave" | "career-break" | "other";
        DeliveryPartnerCreated: {
            data: {
                id: components["schemas"]["Uuid"];
                name: string;
            };
        };
        DeliveryPartnerFixture: {
            cohorts: components["schemas"]["Cohort"][];
            lead_provider_id: components["schemas"]["Uuid"];
            name?: string;
        };
        EcfStatementBreakdown: {
            /** @description The statement's adjustments in the order they were added, with the ids that remove them. */
            adjustments: components["schemas"]["StatementAdjustment"][];
            calculation: components["schemas"]["StatementCalculation"];
            cohort: components["schemas"]["Cohort"];
            contract_id: components["schemas"]["Uuid"];
            /**
             * @description `ittecf_ectp` contracts (2025 on) pay mentors a flat rate; `ecf` contracts band them with ECTs.
             * @enum {string}
             */
            contract_type: "ecf" | "ittecf_ectp";
            cut_off_date: components["schemas"]["StatementCutOffDate"];
            fee_type: components["schemas"]["StatementFeeType"];
            lead_provider_id: components["schemas"]["Uuid"];
            /** @example Ambition Institute */
            lead_provider_name: string;
            marked_as_paid_at: components["schemas"]["Timestamp"] | null;
            month: components["schemas"]["StatementMonth"];
            payment_date: components["schemas"]["StatementPaymentDate"];
            /** @enum {string} */
            programme: "ecf";
            statement_id: components["schemas"]["Uuid"];
            status: components["schemas"]["StatementStatus"];
            year: components["schemas"]["StatementYear"];
        };
        /** @description The error format shared with the lead provider API (every status but its 401). */
        ErrorResponse: {
            errors: {
                detail: string;
                title: string;
            }[];
        };
        Fault: {
            id: string;
            method: string | null;
            path: string | null;
            remaining: number;
            status: number;
        };
        FaultEnvelope: {
            data: components["schemas"]["Fault"];
        };
        FaultList: {
            data: components["schemas"]["Fault"][];
        };
        FaultRequest: {
            /** @default 1 */
            count?: number;
            /** @enum {string} */
            method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD";
            /**
             * @description Path prefix, e.g. `/ecf/api/v3/participant-declarations`, matched segment by segment; it must begin
             *     some route of the lead provider APIs (so include `/ecf` or `/npq`), else the fault is refused with `400`.
             */
            path?: string;
            status: number;
        };
        Health: {
            /** @constant */
            status: "ok";
        };
        /**
         * @description The kind of training the school chose for the cohort.
         * @enum {string}
         */
        InductionProgrammeChoice: "school_led" | "provider_led" | "not_yet_known";
        LeadProvider: {
            /** @description Cohorts this lead provider has contracts for. */
            cohorts: components["schemas"]["Cohort"][];
            id: components["schemas"]["Uuid"];
            /** @example Ambition Institute */
            name: string;
            /**
             * @description The bearer token of this lead provider (the parameterised name, as in DfE's seeds).
             * @example ambition-institute
             */
            token: string;
        };
        LeadProviderList: {
            data: components["schemas"]["LeadProvider"][];
        };
        /** @description A request or response body as the log keeps it. */
        LoggedBody: {
            /** @description The body's `Content-Type`, if it had one. */
            content_type: string | null;
            /** @description The text parsed, when the content type is JSON and the text is whole and parses. */
            json?: unknown;
            /** @description The body's text, or its first characters when `truncated`. */
            text: string;
            /** @description True when the body was longer than the log keeps (16,384 characters by default). */
            truncated: boolean;
        };
        MentorFlatRateCalculation: {
            declarations: {
                billable: components["schemas"]["Count"];
                clawbacks: components["schemas"]["Pounds"];
                /** @enum {string} */
                declarationType: "started" | "completed";
                outputPayment: components["schemas"]["Pounds"];
                proportion: components["schemas"]["Ratio"];
                refundable: components["schemas"]["Count"];
                unitFee: components["schemas"]["Pounds"];
                voided: components["schemas"]["Count"];
            }[];
            feePerDeclaration: components["schemas"]["Pounds"];
            /** @constant */
            model: "ecf-mentor-flat-rate";
            recruitmentTarget: components["schemas"]["Count"];
            totals: {
                clawbacks: components["schemas"]["Pounds"];
                outputPayment: components["schemas"]["Pounds"];
                subtotal: components["schemas"]["Pounds"];
            };
        };
        /**
         * @description Why a mentor's funded training has ended.
         * @enum {string}
         */
        MentorIneligibleForFundingReason: "completed_declaration_received" | "completed_during_early_roll_out" | "started_not_completed";
        NpqApplicationCreated: {
            data: {
                attributes: Record<string, never>;
                id: components["schemas"]["Uuid"];
                /** @constant */
                type: "npq_application";
            };
        };
        NpqApplicationFixture: {
            cohort: components["schemas"]["NpqCohortIdentifier"];
            /**
             * @description One of the NPQ API's twelve course identifiers (its `CourseIdentifier`).
             * @enum {string}
             */
            course_identifier: "npq-early-years-leadership" | "npq-executive-leadership" | "npq-headship" | "npq-senior-leadership" | "npq-senco" | "npq-leading-behaviour-culture" | "npq-leading-literacy" | "npq-leading-primary-mathematics" | "npq-leading-teaching" | "npq-leading-teaching-development" | "npq-early-headship-coaching-offer" | "npq-additional-support-offer";
            /**
             * @description The eligibility DfE stores on the application.
             * @default true
             */
            eligible_for_funding?: boolean;
            funded_place?: boolean | null;
            lead_provider_id: components["schemas"]["Uuid"];
            participant_id?: components["schemas"]["Uuid"];
            /** @description A withdrawal or deferral reason of the NPQ API; `other` when absent. */
            reason?: string;
            /**
             * @description One of the NPQ API's schedule identifiers (its `ScheduleIdentifier`), or `null` for none.
             * @enum {string|null}
             */
            schedule_identifier?: "npq-aso-march" | "npq-aso-june" | "npq-aso-november" | "npq-aso-december" | "npq-ehco-march" | "npq-ehco-june" | "npq-ehco-november" | "npq-ehco-december" | "npq-leadership-autumn" | "npq-leadership-spring" | "npq-specialist-autumn" | "npq-specialist-spring" | null;
            /**
             * @default pending
             * @enum {string}
             */
            status?: "pending" | "accepted" | "rejected";
            /** @default false */
            targeted_delivery_funding_eligibility?: boolean;
            /**
             * @default england
             * @enum {string}
             */
            teacher_catchment?: "england" | "scotland" | "wales" | "northern_ireland" | "jersey_guernsey_isle_of_man" | "another";
            teacher_catchment_country?: string;
            /**
             * @default active
             * @enum {string}
             */
            training_status?: "active" | "deferred" | "withdrawn";
            trn?: string;
            /** @default true */
            trn_verified?: boolean;
        };
        NpqCohort: {
            /** @enum {string} */
            funding: "full" | "capped" | "zero";
            identifier: components["schemas"]["NpqCohortIdentifier"];
            /**
             * Format: date
             * @example 2027-04-01
             */
            registration_start_date: string;
            /** @example 2027 */
            start_year: number;
            /** @example a */
            suffix: string;
        };
        NpqCohortCreated: {
            data: components["schemas"]["NpqCohort"];
        };
        NpqCohortFixture: {
            /**
             * @description `false`: the statements carry no contracts.
             * @default true
             */
            contracts?: boolean;
            /**
             * @description `full`: every eligible participant is funded; `capped`: the lead provider decides each funded place;
             *     `zero`: nobody is funded.
             * @enum {string}
             */
            funding: "full" | "capped" | "zero";
            identifier: components["schemas"]["NpqCohortIdentifier"];
            /**
             * Format: date
             * @description In the cohort's start year; 1 April of that year when absent.
             * @example 2027-04-01
             */
            registration_start_date?: string;
        };
        /**
         * @description An NPQ cohort's start year and suffix; a bare year means suffix `a`.
         * @example 2025a
         * @example 2026b
         */
        NpqCohortIdentifier: string;
        NpqCourseCalculation: {
            /** @example npq-headship */
            course: string;
            /** @enum {string} */
            courseGroup: "leadership" | "specialist" | "ehco" | "support";
            declarations: {
                billable: components["schemas"]["Count"];
                clawbacks: components["schemas"]["Pounds"];
                /** @enum {string} */
                declarationType: "started" | "retained-1" | "retained-2" | "completed";
                outputPayment: components["schemas"]["Pounds"];
                refundable: components["schemas"]["Count"];
                voided: components["schemas"]["Count"];
            }[];
            feePerParticipant: components["schemas"]["Pounds"];
            /** @enum {string} */
            model: "npq-course";
            numberOfPaymentPeriods: components["schemas"]["Count"];
            outputPaymentPercentage: components["schemas"]["Count"];
            outputPaymentPerParticipant: components["schemas"]["Pounds"];
            recruitmentTarget: components["schemas"]["Count"];
            serviceFee: {
                /** @enum {string} */
                basis: "monthly-service-fee" | "recruitment-target";
                monthly: components["schemas"]["Pounds"];
                perParticipant: components["schemas"]["Pounds"];
                serviceFeeInstallments: components["schemas"]["Count"];
                serviceFeePercentage: components["schemas"]["Count"];
            };
            specialCourse: boolean;
            targetedDeliveryFunding: {
                applies: boolean;
                billable: components["schemas"]["Count"];
                clawbacks: components["schemas"]["Pounds"];
                payment: components["schemas"]["Pounds"];
                perParticipant: components["schemas"]["Pounds"];
                refundable: components["schemas"]["Count"];
            };
            totals: {
                clawbacks: components["schemas"]["Pounds"];
                courseTotal: components["schemas"]["Pounds"];
                outputPayment: components["schemas"]["Pounds"];
                serviceFee: components["schemas"]["Pounds"];
                targetedDeliveryFunding: components["schemas"]["Pounds"];
                targetedDeliveryFundingClawbacks: components["schemas"]["Pounds"];
            };
        };
        NpqDeliveryPartnerCreated: {
            data: {
                /** @description The cohorts it works with the lead provider in (identifiers), each once, in the order given. */
                cohorts: components["schemas"]["NpqCohortIdentifier"][];
                id: components["schemas"]["Uuid"];
                name: string;
            };
        };
        NpqDeliveryPartnerFixture: {
            cohorts: components["schemas"]["NpqCohortIdentifier"][];
            lead_provider_id: components["schemas"]["Uuid"];
            name?: string;
        };
        NpqLeadProvider: {
            /** @description Identifiers of the cohorts this lead provider has contracts for. */
            cohorts: components["schemas"]["NpqCohortIdentifier"][];
            id: components["schemas"]["Uuid"];
            /** @example Ambition Institute */
            name: string;
            /**
             * @description The bearer token, the same as on the ECF API for a lead provider in both services.
             * @example ambition-institute
             */
            token: string;
        };
        NpqLeadProviderChange: {
            /** @description The NPQ id of the lead provider the application moves to. */
            lead_provider_id: components["schemas"]["Uuid"];
        };
        NpqLeadProviderList: {
            data: components["schemas"]["NpqLeadProvider"][];
        };
        NpqParticipantIdChanged: {
            data: {
                changed_at: components["schemas"]["Timestamp"];
                from_participant_id: components["schemas"]["Uuid"];
                to_participant_id: components["schemas"]["Uuid"];
            };
        };
        NpqParticipantIdChangeRequest: {
            /** @description The participant to merge into; a new id when absent. */
            to_participant_id?: components["schemas"]["Uuid"];
        };
        /** @description An NPQ statement's identity (as `GET /__sandbox/statements` lists it), its contracts and its money. */
        NpqStatementBreakdown: {
            /** @description The statement's adjustments in the order they were added, with the ids that remove them. */
            adjustments: components["schemas"]["StatementAdjustment"][];
            calculation: components["schemas"]["NpqStatementCalculation"];
            /**
             * @description The cohort identifier, start year and suffix.
             * @example 2025a
             */
            cohort: string;
            /** @description The statement's contracts, one per course. */
            contracts: {
                /** @example npq-headship */
                course_identifier: string;
                id: components["schemas"]["Uuid"];
            }[];
            cut_off_date: components["schemas"]["StatementCutOffDate"];
            fee_type: components["schemas"]["StatementFeeType"];
            lead_provider_id: components["schemas"]["Uuid"];
            /** @example Ambition Institute */
            lead_provider_name: string;
            month: components["schemas"]["StatementMonth"];
            payment_date: components["schemas"]["StatementPaymentDate"];
            /** @enum {string} */
            programme: "npq";
            statement_id: components["schemas"]["Uuid"];
            status: components["schemas"]["StatementStatus"];
            year: components["schemas"]["StatementYear"];
        };
        /** @description An NPQ statement's money, as `calculateStatement` of `@lpkit/engine` returns it (payment rules §6). */
        NpqStatementCalculation: {
            /** @description Additional adjustments on the statement (non-zero). */
            adjustments: {
                amount: components["schemas"]["Pounds"];
                description: string;
            }[];
            /** @example 2025 */
            cohort: number;
            /** @description One per course contract. */
            feeStructures: components["schemas"]["NpqCourseCalculation"][];
            /** @enum {string} */
            programme: "npq";
            /** @example 2025-10 */
            statementMonth: string;
            /** @description Over the courses that are not special; `total` is net of VAT. */
            totals: {
                adjustments: components["schemas"]["Pounds"];
                clawbacks: components["schemas"]["Pounds"];
                outputPayment: components["schemas"]["Pounds"];
                serviceFee: components["schemas"]["Pounds"];
                /** @description The special courses' totals, paid apart and not part of `total`. */
                specialCourses: components["schemas"]["Pounds"];
                targetedDeliveryFunding: components["schemas"]["Pounds"];
                total: components["schemas"]["Pounds"];
            };
        };
        /**
         * @description The NPQ API's world, built from the same seed and clock as the ECF one: equal digests mean byte-identical
         *     NPQ worlds.
         */
        NpqWorldFingerprint: {
            /** @description Number of records of each kind in the NPQ world. */
            counts: {
                [key: string]: number;
            };
            /** @description SHA-256 (hex) of the NPQ world's JSON. */
            digest: string;
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
        /** @description The reason and time you gave when deferring the participant. */
        ParticipantDeferral: {
            /**
             * Format: date-time
             * @description When the deferral was recorded.
             */
            date: string;
            reason: components["schemas"]["DeferralReason"];
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
        ParticipantFixture: {
            cohort: components["schemas"]["Cohort"];
            course_identifier: components["schemas"]["CourseIdentifier"];
            delivery_partner_id?: components["schemas"]["Uuid"];
            /** @default true */
            eligible_for_funding?: boolean;
            /**
             * Format: email
             * @description The address the school registers for this role, such as `ada.lovelace@example.org`; refused with 422 when
             *     it is not an email address. Default: the participant's latest address, or a made-up one.
             */
            email?: string;
            full_name?: string;
            lead_provider_id: components["schemas"]["Uuid"];
            participant_id?: components["schemas"]["Uuid"];
            /** @default false */
            pupil_premium_uplift?: boolean;
            /** @description Defaults from the training start date (September, January or April standard schedule). */
            schedule_identifier?: components["schemas"]["ScheduleIdentifier"];
            school_id?: components["schemas"]["Uuid"];
            /** @default false */
            sparsity_uplift?: boolean;
            teacher_reference_number?: string;
            /**
             * Format: date
             * @description Defaults to the cohort's schedule start, or today if later.
             */
            training_start_date?: string;
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
        /** @description One participant. */
        ParticipantResponse: {
            data: components["schemas"]["Participant"];
        };
        /**
         * @description Whether the participant is training now, by the dates of their training period: `joining` before it starts,
         *     `leaving` when it has an end date in the future, `left` once it has ended (and straight away after a
         *     deferral or withdrawal), otherwise `active`. An ECT who has completed induction, or a mentor who has
         *     completed training, within the period stays `active`.
         * @enum {string}
         */
        ParticipantStatus: "active" | "joining" | "leaving" | "left";
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
        /**
         * @description An amount in pounds with two decimals, negative for clawbacks.
         * @example 1234.50
         */
        Pounds: string;
        /**
         * @description A decimal from 0 to 1, as written in the contract.
         * @example 0.60
         */
        Ratio: string;
        /** @description The fields of a logged request, bodies apart (shared by `RequestSummary` and `RequestLogEntry`). */
        RequestFields: {
            /** @description How long the sandbox took to answer, in milliseconds (to the hundredth). */
            duration_ms: number;
            /**
             * @description For an error status (400 and above): the first error's `detail`, the `error` of a `{"error": ...}` body,
             *     or the first line of a plain-text body. `null` otherwise.
             */
            error_detail: string | null;
            /** @description The request's number in the log, given when it is answered; never reused. */
            id: number;
            /** @description The lead provider of the request's bearer token; `null` without a known token. */
            lead_provider: {
                id: components["schemas"]["Uuid"];
                /** @example Ambition Institute */
                name: string;
            } | null;
            /** @example POST */
            method: string;
            /**
             * @description The path as sent, percent-encoding included.
             * @example /ecf/api/v3/participant-declarations
             */
            path: string;
            /**
             * @description The query string as sent, without the `?`; empty when there is none.
             * @example page[per_page]=100
             */
            query: string;
            /** @description The sandbox's instant the request ran at (its clock, or `X-With-Server-Date`). */
            sandbox_time: components["schemas"]["Timestamp"];
            status: number;
            /**
             * Format: date-time
             * @description The real time the request arrived, in UTC with milliseconds.
             * @example 2026-01-12T14:03:27.415Z
             */
            time: string;
        };
        /** @description A logged request with its bodies. */
        RequestLogEntry: {
            request_body: components["schemas"]["LoggedBody"] | null;
            response_body: components["schemas"]["LoggedBody"] | null;
        } & components["schemas"]["RequestFields"];
        RequestLogList: {
            data: components["schemas"]["RequestLogEntry"][];
        };
        /** @description A logged request without its bodies (what `lpkit-sandbox --log-format json` prints, one per line). */
        RequestSummary: components["schemas"]["RequestFields"];
        ResetRequest: {
            now?: string | null;
            seed?: number;
        };
        Scenario: {
            /** @description The cohort's year (an NPQ scenario's cohort may also have a suffix, which its records show). */
            cohort?: components["schemas"]["Cohort"];
            description: string;
            /** @description The lead provider whose token reaches the scenario, in its API (the NPQ id for `npq`). */
            lead_provider_id: components["schemas"]["Uuid"];
            /**
             * @example withdrawn-ect-resumable
             * @example npq-participant-ready-to-declare
             */
            name: string;
            programme: components["schemas"]["ScenarioProgramme"];
            /**
             * @description Ids of the records that make up the scenario, by role (`participant_id`, `school_id`, ...; for NPQ ones
             *     `application_id`, `declaration_id`, `statement_id`, `delivery_partner_id`, `outcome_id`,
             *     `from_participant_id`).
             */
            resources: {
                [key: string]: components["schemas"]["Uuid"];
            };
        };
        ScenarioList: {
            data: components["schemas"]["Scenario"][];
        };
        /**
         * @description Which API's world the scenario is in: `ecf` (ECTs and mentors) or `npq`.
         * @enum {string}
         */
        ScenarioProgramme: "ecf" | "npq";
        /**
         * @description A training schedule; the month is when training starts. Each cohort has its own copy of every schedule.
         *     `ecf-reduced-*` is for ECTs only and `ecf-replacement-*` for mentors only; `ecf-extended-*` adds the
         *     `extended-1` to `extended-3` milestones.
         * @enum {string}
         */
        ScheduleIdentifier: "ecf-standard-september" | "ecf-standard-january" | "ecf-standard-april" | "ecf-extended-september" | "ecf-extended-january" | "ecf-extended-april" | "ecf-reduced-september" | "ecf-reduced-january" | "ecf-reduced-april" | "ecf-replacement-september" | "ecf-replacement-january" | "ecf-replacement-april";
        SchoolCreated: {
            data: {
                id: components["schemas"]["Uuid"];
                name: string;
                urn: string;
            };
        };
        SchoolFixture: {
            /** @default true */
            eligible_for_funding?: boolean;
            /** @default provider_led */
            induction_programme_choice?: components["schemas"]["InductionProgrammeChoice"];
            name?: string;
            /**
             * @description The school's unique reference number: six digits, as every English school's URN in Get Information
             *     about Schools. Default: the next URN from 100000 that no school has. A taken URN is refused with 422.
             * @example 123456
             */
            urn?: string;
        };
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
        StatementAdjustment: {
            amount: components["schemas"]["Pounds"];
            description: string;
            id: components["schemas"]["Uuid"];
        };
        StatementAdjustmentEnvelope: {
            data: components["schemas"]["StatementAdjustment"];
        };
        StatementAdjustmentRequest: {
            /**
             * @description Pounds and pence, not zero, negative to take money off.
             * @example -150.00
             */
            amount: string;
            /**
             * @description What the adjustment is for, 255 characters at most.
             * @example Reconciliation of the March output payment
             */
            description: string;
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
        /** @description An ECF or an NPQ statement's breakdown, told apart by `programme`. */
        StatementBreakdown: components["schemas"]["EcfStatementBreakdown"] | components["schemas"]["NpqStatementBreakdown"];
        StatementBreakdownEnvelope: {
            data: components["schemas"]["StatementBreakdown"];
        };
        /** @description The statement's money, as `calculateStatement` of `@lpkit/engine` returns it. */
        StatementCalculation: {
            /** @description Additional adjustments on the statement (`POST /__sandbox/statements/{id}/adjustments`). */
            adjustments: {
                amount: components["schemas"]["Pounds"];
                description: string;
            }[];
            /** @example 2025 */
            cohort: number;
            /**
             * @description The banded fee structure (ECTs, and mentors before the 2025 cohort), then from the 2025 cohort the
             *     mentors' flat rate.
             */
            feeStructures: (components["schemas"]["BandedFeeStructureCalculation"] | components["schemas"]["MentorFlatRateCalculation"])[];
            totals: {
                adjustments: components["schemas"]["Pounds"];
                clawbacks: components["schemas"]["Pounds"];
                outputPayment: components["schemas"]["Pounds"];
                serviceFee: components["schemas"]["Pounds"];
                /** @description Net of VAT. */
                subtotal: components["schemas"]["Pounds"];
                total: components["schemas"]["Pounds"];
                upliftFees: components["schemas"]["Pounds"];
                vat: components["schemas"]["Pounds"];
            };
            vat: {
                applicableRate: components["schemas"]["Ratio"];
                rate: components["schemas"]["Ratio"];
                /** @description Whether the lead provider is VAT-registered; if not, no VAT is charged. */
                registered: boolean;
            };
        };
        /**
         * Format: date
         * @description The last day a declaration can be placed on this statement.
         */
        StatementCutOffDate: string;
        /**
         * @description `output` statements carry declarations; `service` statements only the monthly service fee.
         * @enum {string}
         */
        StatementFeeType: "output" | "service";
        StatementList: {
            data: components["schemas"]["StatementSummary"][];
        };
        /**
         * @description The month of the statement, in full.
         * @enum {string}
         */
        StatementMonth: "January" | "February" | "March" | "April" | "May" | "June" | "July" | "August" | "September" | "October" | "November" | "December";
        /**
         * Format: date
         * @description The day DfE pays the statement.
         */
        StatementPaymentDate: string;
        /**
         * @description Which API's world the statement is in: `ecf` (ECTs and mentors) or `npq`.
         * @enum {string}
         */
        StatementProgramme: "ecf" | "npq";
        /** @description One statement. */
        StatementResponse: {
            data: components["schemas"]["Statement"];
        };
        /**
         * @description `open` until DfE marks it payable after its cut-off date, then `paid` once payment is authorised.
         * @enum {string}
         */
        StatementStatus: "open" | "payable" | "paid";
        /**
         * @description A statement as DfE finance names it: for an ECF statement the same fields as the start of its breakdown.
         *     One shape for both APIs, told apart by `programme`: an NPQ statement's `lead_provider_id` is the NPQ id and
         *     its `cohort` the cohort identifier (docs/decisions/sandbox-npq-statements-control.md).
         */
        StatementSummary: {
            /**
             * @description `ecf`: the cohort year (`2025`); `npq`: the cohort identifier, start year and suffix (`2025a`).
             * @example 2025
             * @example 2025a
             */
            cohort: string;
            cut_off_date: components["schemas"]["StatementCutOffDate"];
            fee_type: components["schemas"]["StatementFeeType"];
            id: components["schemas"]["Uuid"];
            lead_provider_id: components["schemas"]["Uuid"];
            /** @example Ambition Institute */
            lead_provider_name: string;
            month: components["schemas"]["StatementMonth"];
            payment_date: components["schemas"]["StatementPaymentDate"];
            programme: components["schemas"]["StatementProgramme"];
            status: components["schemas"]["StatementStatus"];
            year: components["schemas"]["StatementYear"];
        };
        /**
         * @description The year of the statement's month.
         * @example 2025
         */
        StatementYear: string;
        /**
         * Format: date-time
         * @example 2025-10-01T09:30:00Z
         */
        Timestamp: string;
        /**
         * @description What you last reported about the training (deferring, withdrawing or resuming).
         * @enum {string}
         */
        TrainingStatus: "active" | "deferred" | "withdrawn";
        /** Format: uuid */
        Uuid: string;
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
        World: {
            frozen: boolean;
            name: string;
            now: components["schemas"]["Timestamp"];
            /** @description The seed the world was last built from. */
            seed: number;
        };
        WorldRequest: {
            /** @description 1 to 64 lower-case letters, digits or hyphens; a name another world has is refused (422). */
            name?: string;
            now?: string | null;
            seed?: number;
        };
        WorldSummary: {
            /** @description Number of records of each kind in the ECF world. */
            counts: {
                [key: string]: number;
            };
            /** @description SHA-256 (hex) of the ECF world's canonical JSON. */
            digest: string;
            frozen: boolean;
            now: components["schemas"]["Timestamp"];
            npq: components["schemas"]["NpqWorldFingerprint"];
            seed: number;
        };
    };
    responses: {
        /** @description The body is not JSON, or a field has the wrong type or value. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The id in the path names nothing. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description The request is well formed but the world does not allow it (an id in the body names nothing, a cut-off date
         *     has not passed, ...); `title` names the field and `detail` says why.
         */
        Unprocessable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        Id: string;
        /**
         * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
         *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
         *     sandbox does not hold gets a 404 in the answering service's error format.
         */
        SandboxWorld: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type BandedDeclarationTypeCalculation = components['schemas']['BandedDeclarationTypeCalculation'];
export type BandedFeeStructureCalculation = components['schemas']['BandedFeeStructureCalculation'];
export type Clock = components['schemas']['Clock'];
export type ClockUpdate = components['schemas']['ClockUpdate'];
export type Cohort = components['schemas']['Cohort'];
export type Count = components['schemas']['Count'];
export type CourseIdentifier = components['schemas']['CourseIdentifier'];
export type CourseRequest = components['schemas']['CourseRequest'];
export type DeclarationType = components['schemas']['DeclarationType'];
export type DeferralReason = components['schemas']['DeferralReason'];
export type DeliveryPartnerCreated = components['schemas']['DeliveryPartnerCreated'];
export type DeliveryPartnerFixture = components['schemas']['DeliveryPartnerFixture'];
export type EcfStatementBreakdown = components['schemas']['EcfStatementBreakdown'];
export type ErrorResponse = components['schemas']['ErrorResponse'];
export type Fault = components['schemas']['Fault'];
export type FaultEnvelope = components['schemas']['FaultEnvelope'];
export type FaultList = components['schemas']['FaultList'];
export type FaultRequest = components['schemas']['FaultRequest'];
export type Health = components['schemas']['Health'];
export type InductionProgrammeChoice = components['schemas']['InductionProgrammeChoice'];
export type LeadProvider = components['schemas']['LeadProvider'];
export type LeadProviderList = components['schemas']['LeadProviderList'];
export type LoggedBody = components['schemas']['LoggedBody'];
export type MentorFlatRateCalculation = components['schemas']['MentorFlatRateCalculation'];
export type MentorIneligibleForFundingReason = components['schemas']['MentorIneligibleForFundingReason'];
export type NpqApplicationCreated = components['schemas']['NpqApplicationCreated'];
export type NpqApplicationFixture = components['schemas']['NpqApplicationFixture'];
export type NpqCohort = components['schemas']['NpqCohort'];
export type NpqCohortCreated = components['schemas']['NpqCohortCreated'];
export type NpqCohortFixture = components['schemas']['NpqCohortFixture'];
export type NpqCohortIdentifier = components['schemas']['NpqCohortIdentifier'];
export type NpqCourseCalculation = components['schemas']['NpqCourseCalculation'];
export type NpqDeliveryPartnerCreated = components['schemas']['NpqDeliveryPartnerCreated'];
export type NpqDeliveryPartnerFixture = components['schemas']['NpqDeliveryPartnerFixture'];
export type NpqLeadProvider = components['schemas']['NpqLeadProvider'];
export type NpqLeadProviderChange = components['schemas']['NpqLeadProviderChange'];
export type NpqLeadProviderList = components['schemas']['NpqLeadProviderList'];
export type NpqParticipantIdChanged = components['schemas']['NpqParticipantIdChanged'];
export type NpqParticipantIdChangeRequest = components['schemas']['NpqParticipantIdChangeRequest'];
export type NpqStatementBreakdown = components['schemas']['NpqStatementBreakdown'];
export type NpqStatementCalculation = components['schemas']['NpqStatementCalculation'];
export type NpqWorldFingerprint = components['schemas']['NpqWorldFingerprint'];
export type Participant = components['schemas']['Participant'];
export type ParticipantAttributes = components['schemas']['ParticipantAttributes'];
export type ParticipantDeferral = components['schemas']['ParticipantDeferral'];
export type ParticipantEnrolment = components['schemas']['ParticipantEnrolment'];
export type ParticipantFixture = components['schemas']['ParticipantFixture'];
export type ParticipantIdChange = components['schemas']['ParticipantIdChange'];
export type ParticipantResponse = components['schemas']['ParticipantResponse'];
export type ParticipantStatus = components['schemas']['ParticipantStatus'];
export type ParticipantType = components['schemas']['ParticipantType'];
export type ParticipantWithdrawal = components['schemas']['ParticipantWithdrawal'];
export type Pounds = components['schemas']['Pounds'];
export type Ratio = components['schemas']['Ratio'];
export type RequestFields = components['schemas']['RequestFields'];
export type RequestLogEntry = components['schemas']['RequestLogEntry'];
export type RequestLogList = components['schemas']['RequestLogList'];
export type RequestSummary = components['schemas']['RequestSummary'];
export type ResetRequest = components['schemas']['ResetRequest'];
export type Scenario = components['schemas']['Scenario'];
export type ScenarioList = components['schemas']['ScenarioList'];
export type ScenarioProgramme = components['schemas']['ScenarioProgramme'];
export type ScheduleIdentifier = components['schemas']['ScheduleIdentifier'];
export type SchoolCreated = components['schemas']['SchoolCreated'];
export type SchoolFixture = components['schemas']['SchoolFixture'];
export type Statement = components['schemas']['Statement'];
export type StatementAdjustment = components['schemas']['StatementAdjustment'];
export type StatementAdjustmentEnvelope = components['schemas']['StatementAdjustmentEnvelope'];
export type StatementAdjustmentRequest = components['schemas']['StatementAdjustmentRequest'];
export type StatementAttributes = components['schemas']['StatementAttributes'];
export type StatementBreakdown = components['schemas']['StatementBreakdown'];
export type StatementBreakdownEnvelope = components['schemas']['StatementBreakdownEnvelope'];
export type StatementCalculation = components['schemas']['StatementCalculation'];
export type StatementCutOffDate = components['schemas']['StatementCutOffDate'];
export type StatementFeeType = components['schemas']['StatementFeeType'];
export type StatementList = components['schemas']['StatementList'];
export type StatementMonth = components['schemas']['StatementMonth'];
export type StatementPaymentDate = components['schemas']['StatementPaymentDate'];
export type StatementProgramme = components['schemas']['StatementProgramme'];
export type StatementResponse = components['schemas']['StatementResponse'];
export type StatementStatus = components['schemas']['StatementStatus'];
export type StatementSummary = components['schemas']['StatementSummary'];
export type StatementYear = components['schemas']['StatementYear'];
export type Timestamp = components['schemas']['Timestamp'];
export type TrainingStatus = components['schemas']['TrainingStatus'];
export type Uuid = components['schemas']['Uuid'];
export type WithdrawalReason = components['schemas']['WithdrawalReason'];
export type WorkingPattern = components['schemas']['WorkingPattern'];
export type World = components['schemas']['World'];
export type WorldRequest = components['schemas']['WorldRequest'];
export type WorldSummary = components['schemas']['WorldSummary'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseUnprocessable = components['responses']['Unprocessable'];
export type ParameterId = components['parameters']['Id'];
export type ParameterSandboxWorld = components['parameters']['SandboxWorld'];
export type $defs = Record<string, never>;
export interface operations {
    getHome: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    getClock: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current time and whether it stands still. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Clock"];
                };
            };
        };
    };
    setClock: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClockUpdate"];
            };
        };
        responses: {
            /** @description The clock after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Clock"];
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    createDeliveryPartner: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeliveryPartnerFixture"];
            };
        };
        responses: {
            /** @description The new delivery partner. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPartnerCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            422: components["responses"]["Unprocessable"];
        };
    };
    getFaults: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Armed faults, in firing order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FaultList"];
                };
            };
        };
    };
    createFault: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FaultRequest"];
            };
        };
        responses: {
            /** @description The armed fault. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FaultEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    clearFaults: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No fault is armed any more. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sandbox is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    getJournal: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The journal, one JSON document a line. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
        };
    };
    getLeadProviders: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every lead provider, in a fixed order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadProviderList"];
                };
            };
        };
    };
    createNpqApplication: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NpqApplicationFixture"];
            };
        };
        responses: {
            /**
             * @description The application exactly as `GET /npq/api/v3/npq-applications/{id}` shows it to its lead provider: the
             *     NPQ API's `NpqApplicationResponse` (spec/npq-v3.yaml). Described here by its envelope only, because the
             *     two APIs' documents share schema names (`CourseIdentifier`, `ScheduleIdentifier`) that would collide in
             *     one set of generated types; the clients type it from the NPQ document.
             */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NpqApplicationCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            422: components["responses"]["Unprocessable"];
        };
    };
    changeNpqApplicationLeadProvider: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NpqLeadProviderChange"];
            };
        };
        responses: {
            /**
             * @description The application exactly as `GET /npq/api/v3/npq-applications/{id}` shows it to the new lead provider
             *     (described by its envelope only, as for `createNpqApplication`).
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NpqApplicationCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
        };
    };
    createNpqCohort: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NpqCohortFixture"];
            };
        };
        responses: {
            /** @description The new cohort. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NpqCohortCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            422: components["responses"]["Unprocessable"];
        };
    };
    createNpqDeliveryPartner: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NpqDeliveryPartnerFixture"];
            };
        };
        responses: {
            /** @description The new delivery partner and its cohorts. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NpqDeliveryPartnerCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            422: components["responses"]["Unprocessable"];
        };
    };
    getNpqLeadProviders: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every NPQ lead provider, in a fixed order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NpqLeadProviderList"];
                };
            };
        };
    };
    changeNpqParticipantId: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["NpqParticipantIdChangeRequest"];
            };
        };
        responses: {
            /** @description The change, as the NPQ API's `participant_id_changes` shows it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NpqParticipantIdChanged"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
        };
    };
    createParticipant: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantFixture"];
            };
        };
        responses: {
            /** @description The participant as the lead provider sees it through `GET /api/v3/participants/{id}`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            422: components["responses"]["Unprocessable"];
        };
    };
    makeParticipantEligibleForFunding: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CourseRequest"];
            };
        };
        responses: {
            /** @description The participant as each lead provider training them sees it; the first such lead provider's view. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
        };
    };
    getRequests: {
        parameters: {
            query?: {
                /** @description Only the requests sent with this lead provider's token. */
                lead_provider_id?: components["schemas"]["Uuid"];
                /** @description Only the last `limit` requests that match (still oldest first). */
                limit?: number;
                /** @description Only the requests with this method. */
                method?: "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS";
                /**
                 * @description Only the requests whose path starts with this prefix, compared segment by segment as a fault's path is:
                 *     `/ecf/api/v3/participants` matches `/ecf/api/v3/participants/{id}/withdraw`, not
                 *     `/ecf/api/v3/participants-x`.
                 */
                path?: string;
                /** @description Only the requests logged after the one with this id. */
                since?: number;
                /** @description Only the requests answered with this status (`422`), or a status of this class (`4xx`). */
                status?: string;
            };
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The logged requests that match every filter given, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": 7,
                     *           "time": "2026-01-12T14:03:27.415Z",
                     *           "sandbox_time": "2025-10-01T09:30:00Z",
                     *           "method": "POST",
                     *           "path": "/ecf/api/v3/participant-declarations",
                     *           "query": "",
                     *           "lead_provider": {
                     *             "id": "42ada55f-e7a9-477b-bb84-79db06f871ea",
                     *             "name": "Ambition Institute"
                     *           },
                     *           "status": 422,
                     *           "duration_ms": 1.78,
                     *           "error_detail": "Your update cannot be made as the '#/participant_id' is not recognised. Check participant details and try again.",
                     *           "request_body": {
                     *             "content_type": "application/json",
                     *             "text": "{\"data\":{\"type\":\"participant-declaration\",\"attributes\":{\"participant_id\":\"x\"}}}",
                     *             "truncated": false,
                     *             "json": {
                     *               "data": {
                     *                 "type": "participant-declaration",
                     *                 "attributes": {
                     *                   "participant_id": "x"
                     *                 }
                     *               }
                     *             }
                     *           },
                     *           "response_body": {
                     *             "content_type": "application/json; charset=utf-8",
                     *             "text": "{\"errors\":[{\"title\":\"participant_id\",\"detail\":\"Your update cannot be made as the '#/participant_id' is not recognised. Check participant details and try again.\"}]}",
                     *             "truncated": false,
                     *             "json": {
                     *               "errors": [
                     *                 {
                     *                   "title": "participant_id",
                     *                   "detail": "Your update cannot be made as the '#/participant_id' is not recognised. Check participant details and try again."
                     *                 }
                     *               ]
                     *             }
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RequestLogList"];
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    clearRequests: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The log is empty. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    resetSandbox: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ResetRequest"];
            };
        };
        responses: {
            /** @description The new world. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorldSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    getScenarios: {
        parameters: {
            query?: {
                /** @description Only the scenarios of this lead provider (its ECF id or its NPQ id). */
                lead_provider_id?: components["schemas"]["Uuid"];
                /** @description Only the scenarios with this name. */
                name?: string;
                /** @description Only the ECF API's scenarios (`ecf`) or only the NPQ API's (`npq`). */
                programme?: components["schemas"]["ScenarioProgramme"];
            };
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scenarios, ECF then NPQ, grouped by name in a fixed order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioList"];
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    createSchool: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SchoolFixture"];
            };
        };
        responses: {
            /** @description The new school. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            422: components["responses"]["Unprocessable"];
        };
    };
    getStatements: {
        parameters: {
            query?: {
                /**
                 * @description Only the statements of this cohort: a year or an NPQ cohort identifier. A bare year means suffix `a`,
                 *     so `2025` and `2025a` both name the ECF cohort 2025 and the NPQ cohort `2025a`; `2026b` names an NPQ
                 *     cohort only.
                 */
                cohort?: string;
                /** @description Only output or only service fee statements. */
                fee_type?: components["schemas"]["StatementFeeType"];
                /** @description Only this lead provider's statements (its ECF id or its NPQ id). */
                lead_provider_id?: components["schemas"]["Uuid"];
                /** @description Only the ECF API's statements (`ecf`) or only the NPQ API's (`npq`). */
                programme?: components["schemas"]["StatementProgramme"];
                /** @description Only the statements with this status. */
                status?: components["schemas"]["StatementStatus"];
            };
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statements that match every filter given. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementList"];
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    addStatementAdjustment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatementAdjustmentRequest"];
            };
        };
        responses: {
            /** @description The adjustment, with the id that removes it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementAdjustmentEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
        };
    };
    removeStatementAdjustment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path: {
                adjustment_id: string;
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The adjustment is gone; the statement's total no longer counts it. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
        };
    };
    getStatementBreakdown: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statement and its calculation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementBreakdownEnvelope"];
                };
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
        };
    };
    getStatementDeclarationsCsv: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CSV, sent as an attachment named after the lead provider, cohort and month. */
            200: {
                headers: {
                    /** @description `attachment; filename="ambition-institute-2025-cohort-2025-11-statement.csv"` */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example declaration_id,participant_id,course_identifier,declaration_type,declaration_date,state,statement_id,clawback_statement_id,counted_as,band,output_amount,uplift_amount,amount
                     *     6c0e3f0a-44b5-4d51-9a43-4b4e2f4a8b11,0d4a3a52-8f5e-4b8e-9a55-3f1b2c6d7e80,ecf-induction,started,2025-10-01T10:00:00Z,eligible,3d7e6f35-0d2b-4c4f-8e9e-5b6a7c8d9e01,,output,A,166.80,0.00,166.80
                     */
                    "text/csv": string;
                };
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
        };
    };
    markStatementPaid: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description The statement as its lead provider sees it, in its own API (the ECF and NPQ APIs show a statement with
             *     the same fields; an NPQ statement's `cohort` is its start year).
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementResponse"];
                };
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
        };
    };
    markStatementPayable: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description The statement as its lead provider sees it, in its own API (the ECF and NPQ APIs show a statement with
             *     the same fields; an NPQ statement's `cohort` is its start year).
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementResponse"];
                };
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
        };
    };
    getWorld: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The world the request is for (see `GET /__sandbox/worlds`); the default world when absent. The header picks
                 *     the world on the lead provider APIs (`/ecf`, `/npq`) and the finance dashboard (`/finance`) too. A world the
                 *     sandbox does not hold gets a 404 in the answering service's error format.
                 */
                "X-Sandbox-World"?: components["parameters"]["SandboxWorld"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A summary of the current world. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorldSummary"];
                };
            };
        };
    };
    getWorlds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every world, the default one first, then the others in the order they were created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["World"][];
                    };
                };
            };
        };
    };
    createWorld: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WorldRequest"];
            };
        };
        responses: {
            /** @description The new world. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["World"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            422: components["responses"]["Unprocessable"];
        };
    };
    deleteWorld: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The world is gone; requests naming it now get a 404. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: components["responses"]["NotFound"];
            /** @description The default world cannot be deleted (reset it instead). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
type FlattenedDeepRequired<T> = {
    [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]>;
};
type ReadonlyArray<T> = [
    Exclude<T, undefined>
] extends [
    unknown[]
] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
export const paths__sandboxRequestsGetParametersQueryMethodValues: ReadonlyArray<FlattenedDeepRequired<paths>["/__sandbox/requests"]["get"]["parameters"]["query"]["method"]> = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
export const courseIdentifierValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CourseIdentifier"]> = ["ecf-induction", "ecf-mentor"];
export const declarationTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DeclarationType"]> = ["started", "retained-1", "retained-2", "retained-3", "retained-4", "completed", "extended-1", "extended-2", "extended-3"];
export const deferralReasonValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DeferralReason"]> = ["bereavement", "long-term-sickness", "parental-leave", "career-break", "other"];
export const ecfStatementBreakdownContract_typeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EcfStatementBreakdown"]["contract_type"]> = ["ecf", "ittecf_ectp"];
export const ecfStatementBreakdownProgrammeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EcfStatementBreakdown"]["programme"]> = ["ecf"];
export const faultRequestMethodValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FaultRequest"]["method"]> = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"];
export const inductionProgrammeChoiceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InductionProgrammeChoice"]> = ["school_led", "provider_led", "not_yet_known"];
export const mentorFlatRateCalculationDeclarationsDeclarationTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MentorFlatRateCalculation"]["declarations"]["declarationType"]> = ["started", "completed"];
export const mentorIneligibleForFundingReasonValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MentorIneligibleForFundingReason"]> = ["completed_declaration_received", "completed_during_early_roll_out", "started_not_completed"];
export const npqApplicationFixtureCourse_identifierValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["NpqApplicationFixture"]["course_identifier"]> = ["npq-early-years-leadership", "npq-executive-leadership", "npq-headship", "npq-senior-leadership", "npq-senco", "npq-leading-behaviour-culture", "npq-leading-literacy", "npq-leading-primary-mathematics", "npq-leading-teaching", "npq-leading-teaching-development", "npq-early-headship-coaching-offer", "npq-additional-support-offer"];
export const npqApplicationFixtureStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["NpqApplicationFixture"]["status"]> = ["pending", "accepted", "rejected"];
export const npqApplicationFixtureTeacher_catchmentValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["NpqApplicationFixture"]["teacher_catchment"]> = ["england", "scotland", "wales", "northern_ireland", "jersey_guernsey_isle_of_man", "another"];
export const npqApplicationFixtureTraining_statusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["NpqApplicationFixture"]["training_status"]> = ["active", "deferred", "withdrawn"];
export const npqCohortFundingValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["NpqCohort"]["funding"]> = ["full", "capped", "zero"];
export const npqCohortFixtureFundingValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["NpqCohortFixture"]["funding"]> = ["full", "capped", "zero"];
export const npqCourseCalculationCourseGroupValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["NpqCourseCalculation"]["courseGroup"]> = ["leadership", "specialist", "ehco", "support"];
export const npqCourseCalculationDeclarationsDeclarationTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["NpqCourseCalculation"]["declarations"]["declarationType"]> = ["started", "retained-1", "retained-2", "completed"];
export const npqCourseCalculationModelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["NpqCourseCalculation"]["model"]> = ["npq-course"];
export const npqCourseCalculationServiceFeeBasisValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["NpqCourseCalculation"]["serviceFee"]["basis"]> = ["monthly-service-fee", "recruitment-target"];
export const npqStatementBreakdownProgrammeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["NpqStatementBreakdown"]["programme"]> = ["npq"];
export const npqStatementCalculationProgrammeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["NpqStatementCalculation"]["programme"]> = ["npq"];
export const participantStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ParticipantStatus"]> = ["active", "joining", "leaving", "left"];
export const participantTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ParticipantType"]> = ["ect", "mentor"];
export const scenarioProgrammeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ScenarioProgramme"]> = ["ecf", "npq"];
export const scheduleIdentifierValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ScheduleIdentifier"]> = ["ecf-standard-september", "ecf-standard-january", "ecf-standard-april", "ecf-extended-september", "ecf-extended-january", "ecf-extended-april", "ecf-reduced-september", "ecf-reduced-january", "ecf-reduced-april", "ecf-replacement-september", "ecf-replacement-january", "ecf-replacement-april"];
export const statementFeeTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["StatementFeeType"]> = ["output", "service"];
export const statementMonthValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["StatementMonth"]> = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const statementProgrammeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["StatementProgramme"]> = ["ecf", "npq"];
export const statementStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["StatementStatus"]> = ["open", "payable", "paid"];
export const trainingStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TrainingStatus"]> = ["active", "deferred", "withdrawn"];
export const withdrawalReasonValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WithdrawalReason"]> = ["left-teaching-profession", "moved-school", "mentor-no-longer-being-mentor", "switched-to-school-led", "changed-lead-provider", "other"];
export const workingPatternValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WorkingPattern"]> = ["full_time", "part_time"];
