import { describeDecision } from "./filter-scheduler.js";
import type { Decision } from "./types.js";

/**
 * Nova's NoValidHost: no host passed the filters, or every candidate's claim
 * failed. The instance goes to ERROR with this as its fault (code 500);
 * `details` says which filter removed which host, and why.
 */
export class NoValidHost extends Error {
  readonly code = 500;
  readonly details: string;
  constructor(readonly decision: Decision) {
    super("No valid host was found. There are not enough hosts available.");
    this.name = "NoValidHost";
    this.details = describeDecision(decision);
  }
}
