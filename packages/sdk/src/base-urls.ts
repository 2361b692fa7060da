/**
 * Production: real participants and real money. Do not test here.
 * The spec's paths start with `/api/v3`, so base URLs are origins.
 */
export const ECF_PRODUCTION_BASE_URL = "https://www.register-early-career-teachers.education.gov.uk";

/** DfE's sandbox: separate tokens, seeded data, and `X-With-Server-Date` time travel. */
export const ECF_SANDBOX_BASE_URL = "https://sandbox.register-early-career-teachers.education.gov.uk";
