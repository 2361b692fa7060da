/**
 * Where the sandbox serves each service's API: a lead provider's base URL for the ECF API is `<sandbox>/ecf`, for
 * the NPQ API `<sandbox>/npq`, beside the control API at `<sandbox>/__sandbox`.
 */
export const ECF_MOUNT = "/ecf";
export const NPQ_MOUNT = "/npq";
