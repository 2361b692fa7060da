import type { Middleware } from "openapi-fetch";
import { errorFromResponse } from "../response-error.ts";

/**
 * Throws the {@link LeadProviderApiError} subclass for any non-2xx response.
 *
 * Registered first on a throwing client, so that its `onResponse` runs last (openapi-fetch runs `onResponse` in
 * reverse order): middleware added with `client.use()` still sees, and may replace, an error response.
 */
export const throwOnHttpError: Middleware = {
  async onResponse({ request, response }) {
    if (!response.ok) {
      throw await errorFromResponse(request, response);
    }
    return undefined;
  },
};
