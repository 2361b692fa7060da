export * from "./declarations.ts";
export * from "./finance.ts";
export * from "./fixtures.ts";
export * from "./participant-actions.ts";
export * from "./partnerships.ts";
export * from "./requests.ts";
export * from "./titles.ts";
