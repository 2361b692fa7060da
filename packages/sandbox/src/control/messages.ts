/**
 * Messages of the control API (`/__sandbox`): our own wording, in the service's error format. Titles name the
 * field at fault, as the lead provider API's 422s do; request-shape problems are titled "Bad request".
 */
export const CONTROL_MESSAGES = {
  bodyNotJson: "The request body must be a JSON object.",
  nestedTooDeep: (maxDepth: number) => `The request body nests arrays and objects more than ${maxDepth} deep.`,
  controlTokenRequired:
    "This sandbox was started with a control token: send it as 'Authorization: Bearer <token>' (the SDK: controlToken).",
  foreignOrigin: (origin: string) =>
    `The control API does not take writes from pages of another site (Origin: ${origin.slice(0, 200)}).`,
  jsonContentTypeRequired: "Send the request body as JSON, with the header 'Content-Type: application/json'.",
  unknownField: (field: string) =>
    `'#/${field}' is not a field of this request. Check the sandbox API reference at /docs.`,
  required: (field: string) => `Enter a '#/${field}'.`,
  mustBe: (field: string, expected: string) => `'#/${field}' must be ${expected}.`,
  tooLong: (field: string, limit: number) => `'#/${field}' must be at most ${limit} characters long.`,
  upliftNeedsNewSchool: (field: string) =>
    `'#/${field}' can only be given when the sandbox creates the school; leave out '#/school_id' or '#/${field}'.`,
  unknownParameter: (parameter: string) =>
    `'${parameter}' is not a query parameter of this request. Check the sandbox API reference at /docs.`,
  repeatedParameter: (parameter: string) => `'${parameter}' can only be given once.`,
  faultPathMatchesNothing: (path: string, suggestion: string | undefined) =>
    `'#/path' ${path.slice(0, 200)} begins no route of the lead provider APIs, so the fault would never fire. ${
      suggestion === undefined
        ? "API paths start with /ecf/api/v3 or /npq/api/v3, such as /ecf/api/v3/participant-declarations or /npq/api/v3/npq-applications."
        : `Did you mean ${suggestion.slice(0, 200)}?`
    }`,
  parameterMustBe: (parameter: string, expected: string) => `'${parameter}' must be ${expected}.`,
} as const;

export const EXPECTED = {
  integerSeed: "an integer from 0 to 4294967295",
  dateTimeOrNull: "an RFC 3339 date-time such as 2025-10-01T09:30:00Z, or null",
  dateTime: "an RFC 3339 date-time such as 2025-10-01T09:30:00Z",
  date: "a date such as 2025-09-01",
  boolean: "true or false",
  text: "text",
  uuid: "a UUID",
  cohortYear: 'a cohort year such as "2025"',
  statementCohort: 'a cohort year such as "2025" or an NPQ cohort identifier such as "2026b"',
  programme: "ecf or npq",
  cohortYears: 'a non-empty list of cohort years such as ["2024", "2025"]',
  statusCode: "an HTTP error status from 400 to 599",
  positiveCount: "a whole number of at least 1",
  path: "a path starting with /, such as /ecf/api/v3/participant-declarations",
  method: "one of GET, POST, PUT, PATCH, DELETE, HEAD",
  courseIdentifier: "ecf-induction or ecf-mentor",
  inductionProgrammeChoice: "provider_led, school_led or not_yet_known",
  scheduleIdentifier: "one of the twelve schedule identifiers, such as ecf-standard-september",
  feeType: "output or service",
  statementStatus: "open, payable or paid",
  requestMethod: "one of GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS",
  requestStatus: "an HTTP status such as 422, or a class such as 4xx",
  requestId: "a request id: a whole number of at least 0",
  limit: "a whole number of at least 1",
  npqCohort: 'an NPQ cohort identifier such as "2025a" or "2026b" (a bare year means suffix a)',
  npqCohorts: 'a non-empty list of NPQ cohort identifiers such as ["2025a", "2026b"]',
  npqCohortFunding: "full, capped or zero",
  npqCourseIdentifier: "one of the twelve NPQ course identifiers, such as npq-senior-leadership",
  npqScheduleIdentifier: "one of the NPQ schedule identifiers, such as npq-leadership-autumn, or null",
  npqApplicationStatus: "pending, accepted or rejected",
  npqTrainingStatus: "active, deferred or withdrawn",
  teacherCatchment: "england, scotland, wales, northern_ireland, jersey_guernsey_isle_of_man or another",
  booleanOrNull: "true, false or null",
} as const;
