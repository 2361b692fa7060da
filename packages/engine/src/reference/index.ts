export * from "./cohorts.ts";
export * from "./courses.ts";
export * from "./declaration-types.ts";
export * from "./evidence.ts";
export * from "./lead-providers.ts";
export * from "./reasons.ts";
export * from "./schedules.ts";
