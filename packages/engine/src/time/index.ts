export * from "./calendar-date.ts";
export * from "./instant.ts";
export * from "./london.ts";
export * from "./rfc3339.ts";
