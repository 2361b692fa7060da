/**
 * @module
 * The static types of the sandbox control API's client, in both modes, as for the ECF client.
 */
import type { Client, ClientPathsWithMethod } from "openapi-fetch";
import type { HttpMethod, ThrowingClient } from "../client-types.ts";
import type { paths } from "../generated/sandbox-v1.ts";

/** The non-throwing control API client: openapi-fetch's own `{ data, error, response }` result objects. */
export type SandboxApiClient = Client<paths>;

/** The throwing control API client (`throwOnError: true`): `data` is never `undefined`. */
export type ThrowingSandboxApiClient = ThrowingClient<paths>;

/** Either mode of the control API client. */
export type AnySandboxApiClient = SandboxApiClient | ThrowingSandboxApiClient;

/** Paths of the control API that accept `Method`, e.g. `SandboxPath<"post">`. */
export type SandboxPath<Method extends HttpMethod> = ClientPathsWithMethod<SandboxApiClient, Method>;
