/**
 * The instant the sandbox benchmarks freeze its clock at. The seeded world is a history replayed up to "now", so on
 * real time it would grow from one day to the next and no two runs would measure the same world. Mid-November 2025
 * also leaves the 2025 cohort's "started" milestone open, so a new participant can take a declaration.
 */
export const FROZEN_NOW = "2025-11-14T12:00:00Z";
