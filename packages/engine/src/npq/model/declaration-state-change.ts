/**
 * The NPQ world's declaration state history: the same log rows as the ECF world's (`model/declaration-state-change.ts`),
 * over the NPQ states, so an `ineligible` duplicate's change carries the service's reason, "duplicate" (NPQ rules
 * §5.3).
 */
import type { DeclarationStateChange, DeclarationStateLog } from "../../model/declaration-state-change.ts";
import type { NpqDeclarationState } from "./declaration.ts";

export type NpqDeclarationStateLog = DeclarationStateLog<NpqDeclarationState>;
export type NpqDeclarationStateChange = DeclarationStateChange<NpqDeclarationState>;
