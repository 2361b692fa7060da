/** The JSON:API-like shape every API resource is rendered in. */
export interface Resource<Type extends string, Attributes> {
  readonly id: string;
  readonly type: Type;
  readonly attributes: Attributes;
}
