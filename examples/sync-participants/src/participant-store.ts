import type { Participant } from "@lpkit/sdk";

/**
 * Where the sync keeps what it has seen. In your app this is a database table and a row for the mark; writes must
 * be upserts by id, because the sync delivers some participants more than once.
 */
export interface ParticipantStore {
  /** The high-water mark the last sync stored, or `undefined` before the first one. */
  loadMark(): Promise<string | undefined>;
  saveMark(mark: string): Promise<void>;
  upsert(participants: readonly Participant[]): Promise<void>;
}

/** A store in memory, for this example and its tests. */
export class InMemoryParticipantStore implements ParticipantStore {
  readonly participants = new Map<string, Participant>();
  mark: string | undefined;

  async loadMark(): Promise<string | undefined> {
    return this.mark;
  }

  async saveMark(mark: string): Promise<void> {
    this.mark = mark;
  }

  async upsert(participants: readonly Participant[]): Promise<void> {
    for (const participant of participants) {
      this.participants.set(participant.id, participant);
    }
  }
}
