import type { Weigher } from "../types.js";

/** Nova's DiskWeigher: more free disk (free_disk_mb, without overcommit) weighs more (disk_weight_multiplier). */
export const diskWeigher = (multiplier = 1.0): Weigher => ({
  name: "DiskWeigher",
  multiplier,
  multiplierKey: "disk_weight_multiplier",
  minval: 0,
  weigh: (host) => (host.diskGb - host.reservedDiskGb - host.usedDiskGb) * 1024,
});
