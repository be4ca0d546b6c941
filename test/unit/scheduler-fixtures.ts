import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { prepareDatabase } from "../../src/bootstrap.js";
import { loadConfig } from "../../src/config.js";
import type { Database } from "../../src/db/client.js";
import { createLogger } from "../../src/logger.js";
import { diskCapacity, ramCapacity, vcpuCapacity } from "../../src/scheduler/capacity.js";
import type { HostState, RequestSpec } from "../../src/scheduler/types.js";

/** A host with Nova's default-ish inventory; override what a case needs. */
export function host(over: Partial<HostState> = {}): HostState {
  const id = over.id ?? 1;
  return {
    id,
    uuid: `00000000-0000-4000-8000-${String(id).padStart(12, "0")}`,
    hostname: `compute${id}`,
    nodename: `compute${id}`,
    availabilityZone: "nova",
    serviceDisabled: false,
    serviceUp: true,
    forcedDown: false,
    generation: 0,
    vcpus: 16,
    memoryMb: 65536,
    diskGb: 1024,
    reservedVcpus: 0,
    reservedMemoryMb: 512,
    reservedDiskGb: 0,
    cpuAllocationRatio: 16,
    ramAllocationRatio: 1.5,
    diskAllocationRatio: 1,
    usedVcpus: 0,
    usedMemoryMb: 0,
    usedDiskGb: 0,
    ...over,
  };
}

export function spec(over: Partial<RequestSpec> = {}): RequestSpec {
  return { consumerId: "c1", vcpus: 1, memoryMb: 512, diskGb: 1, ...over };
}

/** True when a host holds more than its capacity of any resource class. */
export const overCapacity = (h: HostState) => h.usedVcpus > vcpuCapacity(h) || h.usedMemoryMb > ramCapacity(h) || h.usedDiskGb > diskCapacity(h);

/** A migrated SQLite database with no hosts, in a folder of its own, for the describe block that calls it. */
export function tempSchedulerDatabase(prefix: string): { db(): Database } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  let db: Database | undefined;
  beforeAll(async () => {
    const config = loadConfig({ NOVASIM_LOG_LEVEL: "silent", NOVASIM_HOST_COUNT: "0", DATABASE_URL: `file:${path.join(dir, "db.sqlite")}` });
    db = await prepareDatabase(config, createLogger("silent"));
  });
  afterAll(async () => {
    await db?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { db: () => db! };
}
