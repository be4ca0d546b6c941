import type { Weigher } from "../types.js";

/** Nova's IoOpsWeigher: I/O-heavy operations on the host; the default multiplier -1.0 prefers idle hosts (io_ops_weight_multiplier). */
export const ioOpsWeigher = (multiplier = -1.0): Weigher => ({
  name: "IoOpsWeigher",
  multiplier,
  multiplierKey: "io_ops_weight_multiplier",
  minval: 0,
  weigh: (host) => host.numIoOps ?? 0,
});
