/** What the dashboard's routes work with: the sandbox's control (both worlds, clock, engine commands) and "today". */
import { londonToday, type NpqWorld, type World } from "@lpkit/engine";
import type { SandboxControl } from "../control/sandbox-control.ts";

export class FinanceContext {
  readonly #control: SandboxControl;

  constructor(control: SandboxControl) {
    this.#control = control;
  }

  get control(): SandboxControl {
    return this.#control;
  }

  get world(): World {
    return this.#control.state.world;
  }

  /** The NPQ service's world, beside the ECF one: its lead providers, statements and declarations. */
  get npq(): NpqWorld {
    return this.#control.state.npq;
  }

  /** The sandbox clock's date in London, which statement cut-offs are compared with. */
  today(): string {
    return londonToday(this.#control.clock.now());
  }
}
