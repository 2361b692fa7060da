import { describe, expectTypeOf, it } from "vitest";
import type {
  DeclarationId,
  DeliveryPartnerId,
  EcfClient,
  Participant,
  ParticipantDeclaration,
  ParticipantId,
  PartnershipId,
  SchoolId,
  StatementId,
  TrainingRecordId,
  UnfundedMentorId,
} from "../src/index.ts";

describe("id types", () => {
  it("are plain strings, so ids read from JSON or a database need no cast", () => {
    expectTypeOf<ParticipantId>().toEqualTypeOf<string>();
    expectTypeOf<DeclarationId>().toEqualTypeOf<string>();
    expectTypeOf<StatementId>().toEqualTypeOf<string>();
    expectTypeOf<DeliveryPartnerId>().toEqualTypeOf<string>();
    expectTypeOf<PartnershipId>().toEqualTypeOf<string>();
    expectTypeOf<SchoolId>().toEqualTypeOf<string>();
    expectTypeOf<UnfundedMentorId>().toEqualTypeOf<string>();
    expectTypeOf<TrainingRecordId>().toEqualTypeOf<string>();
  });

  it("match the ids the API returns and the path parameters it takes", () => {
    expectTypeOf<Participant["id"]>().toEqualTypeOf<ParticipantId>();
    expectTypeOf<ParticipantDeclaration["id"]>().toEqualTypeOf<DeclarationId>();
    const id: DeclarationId = "0b5c3f4e-0000-4000-8000-000000000001";
    expectTypeOf<EcfClient["PUT"]>().toBeCallableWith("/api/v3/participant-declarations/{id}/void", {
      params: { path: { id } },
    });
  });
});
