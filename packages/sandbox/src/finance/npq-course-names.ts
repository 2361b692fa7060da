/**
 * The twelve NPQ courses' names, as the NPQ service stores them beside their identifiers and titles its statement
 * page's course cards, "Standalone payments" and voided declarations with (finance dashboard §3). The engine keeps
 * identifiers only; the names are display text, so they live with the dashboard.
 */
import type { NpqCourseIdentifier } from "@lpkit/engine";

const NPQ_COURSE_NAMES: Readonly<Record<NpqCourseIdentifier, string>> = {
  "npq-early-years-leadership": "Early years leadership (NPQEYL)",
  "npq-executive-leadership": "Executive leadership (NPQEL)",
  "npq-headship": "Headship (NPQH)",
  "npq-senior-leadership": "Senior leadership (NPQSL)",
  "npq-senco": "Special educational needs co-ordinator (NPQSENCO)",
  "npq-leading-behaviour-culture": "Leading behaviour and culture (NPQLBC)",
  "npq-leading-literacy": "Leading literacy (NPQLL)",
  "npq-leading-primary-mathematics": "Leading primary mathematics (NPQLPM)",
  "npq-leading-teaching": "Leading teaching (NPQLT)",
  "npq-leading-teaching-development": "Leading teacher development (NPQLTD)",
  "npq-early-headship-coaching-offer": "Early headship coaching offer (EHCO)",
  "npq-additional-support-offer": "Additional support offer for new headteachers (ASO)",
};

/** The course's name; an identifier the table does not know (none today) shows as itself. */
export function npqCourseName(course: string): string {
  return NPQ_COURSE_NAMES[course as NpqCourseIdentifier] ?? course;
}
