/**
 * What every action on an existing NPQ declaration starts with (NPQ rules §5.4, §5.5): a declaration the lead
 * provider cannot see is a 404; one it can see but another lead provider made is the 403 `Cannot modify declaration`.
 */
import { NPQ_REQUEST_MESSAGES } from "../../messages/npq/requests.ts";
import { NPQ_TITLES } from "../../messages/npq/titles.ts";
import { forbidden, notFound, type Outcome, ok } from "../../result.ts";
import type { NpqDeclaration } from "../model/declaration.ts";
import type { NpqWorld } from "../model/world.ts";
import { findNpqDeclarationVisibleTo } from "./visibility.ts";

export function resolveNpqDeclarationToModify(
  world: NpqWorld,
  leadProviderId: string,
  declarationId: string,
): Outcome<NpqDeclaration> {
  const declaration = findNpqDeclarationVisibleTo(world, leadProviderId, declarationId);
  if (declaration === undefined) {
    return notFound();
  }
  if (declaration.leadProviderId !== leadProviderId) {
    return forbidden(NPQ_TITLES.cannotModifyDeclaration, NPQ_REQUEST_MESSAGES.cannotModifyDeclaration);
  }
  return ok(declaration);
}
