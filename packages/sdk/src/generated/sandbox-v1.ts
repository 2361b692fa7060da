/**
 * Generated from spec/sandbox-v1.yaml by openapi-typescript (packages/sdk/scripts/generate-types.ts).
 * Do not edit: run `pnpm --filter @lpkit/sdk generate` after changing the spec.
 */

export interface paths {
    "/__sandbox/clock": {
        parameters: {
            query?: never;
            header?: never;
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
            header?: never;
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
            header?: never;
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
            header?: never;
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
    "/__sandbox/lead-providers": {
        parameters: {
            query?: never;
            header?: never;
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
    "/__sandbox/participants": {
        parameters: {
            query?: never;
            header?: never;
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
            header?: never;
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
    "/__sandbox/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Throws the current world away and seeds a new one
         * @description Without `seed`, the seed the sandbox started with is used again. With `now`, the clock is frozen at that
         *     instant before the world is built (statement statuses, participant statuses and every timestamp follow
         *     from it); `now: null` releases the clock to real time. Armed faults and rate-limit counters are cleared.
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Named situations of the seeded world and the ids to reach them */
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
            header?: never;
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
    "/__sandbox/statements/{id}/mark-paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Authorises payment of a payable statement
         * @description Payable declarations become `paid` and those awaiting clawback `clawed-back`. Fails with 422 and the
         *     reason when the statement is not payable, its cut-off date is not in the past, or it holds nothing to pay.
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Marks an output statement payable, with its eligible declarations
         * @description What the real service's nightly job does once a statement's cut-off date has passed (the job does not
         *     run in DfE's sandbox). Fails with 422 and the reason when the statement is not open or its cut-off date
         *     is not in the past; move the clock first.
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The seed, a digest and the size of the current world
         * @description Two sandboxes with the same digest hold byte-identical worlds.
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Clock: {
            frozen: boolean;
            now: components["schemas"]["Timestamp"];
        };
        ClockUpdate: {
            /** @default true */
            frozen?: boolean;
            now: string | null;
        };
        /** @example 2025 */
        CohortYear: string;
        /** @enum {string} */
        CourseIdentifier: "ecf-induction" | "ecf-mentor";
        CourseRequest: {
            course_identifier: components["schemas"]["CourseIdentifier"];
        };
        DeliveryPartnerCreated: {
            data: {
                id: components["schemas"]["Uuid"];
                name: string;
            };
        };
        DeliveryPartnerFixture: {
            cohorts: components["schemas"]["CohortYear"][];
            lead_provider_id: components["schemas"]["Uuid"];
            name?: string;
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
            /** @description Path prefix, e.g. `/ecf/api/v3/participant-declarations`. */
            path?: string;
            status: number;
        };
        Health: {
            /** @constant */
            status: "ok";
        };
        LeadProvider: {
            /** @description Cohorts this lead provider has contracts for. */
            cohorts: components["schemas"]["CohortYear"][];
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
        ParticipantEnvelope: {
            data: components["schemas"]["ResourceObject"] & {
                /** @constant */
                type?: "participant";
            };
        };
        ParticipantFixture: {
            cohort: components["schemas"]["CohortYear"];
            course_identifier: components["schemas"]["CourseIdentifier"];
            delivery_partner_id?: components["schemas"]["Uuid"];
            /** @default true */
            eligible_for_funding?: boolean;
            /** Format: email */
            email?: string;
            full_name?: string;
            lead_provider_id: components["schemas"]["Uuid"];
            participant_id?: components["schemas"]["Uuid"];
            /** @default false */
            pupil_premium_uplift?: boolean;
            /**
             * @description Defaults from the training start date (September, January or April standard schedule).
             * @example ecf-standard-september
             */
            schedule_identifier?: string;
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
        ResetRequest: {
            now?: string | null;
            seed?: number;
        };
        ResourceObject: {
            attributes: Record<string, never>;
            id: components["schemas"]["Uuid"];
            type: string;
        };
        Scenario: {
            cohort?: components["schemas"]["CohortYear"];
            description: string;
            lead_provider_id: components["schemas"]["Uuid"];
            /** @example withdrawn-ect-resumable */
            name: string;
            /** @description Ids of the records that make up the scenario, by role (`participant_id`, `school_id`, ...). */
            resources: {
                [key: string]: components["schemas"]["Uuid"];
            };
        };
        ScenarioList: {
            data: components["schemas"]["Scenario"][];
        };
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
            /**
             * @default provider_led
             * @enum {string}
             */
            induction_programme_choice?: "provider_led" | "school_led" | "not_yet_known";
            name?: string;
            urn?: string;
        };
        StatementEnvelope: {
            data: components["schemas"]["ResourceObject"] & {
                /** @constant */
                type?: "statement";
            };
        };
        /**
         * Format: date-time
         * @example 2025-10-01T09:30:00Z
         */
        Timestamp: string;
        /** Format: uuid */
        Uuid: string;
        WorldSummary: {
            /** @description Number of records of each kind. */
            counts: {
                [key: string]: number;
            };
            /** @description SHA-256 (hex) of the world's canonical JSON. */
            digest: string;
            frozen: boolean;
            now: components["schemas"]["Timestamp"];
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
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type Clock = components['schemas']['Clock'];
export type ClockUpdate = components['schemas']['ClockUpdate'];
export type CohortYear = components['schemas']['CohortYear'];
export type CourseIdentifier = components['schemas']['CourseIdentifier'];
export type CourseRequest = components['schemas']['CourseRequest'];
export type DeliveryPartnerCreated = components['schemas']['DeliveryPartnerCreated'];
export type DeliveryPartnerFixture = components['schemas']['DeliveryPartnerFixture'];
export type ErrorResponse = components['schemas']['ErrorResponse'];
export type Fault = components['schemas']['Fault'];
export type FaultEnvelope = components['schemas']['FaultEnvelope'];
export type FaultList = components['schemas']['FaultList'];
export type FaultRequest = components['schemas']['FaultRequest'];
export type Health = components['schemas']['Health'];
export type LeadProvider = components['schemas']['LeadProvider'];
export type LeadProviderList = components['schemas']['LeadProviderList'];
export type ParticipantEnvelope = components['schemas']['ParticipantEnvelope'];
export type ParticipantFixture = components['schemas']['ParticipantFixture'];
export type ResetRequest = components['schemas']['ResetRequest'];
export type ResourceObject = components['schemas']['ResourceObject'];
export type Scenario = components['schemas']['Scenario'];
export type ScenarioList = components['schemas']['ScenarioList'];
export type SchoolCreated = components['schemas']['SchoolCreated'];
export type SchoolFixture = components['schemas']['SchoolFixture'];
export type StatementEnvelope = components['schemas']['StatementEnvelope'];
export type Timestamp = components['schemas']['Timestamp'];
export type Uuid = components['schemas']['Uuid'];
export type WorldSummary = components['schemas']['WorldSummary'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseUnprocessable = components['responses']['Unprocessable'];
export type ParameterId = components['parameters']['Id'];
export type $defs = Record<string, never>;
export interface operations {
    getClock: {
        parameters: {
            query?: never;
            header?: never;
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
            header?: never;
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
            header?: never;
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
            header?: never;
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
            header?: never;
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
            header?: never;
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
            header?: never;
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
    getLeadProviders: {
        parameters: {
            query?: never;
            header?: never;
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
    createParticipant: {
        parameters: {
            query?: never;
            header?: never;
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
                    "application/json": components["schemas"]["ParticipantEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            422: components["responses"]["Unprocessable"];
        };
    };
    makeParticipantEligibleForFunding: {
        parameters: {
            query?: never;
            header?: never;
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
                    "application/json": components["schemas"]["ParticipantEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
        };
    };
    resetSandbox: {
        parameters: {
            query?: never;
            header?: never;
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
                /** @description Only the scenarios of this lead provider. */
                lead_provider_id?: string;
                /** @description Only the scenarios with this name. */
                name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scenarios, grouped by name in a fixed order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioList"];
                };
            };
        };
    };
    createSchool: {
        parameters: {
            query?: never;
            header?: never;
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
    markStatementPaid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statement as its lead provider sees it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementEnvelope"];
                };
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
        };
    };
    markStatementPayable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statement as its lead provider sees it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementEnvelope"];
                };
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
        };
    };
    getWorld: {
        parameters: {
            query?: never;
            header?: never;
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
}
type FlattenedDeepRequired<T> = {
    [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]>;
};
type ReadonlyArray<T> = [
    Exclude<T, undefined>
] extends [
    unknown[]
] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
export const courseIdentifierValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CourseIdentifier"]> = ["ecf-induction", "ecf-mentor"];
export const faultRequestMethodValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FaultRequest"]["method"]> = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"];
export const schoolFixtureInduction_programme_choiceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SchoolFixture"]["induction_programme_choice"]> = ["provider_led", "school_led", "not_yet_known"];
