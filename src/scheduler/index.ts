/** The scheduler's public API: place an instance and claim its resources, give them back, read usage; the scheduler of the compute wiring. */
export { scheduleAndClaim, release, hostUsage, claim, loadHostStates, type Placement, type ScheduleOptions, type Resources, type ClaimResult } from "./claims.js";
export { NoValidHost } from "./errors.js";
export { describeDecision } from "./filter-scheduler.js";
export { createScheduler, schedulerSettingsOf, Scheduler, type DecisionRecord, type SchedulerSettings } from "./scheduler.js";
export { HostStateCache } from "./host-state-cache.js";
export { noteBuild } from "./attached.js";
export type { RequestSpec, HostState, Decision } from "./types.js";
