/**
 * @module
 * Type-level view of the spec's list endpoints: the GET paths whose 200 body is `{ data: Item[] }`, their item
 * type and their query. Lets the iterators infer the item type from the path alone.
 */
import type { paths } from "./generated/ecf-v3.ts";

type GetOperation<Path extends keyof paths> = paths[Path] extends { readonly get: infer Operation } ? Operation : never;

type SuccessBody<Operation> = Operation extends {
  readonly responses: { readonly 200: { readonly content: { readonly "application/json": infer Body } } };
}
  ? Body
  : never;

/** GET paths that return a list envelope `{ data: [...] }` (and so can be paginated). */
export type ListPath = {
  // `[never]` first: a path without GET has no body, and `never` would satisfy any `extends`.
  [Path in keyof paths]: [SuccessBody<GetOperation<Path>>] extends [never]
    ? never
    : SuccessBody<GetOperation<Path>> extends { readonly data: readonly unknown[] }
      ? Path
      : never;
}[keyof paths];

/** The item type of a list endpoint, e.g. `ListItem<"/api/v3/participants">` is `Participant`. */
export type ListItem<Path extends ListPath> =
  SuccessBody<GetOperation<Path>> extends { readonly data: readonly (infer Item)[] } ? Item : never;

type QueryOf<Path extends keyof paths> =
  GetOperation<Path> extends {
    readonly parameters: { readonly query?: infer Query };
  }
    ? NonNullable<Query>
    : never;

/** The query of a list endpoint without `page`, which the iterators own. */
export type ListQuery<Path extends ListPath> = Omit<QueryOf<Path>, "page">;

/** List endpoints that accept `filter[updated_since]` and whose items carry `attributes.updated_at`. */
export type SyncPath = {
  [Path in ListPath]: ListQuery<Path> extends { readonly filter?: infer Filter }
    ? "updated_since" extends keyof NonNullable<Filter>
      ? ListItem<Path> extends { readonly attributes: { readonly updated_at: string } }
        ? Path
        : never
      : never
    : never;
}[ListPath];
