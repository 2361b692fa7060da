import { describe, expect, it } from "vitest";
import { updateRow } from "../../src/model/row-writes.ts";
import { getRow } from "../../src/model/world.ts";
import { partnershipView } from "../../src/views/partnership.ts";
import { latestPeriod } from "../support/participant-actions.ts";
import { Scenario } from "../support/scenario.ts";

describe("partnershipView: participants_currently_training (ECF rules §2.4)", () => {
  it("counts a training period ending today, not one that ended yesterday (both ends inclusive, ECF rules §2.10)", () => {
    const s = new Scenario("2025-10-15T10:00:00Z");
    const participantId = s.participant();
    const period = updateRow(s.world, "trainingPeriods", latestPeriod(s, participantId).id, {
      finishedOn: "2025-10-15",
    });
    const partnership = getRow(s.world, "schoolPartnerships", period.schoolPartnershipId!);
    expect(partnershipView(s.world, partnership, s.context.now).attributes.participants_currently_training).toBe(1);
    expect(
      partnershipView(s.world, partnership, new Date("2025-10-16T10:00:00Z")).attributes
        .participants_currently_training,
    ).toBe(0);
  });
});
