/**
 * What the finance pages say when the engine refuses a change or a calculation: its messages, in order, as one
 * sentence run (each message is a full sentence of the engine's tables).
 */
export function refusalDetail(failure: { readonly errors: readonly { readonly detail: string }[] }): string {
  return failure.errors.map((error) => error.detail).join(" ");
}
