import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../../src/config.js";
import { DEFAULT_FILTERS, DEFAULT_WEIGHERS } from "../../../src/scheduler/registry.js";
import { schedulerSettingsOf } from "../../../src/scheduler/scheduler.js";

describe("scheduler settings", () => {
  it("defaults: the filters novasim ran plus Nova's enabled_filters, all weighers, Nova's multipliers and max_attempts", () => {
    const s = schedulerSettingsOf(loadConfig({}));
    expect(s.filters).toEqual(DEFAULT_FILTERS);
    expect(s.filters.slice(0, 5)).toEqual(["ComputeFilter", "AvailabilityZoneFilter", "RamFilter", "CoreFilter", "DiskFilter"]);
    expect(s.weighers).toEqual(DEFAULT_WEIGHERS);
    expect(s.multipliers).toEqual({
      ram_weight_multiplier: 1,
      cpu_weight_multiplier: 1,
      disk_weight_multiplier: 1,
      num_instances_weight_multiplier: 0,
      io_ops_weight_multiplier: -1,
      soft_affinity_weight_multiplier: 1,
      soft_anti_affinity_weight_multiplier: 1,
      build_failure_weight_multiplier: 1000000,
      hypervisor_version_weight_multiplier: 1,
    });
    expect(s).toMatchObject({ hostSubsetSize: 1, maxAttempts: 3, maxPlacementResults: 1000, filterOptions: { maxIoOpsPerHost: 8, maxInstancesPerHost: 50 } });
  });

  it("reads lists from the environment and the command line, in the order given", () => {
    const env = loadConfig({ NOVASIM_SCHEDULER_ENABLED_FILTERS: "ComputeFilter, SameHostFilter,DifferentHostFilter", NOVASIM_RAM_WEIGHT_MULTIPLIER: "-1.5" });
    expect(env.schedulerEnabledFilters).toEqual(["ComputeFilter", "SameHostFilter", "DifferentHostFilter"]);
    expect(env.ramWeightMultiplier).toBe(-1.5);
    const flags = loadConfig({}, ["--scheduler-weight-classes", "RAMWeigher", "--scheduler-max-attempts=5"]);
    expect(flags.schedulerWeightClasses).toEqual(["RAMWeigher"]);
    expect(flags.schedulerMaxAttempts).toBe(5);
  });

  it("an unknown filter or weigher stops the start with one line naming it", () => {
    expect(() => loadConfig({ NOVASIM_SCHEDULER_ENABLED_FILTERS: "ComputeFilter,NoSuchFilter" })).toThrow(ConfigError);
    try {
      loadConfig({ NOVASIM_SCHEDULER_ENABLED_FILTERS: "ComputeFilter,NoSuchFilter" });
    } catch (err) {
      const msg = (err as Error).message;
      expect(msg).not.toContain("\n");
      expect(msg).toMatch(/^invalid NOVASIM_SCHEDULER_ENABLED_FILTERS="ComputeFilter,NoSuchFilter": unknown scheduler filter NoSuchFilter \(known: ComputeFilter, /);
    }
    expect(() => loadConfig({}, ["--scheduler-weight-classes", "RAMWeigher,FooWeigher"])).toThrow(
      /^invalid --scheduler-weight-classes="RAMWeigher,FooWeigher": unknown scheduler weigher FooWeigher \(known: RAMWeigher, /,
    );
    expect(() => loadConfig({ NOVASIM_SCHEDULER_MAX_ATTEMPTS: "0" })).toThrow(ConfigError);
    expect(() => loadConfig({ NOVASIM_SOFT_AFFINITY_WEIGHT_MULTIPLIER: "-1" })).toThrow(ConfigError);
  });
});
