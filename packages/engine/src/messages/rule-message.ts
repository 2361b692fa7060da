/**
 * One row of an operation's numbered rule table in `spec/ecf-v3.yaml`: the `title` and `detail` of the `422` the rule
 * raises. The tables in this folder are keyed by the spec's rule numbers, so "declaration rule 18" is
 * `DECLARATION_RULE_MESSAGES[18]` here and `// Rule 18` at its check.
 */
export interface RuleMessage {
  readonly title: string;
  readonly detail: string;
}

/** A rule whose message carries a value (a cohort year, a date-time): the spec quotes its `template`. */
export interface RuleMessageWith<Value> {
  readonly title: string;
  /** The message as the spec quotes it, with a `{placeholder}` where the value goes. */
  readonly template: string;
  readonly detail: (value: Value) => string;
}

/** A rule table: rule number to message. */
export type RuleMessages = Readonly<Record<number, RuleMessage | RuleMessageWith<never>>>;

export function messageWith<Value>(
  title: string,
  template: string,
  placeholder: `{${string}}`,
  format: (value: Value) => string,
): RuleMessageWith<Value> {
  return { title, template, detail: (value) => template.replace(placeholder, format(value)) };
}

/** The message as the spec quotes it. */
export function quotedDetail(message: RuleMessage | RuleMessageWith<never>): string {
  return "template" in message ? message.template : message.detail;
}
