import type { FilterOptions } from "./types.js";

/** Nova's [filter_scheduler] max_io_ops_per_host and max_instances_per_host defaults. */
export const DEFAULT_FILTER_OPTIONS: FilterOptions = { maxIoOpsPerHost: 8, maxInstancesPerHost: 50 };
