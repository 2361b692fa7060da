/** `statements`, `statement payable`, `statement pay`, `statement adjust`, `statement unadjust`: what DfE finance does. */
import type { ControlSchemas, ControlStatementFilter } from "../../../control-client/control-client-types.ts";
import { leadProviderIdIn, requireOption } from "../arguments.ts";
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
      programme: {
        type: "string",
        value: "<programme>",
        description: "only the ECF API's (ecf) or the NPQ API's (npq)",
      },
      "lead-provider": {
        type: "string",
        value: "<id or name>",
        description: "only this lead provider's (an NPQ one with --programme npq)",
      },
      cohort: {
        type: "string",
        value: "<cohort>",
        description: "only this cohort's: a year, or an NPQ cohort such as 2026b",
      },
      status: { type: "string", value: "<status>", description: "only open, payable or paid ones" },
      "fee-type": { type: "string", value: "<type>", description: "only output or service fee statements" },
    },
    summary: "List every lead provider's statements in both APIs, as DfE finance does, by payment date",
    examples: [
      "lpkit-sandbox statements --lead-provider ambition-institute --cohort 2025 --status open",
      "lpkit-sandbox statements --programme npq --lead-provider llse --cohort 2026b",
    ],
    run: async ({ control, options }) => {
      const leadProvider = options["lead-provider"];
      const filter = {
        ...(typeof options.programme === "string" ? { programme: options.programme } : {}),
        ...(typeof leadProvider === "string"
          ? { lead_provider_id: await leadProviderIdIn(control, leadProvider, options.programme) }
          : {}),
        ...(typeof options.cohort === "string" ? { cohort: options.cohort } : {}),
        ...(typeof options.status === "string" ? { status: options.status } : {}),
        ...(typeof options["fee-type"] === "string" ? { fee_type: options["fee-type"] } : {}),
      } as ControlStatementFilter;
      const statements = await control.statements(filter);
      const rows = statements.map((statement) => [
        statement.id,
        statement.programme,
        statement.lead_provider_name,
        statement.cohort,
        `${statement.month} ${statement.year}`,
        statement.fee_type,
        statement.status,
        statement.cut_off_date,
        statement.payment_date,
      ]);
      const header = [
        "Id",
        "Programme",
        "Lead provider",
        "Cohort",
        "Month",
        "Fee type",
        "Status",
        "Cut-off",
        "Payment",
      ];
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
  {
    words: ["statement", "adjust"],
    args: [{ name: "<id>", description: "the statement's id (ECF or NPQ)" }],
    options: {
      description: { type: "string", value: "<text>", description: "what the adjustment is for (required)" },
      amount: { type: "string", value: "<pounds>", description: "not zero, negative to take money off (required)" },
    },
    summary: "Add an adjustment to a statement that is not paid: its breakdown counts it into the total",
    examples: [
      'lpkit-sandbox statement adjust 6f1c2f0e-4b7d-4d59-8f8e-2d7c1c3b9a10 --description "March reconciliation" --amount=-150.00',
    ],
    run: async ({ control, args: [id = ""], options }) => {
      const adjustment = await control.addStatementAdjustment(id, {
        description: requireOption(options, "description"),
        amount: requireOption(options, "amount"),
      });
      return {
        json: adjustment,
        text: `Adjustment ${adjustment.id} (${adjustment.description}: ${adjustment.amount}) is on statement ${id}`,
      };
    },
  },
  {
    words: ["statement", "unadjust"],
    args: [
      { name: "<id>", description: "the statement's id" },
      { name: "<adjustment id>", description: "the adjustment's id, as statement adjust answered it" },
    ],
    options: {},
    summary: "Remove an adjustment from a statement that is not paid",
    examples: [
      "lpkit-sandbox statement unadjust 6f1c2f0e-4b7d-4d59-8f8e-2d7c1c3b9a10 9d0c7c1e-2b1a-4c55-8f0e-3a6b5c4d2e10",
    ],
    run: async ({ control, args: [id = "", adjustmentId = ""] }) => {
      await control.removeStatementAdjustment(id, adjustmentId);
      return { json: { removed: adjustmentId }, text: `Adjustment ${adjustmentId} is off statement ${id}` };
    },
  },
];
