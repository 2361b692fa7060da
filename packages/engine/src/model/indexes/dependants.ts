/**
 * Index keys that read other rows: when a row of the table on the left changes, the rows returned are re-indexed
 * too (`reindexRow` follows this map). Keeping the cascade here, rather than in every command, means fixtures and
 * commands cannot forget it.
 */
import type { Row, TableName } from "../tables.ts";
import type { World } from "../world-shape.ts";

export type IndexDependant = readonly [table: TableName, id: string];

type DependantsOf = { [N in TableName]?: (row: Row<N>, world: World) => readonly IndexDependant[] };

const INDEX_DEPENDANTS: DependantsOf = {
  // A participant's visibility, their declarations' visibility to later providers, their transfers' relevance and
  // their mentors' "unfunded" status all read training periods.
  trainingPeriods: (period, world) => [
    ["teachers", period.teacherId],
    ...world.indexes
      .ids("declarationsByParticipant", period.teacherId)
      .filter((id) => world.declarations[id]?.role === period.role)
      .map((id): IndexDependant => ["declarations", id]),
    ...world.indexes
      .ids("schoolTransfersByTeacher", period.teacherId)
      .map((id): IndexDependant => ["schoolTransfers", id]),
    ...(period.role === "ect"
      ? world.indexes.ids("mentorshipPeriodsByEct", period.teacherId).flatMap((id): IndexDependant[] => {
          const mentorship = world.mentorshipPeriods[id];
          return mentorship === undefined ? [] : [["teachers", mentorship.mentorTeacherId]];
        })
      : []),
  ],
  // Where an expression of interest is indexed reads its school period's school.
  schoolPeriods: (schoolPeriod, world) =>
    world.indexes
      .ids("trainingPeriodsBySchoolPeriod", schoolPeriod.id)
      .filter((id) => world.trainingPeriods[id]?.expressionOfInterest != null)
      .map((id): IndexDependant => ["trainingPeriods", id]),
  mentorshipPeriods: (mentorship) => [["teachers", mentorship.mentorTeacherId]],
  schoolTransfers: (transfer) => [["teachers", transfer.teacherId]],
  schoolPartnerships: (partnership) => [["schools", partnership.schoolId]],
};

export function indexDependantsOf<N extends TableName>(world: World, table: N, row: Row<N>): readonly IndexDependant[] {
  const dependants = INDEX_DEPENDANTS[table] as ((row: Row<N>, world: World) => readonly IndexDependant[]) | undefined;
  return dependants === undefined ? [] : dependants(row, world);
}
