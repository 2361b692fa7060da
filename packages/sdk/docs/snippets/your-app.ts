/**
 * Stand-ins for the reader's own code (storage, files, logging, queues), so that the README's snippets compile and
 * run in the tests. Not shown in the README.
 */
import type {
  NpqApplication,
  NpqOutcome,
  NpqParticipantDeclaration,
  Participant,
  ParticipantDeclaration,
} from "@lpkit/sdk";

const marks = new Map<string, string>();

export const db = {
  participants: new Map<string, Participant>(),
  declarations: new Map<string, ParticipantDeclaration>(),
  async saveParticipant(participant: Participant): Promise<void> {
    db.participants.set(participant.id, participant);
  },
  async saveDeclaration(declaration: ParticipantDeclaration): Promise<void> {
    db.declarations.set(declaration.id, declaration);
  },
  async saveDeclarations(declarations: readonly ParticipantDeclaration[]): Promise<void> {
    for (const declaration of declarations) {
      db.declarations.set(declaration.id, declaration);
    }
  },
  async loadMark(name: string): Promise<string | undefined> {
    return marks.get(name);
  },
  async saveMark(name: string, mark: string | undefined): Promise<void> {
    if (mark !== undefined) {
      marks.set(name, mark);
    }
  },
};

/** The NPQ side of the reader's storage. */
export const npqDb = {
  applications: new Map<string, NpqApplication>(),
  declarations: new Map<string, NpqParticipantDeclaration>(),
  outcomes: new Map<string, NpqOutcome>(),
  async saveApplication(application: NpqApplication): Promise<void> {
    npqDb.applications.set(application.id, application);
  },
  async saveOutcome(outcome: NpqOutcome): Promise<void> {
    npqDb.outcomes.set(outcome.id, outcome);
  },
  async saveDeclaration(declaration: NpqParticipantDeclaration): Promise<void> {
    npqDb.declarations.set(declaration.id, declaration);
  },
  loadMark: db.loadMark,
  saveMark: db.saveMark,
};

export const files = {
  written: new Map<string, string>(),
  async write(name: string, text: string): Promise<void> {
    files.written.set(name, text);
  },
};

export const log = {
  lines: [] as string[],
  info(message: string, details?: unknown): void {
    log.lines.push(details === undefined ? message : `${message} ${JSON.stringify(details)}`);
  },
  warn(message: string, details?: unknown): void {
    log.info(`warning: ${message}`, details);
  },
};
