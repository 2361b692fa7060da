import type { CommandContext } from "../../src/commands/context.ts";

/**
 * `context`, at the same instant, counting the ids drawn through it: a refused command must draw none, so what is
 * created next gets the ids it would have had without it.
 */
export function countingIds(context: CommandContext): { readonly context: CommandContext; idsDrawn(): number } {
  let drawn = 0;
  return {
    context: {
      now: context.now,
      newId: () => {
        drawn++;
        return context.newId();
      },
    },
    idsDrawn: () => drawn,
  };
}
