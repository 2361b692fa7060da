import { FIXTURE_MESSAGES } from "../messages/fixtures.ts";

/**
 * Whether a school could register this address: a dot-atom local part and a domain of at least two labels, as the
 * JSON Schema `email` format is checked by common validators (ajv-formats' full mode). Using the same rule means
 * every address the engine stores passes `format: email` in the sandbox's documents, and a value they refuse is
 * refused here too. Deliberately no more than that: whether the mailbox exists is not the engine's to know.
 */
const EMAIL_ADDRESS =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

function isEmailAddress(value: string): boolean {
  return EMAIL_ADDRESS.test(value);
}

/**
 * What is wrong with the email a school registers for a participant, or undefined. Absent is fine: a default is
 * used. Exported so that a caller that must create other records first (the sandbox creates a school) can refuse a
 * bad address before creating anything.
 */
export function registeredEmailProblem(email: string | null | undefined): string | undefined {
  if (email === null || email === undefined) {
    return undefined;
  }
  if (email.trim() === "") {
    return FIXTURE_MESSAGES.enterEmail;
  }
  return isEmailAddress(email) ? undefined : FIXTURE_MESSAGES.invalidEmail;
}
