/**
 * Which of the void rules (spec/ecf-v3.yaml, ECF rules §5.2) refused a void, read back from the engine's message: the
 * dashboard says "void rule 1: The declaration has already been voided." where DfE's app shows only a generic alert
 * (finance dashboard §1.7; docs/decisions/finance-dashboard.md).
 */
import { VOID_RULE_MESSAGES } from "@lpkit/engine";

function matches(message: (typeof VOID_RULE_MESSAGES)[keyof typeof VOID_RULE_MESSAGES], detail: string): boolean {
  if (!("template" in message)) {
    return message.detail === detail;
  }
  const [before = "", after = ""] = message.template.split(/\{[a-z_]+\}/);
  return detail.startsWith(before) && detail.endsWith(after);
}

/** `void rule N: <the service's message>`, or the message alone when no void rule wrote it. */
export function describeVoidRefusal(detail: string): string {
  const rule = Object.entries(VOID_RULE_MESSAGES).find(([, message]) => matches(message, detail));
  return rule === undefined ? detail : `Void rule ${rule[0]}: ${detail}`;
}
