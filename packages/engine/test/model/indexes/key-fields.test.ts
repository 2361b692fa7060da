/**
 * An index that lists its `keyFields` is not re-keyed by an update touching none of them (`row-writes.ts`): the list
 * must hold every field of the row its `keys` reads. Each such index's keys are computed over rows of a small world
 * through a proxy that records what is read.
 */
import { describe, expect, it } from "vitest";
import { INDEXES, type IndexName } from "../../../src/model/indexes/definitions.ts";
import type { IndexDefinition } from "../../../src/model/indexes/index-definition.ts";
import type { Row, TableName } from "../../../src/model/tables.ts";
import { AMBITION, Scenario } from "../../support/scenario.ts";

function worldWithEveryKindOfRow(): Scenario {
  const s = new Scenario("2025-10-15T10:00:00Z");
  s.statements(AMBITION, 2025);
  const ect = s.participant();
  const mentor = s.participant({ role: "mentor" });
  s.declare(ect, "started", "2025-10-01T10:00:00Z");
  s.declare(mentor, "started", "2025-10-01T10:00:00Z", { courseIdentifier: "ecf-mentor", leadProviderId: AMBITION });
  return s;
}

/** The fields of `row` that `read` reads. */
function fieldsRead<R extends object>(row: R, read: (row: R) => unknown): Set<string> {
  const read_ = new Set<string>();
  const proxy = new Proxy(row, {
    get(target, property, receiver) {
      if (typeof property === "string") {
        read_.add(property);
      }
      return Reflect.get(target, property, receiver);
    },
  });
  read(proxy);
  return read_;
}

const listed = (Object.entries(INDEXES) as [IndexName, IndexDefinition][]).filter(
  ([, definition]) => definition.keyFields !== undefined,
);

describe("index key fields", () => {
  it("some indexes list them (the declarations' and the participants' scopes)", () => {
    expect(listed.map(([name]) => name)).toEqual(
      expect.arrayContaining(["declarationsByParticipant", "participantsByLeadProvider"]),
    );
  });

  it.each(listed)("%s lists every field of the row its keys read", (_name, definition) => {
    const { world } = worldWithEveryKindOfRow();
    const rows = Object.values(world[definition.table as TableName]) as Row<TableName>[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const read = fieldsRead(row, (proxied) => definition.keys(proxied, world));
      expect([...read].filter((field) => !definition.keyFields?.includes(field))).toEqual([]);
    }
  });
});
