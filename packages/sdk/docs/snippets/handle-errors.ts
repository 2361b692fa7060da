import {
  BadRequestError,
  LeadProviderApiError,
  NetworkError,
  NotFoundError,
  type ParticipantDeclarationCreateRequest,
  RateLimitError,
  ServerError,
  UnauthorizedError,
  UnprocessableError,
} from "@lpkit/sdk";
import { client } from "./client.ts";
import { log } from "./your-app.ts";

const ALREADY_DECLARED = "A declaration has already been submitted that will be, or has been, paid for this event.";

export async function declare(body: ParticipantDeclarationCreateRequest) {
  try {
    const { data } = await client.POST("/api/v3/participant-declarations", { body });
    return { outcome: "declared", declaration: data.data } as const;
  } catch (error) {
    if (error instanceof UnprocessableError) {
      // 422: the service's rules said no. Match on title/detail pairs; several may be reported at once.
      if (error.has({ title: "declaration_type", detail: ALREADY_DECLARED })) {
        return { outcome: "already-declared" } as const;
      }
      return { outcome: "rejected", errors: error.errors } as const;
    }
    if (error instanceof RateLimitError) {
      // 429 once the retries ran out: 1,000 requests per 5 minutes per token.
      return { outcome: "try-later", afterSeconds: error.retryAfter ?? 300 } as const;
    }
    if (error instanceof ServerError || error instanceof NetworkError) {
      // 5xx, or no response at all. A POST is not retried automatically: check before sending it again.
      return { outcome: "try-later", afterSeconds: 60 } as const;
    }
    if (error instanceof UnauthorizedError || error instanceof BadRequestError || error instanceof NotFoundError) {
      // 401: wrong token; 400: malformed request; 404: unknown id. A bug or a configuration problem.
      log.warn(`${error.method} ${error.path} failed with ${error.status}`, error.body);
    } else if (error instanceof LeadProviderApiError) {
      log.warn(`unexpected status ${error.status}`, error.body); // any other status
    }
    throw error;
  }
}
