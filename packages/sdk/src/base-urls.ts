/**
 * Production: real participants and real money. Do not test here.
 * The spec's paths start with `/api/v3`, so base URLs are origins.
 */
export const ECF_PRODUCTION_BASE_URL = "https://www.register-early-career-teachers.education.gov.uk";

/** DfE's sandbox: separate tokens, seeded data, and `X-With-Server-Date` time travel. */
export const ECF_SANDBOX_BASE_URL = "https://sandbox.register-early-career-teachers.education.gov.uk";

/** NPQ production: real participants and real money. Do not test here. The NPQ paths start with `/api/v3` too. */
export const NPQ_PRODUCTION_BASE_URL = "https://register-national-professional-qualifications.education.gov.uk";

/** DfE's NPQ sandbox: its own tokens, seeded data, and `X-With-Server-Date` time travel. */
export const NPQ_SANDBOX_BASE_URL = "https://npq-registration-sandbox-web.teacherservices.cloud";
