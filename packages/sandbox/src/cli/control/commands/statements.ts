/** `statements`, `statement payable`, `statement pay`: what DfE finance does. */
import type { ControlSchemas, ControlStatementFilter } from "../../../control-client/control-client-types.ts";
import { findLeadProvider } from "../arguments.ts";
import type { CommandResult, CommandSpec } from "../command.ts";
import { formatTable } from "../table.ts";

function statementResult(statement: ControlSchemas["Statement"], what: string): CommandResult {
  const { month, year, cohort } = statement.attributes;
  return { json: statement, text: `Statement ${statement.id} (${month} ${year}, cohort ${cohort}) ${what}` };
}

export const STATEMENT_COMMANDS: readonly CommandSpec[] = [
  {
    words: ["statements"],
    args: [],
    options: {
      "lead-provider": { type: "string", value: "<id or name>", description: "only this lead provider's" },
      cohort: { type: "string", value: "<year>", description: "only this cohort's" },
      status: { type: "string", value: "<status>", description: "only open, payable or paid ones" },
      "fee-type": { type: "string", value: "<type>", description: "only output or service fee statements" },
    },
    summary: "List every lead provider's statements, as DfE finance does, by payment date",
    examples: ["lpkit-sandbox statements --lead-provider ambition-institute --cohort 2025 --status open"],
    run: async ({ control, options }) => {
      const leadProvider = options["lead-provider"];
      const filter = {
        ...(typeof leadProvider === "string"
          ? { lead_provider_id: (await findLeadProvider(control, leadProvider)).id }
          : {}),
        ...(typeof options.cohort === "string" ? { cohort: options.cohort } : {}),
        ...(typeof options.status === "string" ? { status: options.status } : {}),
        ...(typeof options["fee-type"] === "string" ? { fee_type: options["fee-type"] } : {}),
      } as ControlStatementFilter;
      const statements = await control.statements(filter);
      const rows = statements.map((statement) => [
        statement.id,
        statement.lead_provider_name,
        statement.cohort,
        `${statement.month} ${statement.year}`,
        statement.fee_type,
        statement.status,
        statement.cut_off_date,
        statement.payment_date,
      ]);
      const header = ["Id", "Lead provider", "Cohort", "Month", "Fee type", "Status", "Cut-off", "Payment"];
      return { json: statements, text: rows.length === 0 ? "No statements." : formatTable(header, rows) };
    },
  },
  {
    words: ["statement", "payable"],
    args: [{ name: "<id>", description: "the statement's id" }],
    options: {},
    summary: "Mark a statement payable, as DfE's nightly job does once its cut-off date has passed",
    examples: ["lpkit-sandbox statement payable 6f1c2f0e-4b7d-4d59-8f8e-2d7c1c3b9a10"],
    run: async ({ control, args: [id = ""] }) => statementResult(await control.markStatementPayable(id), "is payable"),
  },
  {
    words: ["statement", "pay"],
    args: [{ name: "<id>", description: "the statement's id" }],
    options: {},
    summary: "Mark a payable statement paid: its payable declarations become paid",
    examples: ["lpkit-sandbox statement pay 6f1c2f0e-4b7d-4d59-8f8e-2d7c1c3b9a10"],
    run: async ({ control, args: [id = ""] }) => statementResult(await control.markStatementPaid(id), "is paid"),
  },
];
