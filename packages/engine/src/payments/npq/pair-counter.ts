/** The ways a declaration is counted once per (course, participant, declaration type). */
export type PairKind = "billable" | "refundable" | "funded-billable" | "funded-refundable";

/**
 * Remembers which (course, participant, declaration type) pairs have been counted, per kind of count: the service
 * counts distinct pairs (payment rules §6.2). Nested maps rather than joined keys: no string is built per row.
 */
export class PairCounter {
  private readonly seen = new Map<string, Map<string, Map<PairKind, Set<string>>>>();

  /** True the first time the pair is seen for this kind of count. */
  first(kind: PairKind, course: string, declarationType: string, participantId: string): boolean {
    let types = this.seen.get(course);
    if (!types) {
      types = new Map();
      this.seen.set(course, types);
    }
    let kinds = types.get(declarationType);
    if (!kinds) {
      kinds = new Map();
      types.set(declarationType, kinds);
    }
    let people = kinds.get(kind);
    if (!people) {
      people = new Set();
      kinds.set(kind, people);
    }
    // One hash lookup instead of has-then-add: the set grows only for a pair not seen before.
    const before = people.size;
    people.add(participantId);
    return people.size > before;
  }
}
