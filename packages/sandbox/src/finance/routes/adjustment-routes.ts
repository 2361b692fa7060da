/**
 * Additional adjustments on an ECF output statement that is not paid (finance dashboard §1.9): add (name, amount,
 * "Check your answers"), "You have added an adjustment" with "add another", "Change or remove", and removal. The
 * answers travel with the steps (adjustment-answers.ts); storing and removing are the control API's commands
 * (`addStatementAdjustment`, `removeStatementAdjustment`), journaled as theirs are, and their refusals are shown.
 */
import type { Statement } from "@lpkit/engine";
import { findRow } from "@lpkit/engine/internal";
import { type Context, Hono } from "hono";
import type { SandboxEnv } from "../../http/env.ts";
import {
  type AdjustmentAnswers,
  amountError,
  answersQuery,
  firstUnanswered,
  nameError,
  readAdjustmentAnswers,
  readAdjustmentStep,
} from "../adjustment-answers.ts";
import { messagePage, notFoundPage } from "../components/message-page.ts";
import type { FinanceContext } from "../finance-context.ts";
import { FINANCE_PATHS } from "../finance-paths.ts";
import { adjustmentsEditable, readId } from "../finance-queries.ts";
import { FormFields } from "../form-fields.ts";
import { htmlResponse, seeOther } from "../html-response.ts";
import { addedAdjustmentPage, changeOrRemovePage, removeAdjustmentPage } from "../pages/adjustment-list-pages.ts";
import {
  type AdjustmentStepModel,
  adjustmentAmountPage,
  adjustmentCheckPage,
  adjustmentNamePage,
} from "../pages/adjustment-step-pages.ts";
import { refusalDetail } from "../refusal-detail.ts";

export function adjustmentRoutes(context: FinanceContext): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  const statementOf = (statementId: string): Statement | undefined =>
    findRow(context.world, "statements", readId(statementId));
  const statementPath = (statement: Statement) => FINANCE_PATHS.statement(statement.leadProviderId, statement.id);
  const listModel = (statement: Statement) => {
    const payments = context.control.statementPayments(statement.id);
    return {
      statementId: statement.id,
      statementPath: statementPath(statement),
      adjustments: payments.ok ? payments.value.adjustments : [],
    };
  };
  const stepPage = (statement: Statement, step: string, model: AdjustmentStepModel) =>
    step === "step2"
      ? adjustmentAmountPage(model)
      : step === "confirm"
        ? adjustmentCheckPage(model)
        : adjustmentNamePage(model, statementPath(statement));

  /** Runs `handle` on an editable statement; a paid or unknown one goes back to its page (or is not found). */
  const onEditable =
    (handle: (statement: Statement, c: Context<SandboxEnv>) => Response | Promise<Response>) =>
    (c: Context<SandboxEnv>) => {
      const statement = statementOf(c.req.param("id") ?? "");
      if (statement === undefined) {
        return htmlResponse(notFoundPage(), 404);
      }
      return adjustmentsEditable(statement) ? handle(statement, c) : seeOther(statementPath(statement));
    };

  routes.get(
    "/statements/:id/adjustments",
    onEditable((statement) => htmlResponse(changeOrRemovePage(listModel(statement)))),
  );

  routes.get(
    "/statements/:id/adjustments/new",
    onEditable((statement, c) => {
      const answers = readAdjustmentAnswers((name) => c.req.query(name));
      const asked = readAdjustmentStep(c.req.query("form_step"));
      // A later step never shows without the earlier answers: it goes back to the first one missing.
      const missing = asked === "step1" ? undefined : firstUnanswered(answers);
      const step = missing === undefined || (asked === "step2" && missing === "step2") ? asked : missing;
      return htmlResponse(stepPage(statement, step, { statementId: statement.id, answers }));
    }),
  );

  routes.post(
    "/statements/:id/adjustments/new",
    onEditable(async (statement, c) => {
      const form = await FormFields.read(c);
      const answers = readAdjustmentAnswers((name) => form.get(name));
      const step = readAdjustmentStep(form.get("form_step"));
      const error = step === "step1" ? nameError(answers) : step === "step2" ? amountError(answers) : undefined;
      if (error !== undefined) {
        return htmlResponse(stepPage(statement, step, { statementId: statement.id, answers, error }), 422);
      }
      const newPath = FINANCE_PATHS.newAdjustment(statement.id);
      if (step !== "confirm") {
        return seeOther(`${newPath}${answersQuery(step === "step1" ? "step2" : "confirm", answers)}`);
      }
      const missing = firstUnanswered(answers);
      if (missing !== undefined) {
        return seeOther(`${newPath}${answersQuery(missing, answers)}`);
      }
      return store(statement, answers);
    }),
  );

  /**
   * Stores the answers; a change stores the new adjustment, then removes the one it replaces (the engine has no
   * "change" command, and adding first keeps the old one when the engine refuses the new).
   */
  const store = (statement: Statement, answers: AdjustmentAnswers): Response => {
    const added = context.control.addStatementAdjustment(statement.id, {
      description: answers.name,
      amount: answers.amount,
    });
    if (!added.ok) {
      const model = { statementId: statement.id, answers, error: refusalDetail(added.failure) };
      return htmlResponse(adjustmentCheckPage(model), 422);
    }
    if (answers.adjustmentId !== undefined) {
      const removed = context.control.removeStatementAdjustment(statement.id, answers.adjustmentId);
      if (!removed.ok) {
        return htmlResponse(messagePage("Adjustment cannot be changed", refusalDetail(removed.failure)), 422);
      }
      return seeOther(FINANCE_PATHS.adjustments(statement.id));
    }
    return seeOther(FINANCE_PATHS.addedAdjustment(statement.id));
  };

  routes.get(
    "/statements/:id/adjustments/added",
    onEditable((statement) => htmlResponse(addedAdjustmentPage(listModel(statement)))),
  );

  routes.post(
    "/statements/:id/adjustments/add_another",
    onEditable(async (statement, c) => {
      const answer = (await FormFields.read(c)).get("add_another");
      if (answer === "yes") {
        return seeOther(FINANCE_PATHS.newAdjustment(statement.id));
      }
      if (answer === "no") {
        return seeOther(statementPath(statement));
      }
      return htmlResponse(addedAdjustmentPage(listModel(statement), { error: true }), 422);
    }),
  );

  /** The stored adjustment `adjustmentId` of the statement, or undefined. */
  const adjustmentOf = (statement: Statement, adjustmentId: string) =>
    listModel(statement).adjustments.find((adjustment) => adjustment.id === readId(adjustmentId));

  routes.get(
    "/statements/:id/adjustments/:adjustmentId/edit",
    onEditable((statement, c) => {
      const adjustment = adjustmentOf(statement, c.req.param("adjustmentId") ?? "");
      if (adjustment === undefined) {
        return htmlResponse(notFoundPage(), 404);
      }
      const answers = { name: adjustment.description, amount: adjustment.amount, adjustmentId: adjustment.id };
      return seeOther(`${FINANCE_PATHS.newAdjustment(statement.id)}${answersQuery("step1", answers)}`);
    }),
  );

  routes.get(
    "/statements/:id/adjustments/:adjustmentId/delete",
    onEditable((statement, c) => {
      const adjustment = adjustmentOf(statement, c.req.param("adjustmentId") ?? "");
      return adjustment === undefined
        ? htmlResponse(notFoundPage(), 404)
        : htmlResponse(removeAdjustmentPage(listModel(statement), adjustment));
    }),
  );

  routes.post(
    "/statements/:id/adjustments/:adjustmentId/delete",
    onEditable((statement, c) => {
      const adjustment = adjustmentOf(statement, c.req.param("adjustmentId") ?? "");
      if (adjustment === undefined) {
        return htmlResponse(notFoundPage(), 404);
      }
      const removed = context.control.removeStatementAdjustment(statement.id, adjustment.id);
      return removed.ok
        ? seeOther(statementPath(statement))
        : htmlResponse(messagePage("Adjustment cannot be removed", refusalDetail(removed.failure)), 422);
    }),
  );

  return routes;
}
