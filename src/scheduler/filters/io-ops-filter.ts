import { DEFAULT_FILTER_OPTIONS } from "../filter-options.js";
import { PASS, type Filter, type FilterOptions } from "../types.js";

/**
 * Nova's IoOpsFilter: fewer instances doing I/O-heavy work on the host
 * (building, resizing, migrating, rebuilding, snapshotting, backing up,
 * rescuing, unshelving) than [filter_scheduler] max_io_ops_per_host.
 */
export const ioOpsFilter = (o: Pick<FilterOptions, "maxIoOpsPerHost"> = DEFAULT_FILTER_OPTIONS): Filter => ({
  name: "IoOpsFilter",
  filter(host) {
    const n = host.numIoOps ?? 0;
    if (n < o.maxIoOpsPerHost) return PASS;
    return { pass: false, reason: `has ${n} I/O operations, max_io_ops_per_host is ${o.maxIoOpsPerHost}` };
  },
});
