/** The scheduler's public API: place an instance and claim its resources, give them back, read usage. */
export { scheduleAndClaim, release, hostUsage, claim, loadHostStates, type Placement, type ScheduleOptions, type Resources, type ClaimResult } from "./claims.js";
export { NoValidHost } from "./errors.js";
export type { RequestSpec, HostState, Decision } from "./types.js";
