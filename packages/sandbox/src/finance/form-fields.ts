/**
 * A dashboard form's fields. The pages post `application/x-www-form-urlencoded` (a form's default); any other body,
 * malformed or not, reads as a form with no fields, so the page comes back asking for them rather than failing.
 */
import type { Context } from "hono";

const FORM_TYPE = "application/x-www-form-urlencoded";

export class FormFields {
  readonly #fields: URLSearchParams;

  private constructor(fields: URLSearchParams) {
    this.#fields = fields;
  }

  static async read(c: Context): Promise<FormFields> {
    const type = c.req.header("content-type")?.split(";")[0]?.trim().toLowerCase();
    return new FormFields(type === FORM_TYPE ? new URLSearchParams(await c.req.text()) : new URLSearchParams());
  }

  /** The field's value when it was sent once and is not empty; otherwise undefined. */
  get(name: string): string | undefined {
    const values = this.#fields.getAll(name);
    return values.length === 1 && values[0] !== "" ? values[0] : undefined;
  }
}
