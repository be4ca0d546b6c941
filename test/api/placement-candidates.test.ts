import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claim } from "../../src/scheduler/index.js";
import { startApp, type TestApp } from "../helpers.js";
import { placementHelpers } from "./placement-helpers.js";

/**
 * GET /allocation_candidates against hosts of known capacity and usage:
 * capacity = (total - reserved) * allocation_ratio, minus what is used,
 * within max_unit; the filters; the shapes per microversion; the errors.
 */

let t: TestApp;
const { call, errorBody, webob } = placementHelpers(() => t);
let h: { id: number; uuid: string; hostname: string }[];
const AGG = "0b8c8a1e-5f5e-4d43-8c77-00000000000a";
const NOWHERE = "0b8c8a1e-5f5e-4d43-8c77-0000000000ff";
const SMALL = "resources=VCPU:1,MEMORY_MB:512,DISK_GB:1";

type Body = {
  allocation_requests: { allocations: Record<string, { resources: Record<string, number> }>; mappings?: Record<string, string[]> }[];
  provider_summaries: Record<string, { resources: Record<string, { capacity: number; used: number }>; traits?: string[] }>;
};
const candidates = async (query: string, mv = "1.39") => {
  const res = await call(`/allocation_candidates?${query}`, { mv });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Body;
};
/** The providers of the allocation requests, in order. */
const providersOf = (b: Body) => b.allocation_requests.map((r) => Object.keys(r.allocations)[0]);

beforeAll(async () => {
  t = await startApp();
  h = await t.db.prisma.host.findMany({ select: { id: true, uuid: true, hostname: true }, orderBy: { id: "asc" } });
  const set = (i: number, data: Record<string, unknown>) => t.db.prisma.host.update({ where: { id: h[i]!.id }, data });
  // h0: 4 VCPUs at 2.0 (capacity 8, max_unit 4), 2048 MB less 512 reserved, 10 GB.
  await set(0, { vcpus: 4, cpuAllocationRatio: 2, memoryMb: 2048, reservedHostMemoryMb: 512, ramAllocationRatio: 1, localGb: 10, diskAllocationRatio: 1 });
  // h1 and h2: 8 of each ratio 1; h2's compute service is disabled.
  await set(1, { vcpus: 8, cpuAllocationRatio: 1, memoryMb: 8192, reservedHostMemoryMb: 0, ramAllocationRatio: 1, localGb: 100, diskAllocationRatio: 1 });
  await set(2, { vcpus: 8, cpuAllocationRatio: 1, memoryMb: 8192, reservedHostMemoryMb: 0, ramAllocationRatio: 1, localGb: 100, diskAllocationRatio: 1, serviceDisabled: true });
  // h3: 2 VCPUs, 1024 MB, 5 GB.
  await set(3, { vcpus: 2, cpuAllocationRatio: 1, memoryMb: 1024, reservedHostMemoryMb: 0, ramAllocationRatio: 1, localGb: 5, diskAllocationRatio: 1 });
  const used = await claim(t.db.prisma, h[0]!.id, "5a0c0de0-0000-4000-8000-000000000001", { vcpus: 6, memoryMb: 1024, diskGb: 5 });
  expect(used.ok).toBe(true);
  await t.db.prisma.aggregate.create({ data: { uuid: AGG, name: "fast", hosts: { create: [{ host: h[1]!.hostname }] } } });
});
afterAll(() => t.close());

describe("capacity", () => {
  it("every host with room; summaries give capacity ((total - reserved) * ratio) and usage", async () => {
    const b = await candidates(SMALL);
    expect(providersOf(b)).toEqual(h.map((x) => x.uuid));
    expect(b.allocation_requests[0]).toEqual({ allocations: { [h[0]!.uuid]: { resources: { VCPU: 1, MEMORY_MB: 512, DISK_GB: 1 } } }, mappings: { "": [h[0]!.uuid] } });
    expect(b.provider_summaries[h[0]!.uuid]!.resources).toEqual({
      VCPU: { capacity: 8, used: 6 },
      MEMORY_MB: { capacity: 1536, used: 1024 },
      DISK_GB: { capacity: 10, used: 5 },
    });
    expect(b.provider_summaries[h[3]!.uuid]!.resources.VCPU).toEqual({ capacity: 2, used: 0 });
  });

  it("a host without room left for one class drops out, as does one whose max_unit (its total) is below the amount", async () => {
    // h0 has 2 VCPUs left, h3 has 2 at most.
    expect(providersOf(await candidates("resources=VCPU:3"))).toEqual([h[1]!.uuid, h[2]!.uuid]);
    expect(providersOf(await candidates("resources=VCPU:2"))).toEqual(h.map((x) => x.uuid));
    // 512 MB left on h0.
    expect(providersOf(await candidates("resources=MEMORY_MB:513"))).toEqual([h[1]!.uuid, h[2]!.uuid, h[3]!.uuid]);
    expect(providersOf(await candidates("resources=VCPU:9"))).toEqual([]);
    const none = await candidates("resources=PCPU:1");
    expect(none).toEqual({ allocation_requests: [], provider_summaries: {} });
  });

  it("limit (1.16) keeps the first candidates and only their summaries", async () => {
    const b = await candidates(`${SMALL}&limit=2`, "1.16");
    expect(providersOf(b)).toEqual([h[0]!.uuid, h[1]!.uuid]);
    expect(Object.keys(b.provider_summaries).sort()).toEqual([h[0]!.uuid, h[1]!.uuid].sort());
  });
});

describe("filters", () => {
  it("required (1.17), forbidden traits (1.22), any-of (1.39)", async () => {
    expect(providersOf(await candidates(`${SMALL}&required=COMPUTE_STATUS_DISABLED`, "1.17"))).toEqual([h[2]!.uuid]);
    expect(providersOf(await candidates(`${SMALL}&required=!COMPUTE_STATUS_DISABLED`, "1.22"))).toEqual([h[0]!.uuid, h[1]!.uuid, h[3]!.uuid]);
    expect(providersOf(await candidates(`${SMALL}&required=in:COMPUTE_STATUS_DISABLED,COMPUTE_IMAGE_TYPE_QCOW2`))).toEqual([h[2]!.uuid]);
    // Before 1.39 only the last required counts.
    expect(providersOf(await candidates(`${SMALL}&required=COMPUTE_STATUS_DISABLED&required=COMPUTE_NODE`, "1.38"))).toHaveLength(4);
    expect(providersOf(await candidates(`${SMALL}&required=COMPUTE_STATUS_DISABLED&required=COMPUTE_NODE`, "1.39"))).toEqual([h[2]!.uuid]);
  });

  it("member_of (1.21), in_tree (1.31), root_required (1.35)", async () => {
    expect(providersOf(await candidates(`${SMALL}&member_of=${AGG}`, "1.21"))).toEqual([h[1]!.uuid]);
    expect(providersOf(await candidates(`${SMALL}&member_of=!${AGG}`, "1.32"))).toEqual([h[0]!.uuid, h[2]!.uuid, h[3]!.uuid]);
    expect(providersOf(await candidates(`${SMALL}&member_of=${NOWHERE}`, "1.21"))).toEqual([]);
    expect(providersOf(await candidates(`${SMALL}&in_tree=${h[3]!.uuid}`, "1.31"))).toEqual([h[3]!.uuid]);
    expect(providersOf(await candidates(`${SMALL}&in_tree=${NOWHERE}`, "1.31"))).toEqual([]);
    expect(providersOf(await candidates(`${SMALL}&root_required=COMPUTE_STATUS_DISABLED`, "1.35"))).toEqual([h[2]!.uuid]);
    expect(providersOf(await candidates(`${SMALL}&root_required=!COMPUTE_STATUS_DISABLED`, "1.35"))).toHaveLength(3);
  });

  it("granular groups (1.25): group_policy needed for two; each group on the host, amounts summed, capacity checked on the sum", async () => {
    const q = "resources1=VCPU:1&resources2=MEMORY_MB:100";
    const missing = await call(`/allocation_candidates?${q}`, { mv: "1.25" });
    expect(missing.json().errors[0].detail).toBe(
      webob[400]('The "group_policy" parameter is required when specifying more than one "resources{N}" parameter.'),
    );
    const none = await candidates(`${q}&group_policy=none`, "1.34");
    expect(providersOf(none)).toHaveLength(4);
    expect(none.allocation_requests[1]).toEqual({
      allocations: { [h[1]!.uuid]: { resources: { VCPU: 1, MEMORY_MB: 100 } } },
      mappings: { "1": [h[1]!.uuid], "2": [h[1]!.uuid] },
    });
    // Two numbered groups never share a provider under isolate: one-provider trees offer none.
    expect(providersOf(await candidates(`${q}&group_policy=isolate`))).toEqual([]);
    // Each group fits h0 (2 VCPUs left) and h3 (2 VCPUs) alone; together they do not.
    expect(providersOf(await candidates("resources=VCPU:2&resources1=VCPU:1&group_policy=none"))).toEqual([h[1]!.uuid, h[2]!.uuid]);
    // String suffixes from 1.33.
    expect(providersOf(await candidates("resources_CPU=VCPU:1&group_policy=none", "1.33"))).toHaveLength(4);
    expect((await call("/allocation_candidates?resources_CPU=VCPU:1", { mv: "1.32" })).statusCode).toBe(400);
  });
});

describe("shapes by microversion", () => {
  it("1.10: list-form allocation requests, requested classes only; 1.12: dict form", async () => {
    const b = await candidates("resources=VCPU:1", "1.10");
    expect(b.allocation_requests[0]).toEqual({ allocations: [{ resource_provider: { uuid: h[0]!.uuid }, resources: { VCPU: 1 } }] });
    expect(b.provider_summaries[h[0]!.uuid]).toEqual({ resources: { VCPU: { capacity: 8, used: 6 } } });
    const dict = await candidates("resources=VCPU:1", "1.12");
    expect(dict.allocation_requests[0]).toEqual({ allocations: { [h[0]!.uuid]: { resources: { VCPU: 1 } } } });
  });

  it("traits from 1.17; every inventoried class from 1.27; parent/root from 1.29; mappings from 1.34", async () => {
    const s = (b: Body) => b.provider_summaries[h[1]!.uuid]!;
    expect(s(await candidates("resources=VCPU:1", "1.16"))).not.toHaveProperty("traits");
    expect(s(await candidates("resources=VCPU:1", "1.17")).traits).toContain("COMPUTE_NODE");
    expect(Object.keys(s(await candidates("resources=VCPU:1", "1.26")).resources)).toEqual(["VCPU"]);
    expect(Object.keys(s(await candidates("resources=VCPU:1", "1.27")).resources)).toEqual(["VCPU", "MEMORY_MB", "DISK_GB"]);
    expect(s(await candidates("resources=VCPU:1", "1.28"))).not.toHaveProperty("root_provider_uuid");
    expect(s(await candidates("resources=VCPU:1", "1.29"))).toMatchObject({ parent_provider_uuid: null, root_provider_uuid: h[1]!.uuid });
    expect((await candidates("resources=VCPU:1", "1.33")).allocation_requests[0]).not.toHaveProperty("mappings");
    expect((await candidates("resources=VCPU:1", "1.34")).allocation_requests[0]!.mappings).toEqual({ "": [h[0]!.uuid] });
  });
});

describe("errors", () => {
  const detail = async (query: string, mv: string) => {
    const res = await call(`/allocation_candidates${query}`, { mv });
    expect(res.statusCode, res.body).toBe(400);
    return res.json().errors[0].detail as string;
  };

  it("before 1.10 there is no such resource: 404", async () => {
    const res = await call(`/allocation_candidates?${SMALL}`, { mv: "1.9" });
    expect(res.json()).toEqual(errorBody(404, "The resource could not be found.\n\n   ", res));
  });

  it("the query schema of each microversion", async () => {
    expect(await detail("", "1.10")).toBe(webob[400]("Invalid query string parameters: 'resources' is a required property"));
    expect(await detail("?resources=VCPU:1&limit=2", "1.15")).toBe(
      webob[400]("Invalid query string parameters: Additional properties are not allowed ('limit' was unexpected)"),
    );
    expect(await detail("?resources=VCPU:1&limit=0", "1.16")).toBe(webob[400]("Invalid query string parameters: '0' does not match '^[1-9][0-9]*$'"));
    expect(await detail(`?resources=VCPU:1&in_tree=${h[0]!.uuid}`, "1.30")).toBe(
      webob[400](
        "Invalid query string parameters: 'in_tree' does not match any of the regexes: '^member_of([1-9][0-9]*)?$', '^required([1-9][0-9]*)?$', '^resources([1-9][0-9]*)?$'",
      ),
    );
    expect(await detail("?resources=VCPU:1&group_policy=all", "1.25")).toBe(
      webob[400]("Invalid query string parameters: 'all' is not one of ['none', 'isolate']"),
    );
  });

  it("unknown classes and traits; orphaned and missing groups", async () => {
    expect(await detail("?resources=FOO:1", "1.10")).toBe(webob[400]("Invalid resource class in resources parameter: No such resource class FOO."));
    expect(await detail("?resources=VCPU:1&required=CUSTOM_GOLD", "1.17")).toBe(webob[400]("No such trait(s): CUSTOM_GOLD."));
    expect(await detail("", "1.25")).toBe(webob[400]("At least one request group (`resources` or `resources{$S}`) is required."));
    expect(await detail("?resources=VCPU:1&required1=COMPUTE_NODE", "1.25")).toBe(
      webob[400]("All traits parameters must be associated with resources.  Found the following orphaned traits keys: required1"),
    );
    expect(await detail("?resources=VCPU:1&required=COMPUTE_NODE,!COMPUTE_NODE", "1.22")).toBe(
      webob[400]("Conflicting required and forbidden traits found in the following traits keys: required: (COMPUTE_NODE)"),
    );
    const none = await call("/allocation_candidates", { mv: "1.36" });
    expect(none.json()).toEqual(
      errorBody(400, webob[400]("There must be at least one resources or resources[$S] parameter."), none, "placement.query.missing_value"),
    );
    const twice = await call("/allocation_candidates?resources=VCPU:1&root_required=COMPUTE_NODE&root_required=OWNER_NOVA", { mv: "1.35" });
    expect(twice.json().errors[0]).toMatchObject({
      code: "placement.query.duplicate_key",
      detail: webob[400]("Query parameter 'root_required' may be specified only once."),
    });
  });

  it("a group no provider can meet ends the search before later groups are checked", async () => {
    // member_of matches nothing in the unnumbered group: no candidates, the unknown trait of group 1 never looked at.
    const b = await candidates(`resources=VCPU:1&member_of=${NOWHERE}&resources1=VCPU:1&required1=CUSTOM_GOLD&group_policy=none`);
    expect(b).toEqual({ allocation_requests: [], provider_summaries: {} });
  });
});
