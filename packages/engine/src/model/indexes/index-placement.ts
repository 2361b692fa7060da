/**
 * Where an index puts a row. Its own module because both the definitions (which read the world) and the store (which
 * the world holds) need it: taking it from either would close an import circle through the world's type.
 */

/** One bucket a row sits in, and its sort key inside that bucket. */
export interface IndexPlacement {
  readonly key: string;
  readonly sortKey: string;
}
