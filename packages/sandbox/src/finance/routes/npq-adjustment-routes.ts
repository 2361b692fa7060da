/**
 * An NPQ statement's adjustments (finance dashboard §3.3), as the NPQ service's pages have them:
 * "Make adjustment", the list with "add another", "Edit", "Remove", while the statement is not paid. Storing and
 * removing are the control API's commands (`addStatementAdjustment`, `removeStatementAdjustment` on an NPQ statement),
 * journaled as theirs are; a change adds the new adjustment, then removes the old one (the engine has no "change").
 */
import type { NpqStatement, StatementAdjustment } from "@lpkit/engine";
import { type Context, Hono } from "hono";
import type { SandboxEnv } from "../../http/env.ts";
import { notFoundPage } from "../components/message-page.ts";
import type { FinanceContext } from "../finance-context.ts";
import { FINANCE_PATHS } from "../finance-paths.ts";
import { readId } from "../finance-queries.ts";
import { FormFields } from "../form-fields.ts";
import { htmlResponse, seeOther } from "../html-response.ts";
import {
  NPQ_ADJUSTMENT_ERRORS,
  type NpqAdjustmentAnswers,
  type NpqAdjustmentsView,
  npqAdjustmentErrors,
  npqAdjustmentsViewQuery,
  readNpqAdjustmentAnswers,
  readNpqAdjustmentsView,
} from "../npq-adjustment-form.ts";
import { findNpqStatement } from "../npq-queries.ts";
import {
  npqAdjustmentFormPage,
  npqAdjustmentListPage,
  npqRemoveAdjustmentPage,
} from "../pages/npq-adjustment-pages.ts";
import { refusalDetail } from "../refusal-detail.ts";

/** Whether the statement takes adjustments: the NPQ service offers them until the statement is paid. */
function editable(statement: NpqStatement): boolean {
  return statement.status !== "paid";
}

export function npqAdjustmentRoutes(context: FinanceContext): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();
  const base = "/npq/statements/:id/adjustments";

  const adjustmentsOf = (statement: NpqStatement): readonly StatementAdjustment[] => {
    const payments = context.control.npqStatementPayments(statement.id);
    return payments.ok ? payments.value.adjustments : [];
  };
  const listPath = (statement: NpqStatement, view: NpqAdjustmentsView) =>
    `${FINANCE_PATHS.npqAdjustments(statement.id)}${npqAdjustmentsViewQuery(view)}`;
  const listModel = (statement: NpqStatement, view: NpqAdjustmentsView) => {
    const all = adjustmentsOf(statement);
    const adjustments = view.showAll
      ? all
      : view.created.flatMap((id) => all.filter((adjustment) => adjustment.id === id));
    return { statementId: statement.id, adjustments, view };
  };

  /** Runs `handle` on a known statement that is not paid; a paid one goes back to its page. */
  const withStatement =
    (handle: (statement: NpqStatement, c: Context<SandboxEnv>) => Response | Promise<Response>) =>
    (c: Context<SandboxEnv>) => {
      const statement = findNpqStatement(context.npq, c.req.param("id") ?? "");
      if (statement === undefined) {
        return htmlResponse(notFoundPage(), 404);
      }
      return editable(statement) ? handle(statement, c) : seeOther(FINANCE_PATHS.npqStatement(statement.id));
    };
  const queryView = (c: Context<SandboxEnv>) => readNpqAdjustmentsView((name) => c.req.query(name));
  const adjustmentAt = (statement: NpqStatement, c: Context<SandboxEnv>) =>
    adjustmentsOf(statement).find((adjustment) => adjustment.id === readId(c.req.param("adjustmentId") ?? ""));

  /** Checks the answers, then stores them; the form again, with the errors or the engine's refusal, otherwise. */
  const save = (
    statement: NpqStatement,
    answers: NpqAdjustmentAnswers,
    view: NpqAdjustmentsView,
    replacing?: StatementAdjustment,
  ): Response => {
    const formAgain = (errors: { text: string; field?: string }[]) =>
      htmlResponse(
        npqAdjustmentFormPage({
          statementId: statement.id,
          ...(replacing === undefined ? {} : { adjustmentId: replacing.id }),
          answers,
          errors,
          view,
        }),
        422,
      );
    const errors = npqAdjustmentErrors(answers);
    if (errors.length > 0) {
      return formAgain(errors);
    }
    const added = context.control.addStatementAdjustment(statement.id, answers);
    if (!added.ok) {
      return formAgain([{ text: refusalDetail(added.failure) }]);
    }
    const id = added.value.id;
    if (replacing !== undefined) {
      const removed = context.control.removeStatementAdjustment(statement.id, replacing.id);
      if (!removed.ok) {
        return formAgain([{ text: refusalDetail(removed.failure) }]);
      }
    }
    const created =
      replacing === undefined
        ? [...view.created, id]
        : view.created.map((createdId) => (createdId === replacing.id ? id : createdId));
    return seeOther(listPath(statement, { ...view, created }));
  };

  /** A post to a paid (or unknown) statement: the form says why, as the service's does. */
  const onPost =
    (handle: (statement: NpqStatement, form: FormFields, c: Context<SandboxEnv>) => Response) =>
    async (c: Context<SandboxEnv>) => {
      const statement = findNpqStatement(context.npq, c.req.param("id") ?? "");
      if (statement === undefined) {
        return htmlResponse(notFoundPage(), 404);
      }
      const form = await FormFields.read(c);
      if (!editable(statement)) {
        const answers = readNpqAdjustmentAnswers((name) => form.get(name));
        const view = readNpqAdjustmentsView((name) => form.get(name));
        const page = npqAdjustmentFormPage({
          statementId: statement.id,
          answers,
          errors: [{ text: NPQ_ADJUSTMENT_ERRORS.paid }],
          view,
        });
        return htmlResponse(page, 422);
      }
      return handle(statement, form, c);
    };

  routes.get(
    base,
    withStatement((statement, c) => htmlResponse(npqAdjustmentListPage(listModel(statement, queryView(c))))),
  );

  routes.get(
    `${base}/new`,
    withStatement((statement, c) =>
      htmlResponse(
        npqAdjustmentFormPage({
          statementId: statement.id,
          answers: { description: "", amount: "" },
          errors: [],
          view: queryView(c),
        }),
      ),
    ),
  );

  routes.post(
    base,
    onPost((statement, form) =>
      save(
        statement,
        readNpqAdjustmentAnswers((name) => form.get(name)),
        readNpqAdjustmentsView((name) => form.get(name)),
      ),
    ),
  );

  routes.post(
    `${base}/add_another`,
    onPost((statement, form) => {
      const view = readNpqAdjustmentsView((name) => form.get(name));
      const answer = form.get("add_another");
      if (answer === "yes") {
        return seeOther(`${FINANCE_PATHS.npqNewAdjustment(statement.id)}${npqAdjustmentsViewQuery(view)}`);
      }
      if (answer === "no") {
        return seeOther(FINANCE_PATHS.npqStatement(statement.id));
      }
      return htmlResponse(npqAdjustmentListPage(listModel(statement, view), { error: true }), 422);
    }),
  );

  routes.get(
    `${base}/:adjustmentId/edit`,
    withStatement((statement, c) => {
      const adjustment = adjustmentAt(statement, c);
      if (adjustment === undefined) {
        return htmlResponse(notFoundPage(), 404);
      }
      const answers = { description: adjustment.description, amount: adjustment.amount };
      const view = queryView(c);
      return htmlResponse(
        npqAdjustmentFormPage({ statementId: statement.id, adjustmentId: adjustment.id, answers, errors: [], view }),
      );
    }),
  );

  routes.post(
    `${base}/:adjustmentId`,
    onPost((statement, form, c) => {
      const adjustment = adjustmentAt(statement, c);
      if (adjustment === undefined) {
        return htmlResponse(notFoundPage(), 404);
      }
      const view = readNpqAdjustmentsView((name) => form.get(name));
      return save(
        statement,
        readNpqAdjustmentAnswers((name) => form.get(name)),
        view,
        adjustment,
      );
    }),
  );

  routes.get(
    `${base}/:adjustmentId/delete`,
    withStatement((statement, c) => {
      const adjustment = adjustmentAt(statement, c);
      return adjustment === undefined
        ? htmlResponse(notFoundPage(), 404)
        : htmlResponse(npqRemoveAdjustmentPage({ statementId: statement.id, adjustment, view: queryView(c) }));
    }),
  );

  routes.post(
    `${base}/:adjustmentId/delete`,
    onPost((statement, form, c) => {
      const adjustment = adjustmentAt(statement, c);
      if (adjustment === undefined) {
        return htmlResponse(notFoundPage(), 404);
      }
      const view = readNpqAdjustmentsView((name) => form.get(name));
      const removed = context.control.removeStatementAdjustment(statement.id, adjustment.id);
      if (!removed.ok) {
        return htmlResponse(
          npqRemoveAdjustmentPage({ statementId: statement.id, adjustment, view }, refusalDetail(removed.failure)),
          422,
        );
      }
      return seeOther(listPath(statement, { ...view, created: view.created.filter((id) => id !== adjustment.id) }));
    }),
  );

  return routes;
}
