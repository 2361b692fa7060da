/**
 * @module
 * Type-level view of an API's list endpoints: the GET paths whose 200 body is `{ data: Item[] }`, their item type,
 * their query and their path parameters. Lets the iterators infer the item type from the client and the path alone.
 * Every type takes the API's `paths` (the ECF API's by default), so both Lead Provider APIs share one definition.
 */
import type { paths as EcfPaths } from "./generated/ecf-v3.ts";

type GetOperation<Paths, Path extends keyof Paths> = Paths[Path] extends { readonly get: infer Operation }
  ? Operation
  : never;

type SuccessBody<Operation> = Operation extends {
  readonly responses: { readonly 200: { readonly content: { readonly "application/json": infer Body } } };
}
  ? Body
  : never;

/** GET paths of `Paths` that return a list envelope `{ data: [...] }` (and so can be paginated). */
export type ListPath<Paths = EcfPaths> = {
  // `[never]` first: a path without GET has no body, and `never` would satisfy any `extends`.
  [Path in keyof Paths]: [SuccessBody<GetOperation<Paths, Path>>] extends [never]
    ? never
    : SuccessBody<GetOperation<Paths, Path>> extends { readonly data: readonly unknown[] }
      ? Path
      : never;
}[keyof Paths];

/** The item type of a list endpoint, e.g. `ListItem<"/api/v3/participants">` is `Participant`. */
export type ListItem<Path extends ListPath<Paths>, Paths = EcfPaths> =
  SuccessBody<GetOperation<Paths, Path>> extends { readonly data: readonly (infer Item)[] } ? Item : never;

type ParametersOf<Paths, Path extends keyof Paths> =
  GetOperation<Paths, Path> extends { readonly parameters: infer Parameters } ? Parameters : never;

type QueryOf<Paths, Path extends keyof Paths> =
  ParametersOf<Paths, Path> extends { readonly query?: infer Query } ? NonNullable<Query> : never;

/** The query of a list endpoint without `page`, which the iterators own. */
export type ListQuery<Path extends ListPath<Paths>, Paths = EcfPaths> = Omit<QueryOf<Paths, Path>, "page">;

/**
 * The path parameters of a list endpoint (`{ id }` for one NPQ participant's outcomes), or `never` for a list
 * without any (every ECF list).
 */
export type ListPathParams<Path extends ListPath<Paths>, Paths = EcfPaths> =
  ParametersOf<Paths, Path> extends { readonly path: infer Params } ? Params : never;

/**
 * List endpoints of `Paths` without path parameters that accept `filter[updated_since]` and whose items carry
 * `attributes.updated_at`.
 */
export type SyncPath<Paths = EcfPaths> = SincePath<Paths, "updated_since", "updated_at">;

/**
 * List endpoints of `Paths` without path parameters that accept `filter[created_since]` and whose items carry
 * `attributes.created_at`: the NPQ API's outcomes, which are added and never changed.
 */
export type CreatedSincePath<Paths = EcfPaths> = SincePath<Paths, "created_since", "created_at">;

/** The lists that take the date-time filter `Filter` and whose items carry the timestamp `Stamp` it compares. */
type SincePath<Paths, Filter extends string, Stamp extends string> = {
  [Path in ListPath<Paths>]: [ListPathParams<Path, Paths>] extends [never]
    ? FilteredSince<Path, Paths, Filter, Stamp>
    : never;
}[ListPath<Paths>];

type FilteredSince<Path extends ListPath<Paths>, Paths, Filter extends string, Stamp extends string> =
  ListQuery<Path, Paths> extends { readonly filter?: infer Filters }
    ? Filter extends keyof NonNullable<Filters>
      ? ListItem<Path, Paths> extends { readonly attributes: { readonly [K in Stamp]: string } }
        ? Path
        : never
      : never
    : never;
