import type { FastifyRequest } from "fastify";
import { describe, expect, it } from "vitest";
import { placementDetail } from "../../src/api/placement/errors.js";
import { negotiatePlacementVersion, requestedPlacementVersion } from "../../src/api/placement/microversion.js";
import { isUuidLike, parseResources, parseTraits, providerListSchema, validateQuery } from "../../src/api/placement/query.js";
import { ApiVersion } from "../../src/http/microversion.js";
import { allocationCandidates } from "../../src/placement/candidates.js";
import { PlacementError } from "../../src/placement/errors.js";
import { providerOf, type ProviderState } from "../../src/placement/providers.js";

/** The message a PlacementError thrown by `f` carries. */
const messageOf = (f: () => unknown): string => {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(PlacementError);
    return (err as Error).message;
  }
  throw new Error("did not throw");
};

describe("microversion_parse, as Placement uses it", () => {
  it.each([
    [undefined, null],
    ["placement 1.5", "1.5"],
    ["compute 2.1, placement 1.17", "1.17"],
    ["placement 1.2, placement 1.9", "1.9"],
    ["PLACEMENT  1.3 ", "1.3"],
    ["placement", null],
    [["placement 1.1", "placement 1.4"], "1.4"],
  ] as const)("header %j asks for %j", (header, want) => {
    expect(requestedPlacementVersion(header as string | string[] | undefined)).toBe(want);
  });

  it.each([
    [null, "1.0"],
    ["latest", "1.39"],
    ["1.39", "1.39"],
    ["1.05", "1.5"],
    [" 1.7", "1.7"],
  ])("%j negotiates %s", (raw, want) => {
    expect(negotiatePlacementVersion(raw).toString()).toBe(want);
  });

  it.each([
    ["1.40", "Invalid microversion: Unacceptable version header: 1.40", 406],
    ["2.0", "Invalid microversion: Unacceptable version header: 2.0", 406],
    ["-1.5", "Invalid microversion: Unacceptable version header: -1.5", 406],
    ["1.x", "Invalid microversion: invalid version string: 1.x; invalid literal for int() with base 10: 'x'", 400],
    ["1.2.3", "Invalid microversion: invalid version string: 1.2.3; invalid literal for int() with base 10: '2.3'", 400],
    ["7", "Invalid microversion: invalid version string: 7; Version.__new__() missing 1 required positional argument: 'minor'", 400],
  ])("%j is refused: %s", (raw, message, status) => {
    try {
      negotiatePlacementVersion(raw);
      expect.fail("accepted");
    } catch (err) {
      expect((err as PlacementError).message).toBe(message);
      expect((err as PlacementError).code).toBe(status);
    }
  });
});

describe("util.normalize_resources_qs_param", () => {
  it("parses amounts by class; the last of a repeated class wins", () => {
    expect(parseResources("VCPU:2,MEMORY_MB:1024,VCPU:3")).toEqual({ VCPU: 3, MEMORY_MB: 1024 });
    expect(parseResources("DISK_GB: 10")).toEqual({ DISK_GB: 10 });
  });
  it.each([
    ["", "Badly formed resources parameter. Expected resources query string parameter in form: ?resources=VCPU:2,MEMORY_MB:1024. Got: empty string."],
    ["VCPU:1:2", "Badly formed resources parameter. Expected resources query string parameter in form: ?resources=VCPU:2,MEMORY_MB:1024. Got: VCPU:1:2."],
    ["VCPU:one", "Requested resource VCPU expected positive integer amount. Got: one."],
    ["VCPU:-3", "Requested resource VCPU requires amount >= 1. Got: -3."],
  ])("%j: %s", (qs, message) => {
    expect(messageOf(() => parseResources(qs))).toBe(message);
  });
});

describe("util.normalize_traits_qs_param", () => {
  it("required, forbidden and any-of traits", () => {
    expect(parseTraits("A, B", false, false)).toEqual({ required: [new Set(["A"]), new Set(["B"])], forbidden: new Set() });
    expect(parseTraits("A,!B,!!C", true, false)).toEqual({ required: [new Set(["A"])], forbidden: new Set(["B", "C"]) });
    expect(parseTraits("in:A,B", true, true)).toEqual({ required: [new Set(["A", "B"])], forbidden: new Set() });
  });
  it.each([
    ["A,,B", false, false, "Invalid query string parameters: Expected 'required' parameter value of the form: HW_CPU_X86_VMX,CUSTOM_MAGIC. Got an empty trait in: A,,B"],
    ["A,!", true, false, "Invalid query string parameters: Expected 'required' parameter value of the form: HW_CPU_X86_VMX,!CUSTOM_MAGIC. Got an empty trait in: A,!"],
    ["in:A", true, false, "Invalid query string parameters: The format 'in:HW_CPU_X86_VMX,CUSTOM_MAGIC' only supported since microversion 1.39. Got: in:A"],
    ["in:A,!B", true, true, "Invalid query string parameters: The format 'in:HW_CPU_X86_VMX,CUSTOM_MAGIC' does not support forbidden traits. Got: in:A,!B"],
  ])("%j (forbidden %s, any %s): %s", (val, forbidden, any, message) => {
    expect(messageOf(() => parseTraits(val, forbidden, any))).toBe(message);
  });
});

describe("uuid checks", () => {
  it("jsonschema's uuid format wants the dashes; is_uuid_like does not", () => {
    const u = "6c1a2b9e-4a1f-4d0e-9a4b-0f6e2d3c4b5a";
    expect(() => validateQuery({ uuid: u }, providerListSchema(new ApiVersion(1, 0)))).not.toThrow();
    expect(messageOf(() => validateQuery({ uuid: u.replace(/-/g, "") }, providerListSchema(new ApiVersion(1, 0))))).toBe(
      `Invalid query string parameters: '${u.replace(/-/g, "")}' is not a 'uuid'`,
    );
    expect(isUuidLike(u.replace(/-/g, "").toUpperCase())).toBe(true);
    expect(isUuidLike(`{${u}}`)).toBe(true);
    expect(isUuidLike(u.slice(1))).toBe(false);
  });

  it("unexpected parameters are listed sorted, as jsonschema does", () => {
    expect(messageOf(() => validateQuery({ zeta: "1", alpha: "2" }, providerListSchema(new ApiVersion(1, 0))))).toBe(
      "Invalid query string parameters: Additional properties are not allowed ('alpha', 'zeta' were unexpected)",
    );
  });
});

describe("webob's error detail", () => {
  const req = (method = "GET", headers: Record<string, string> = {}) => ({ method, headers }) as unknown as FastifyRequest;
  it.each([
    [400, "bad", "The server could not comply with the request since it is either malformed or otherwise incorrect. \n\n bad  "],
    [403, "no", "Access was denied to this resource.\n\n no  "],
    [404, "", "The resource could not be found.\n\n   "],
    [409, "x", "There was a conflict when trying to complete your request.\n\n x  "],
    [404, "two\nlines <b>bold</b>", "The resource could not be found.\n\n two lines bold  "],
  ])("%i %j", (status, message, detail) => {
    expect(placementDetail(status, message, req())).toBe(detail);
  });
  it("405 and 406 have templates of their own", () => {
    expect(placementDetail(405, "m", req("DELETE"))).toBe("The method DELETE is not allowed for this resource. \n\n m");
    expect(placementDetail(406, "m", req("GET", { accept: "text/plain" }))).toBe(
      "The resource could not be generated that was acceptable to your browser (content of type text/plain. \n\n m",
    );
  });
});

describe("allocation candidates on one-provider trees", () => {
  const host = (id: number, over: Partial<Parameters<typeof providerOf>[0]> = {}) =>
    providerOf({
      id,
      uuid: `u${id}`,
      hostname: `h${id}`,
      hypervisorHostname: `h${id}`,
      generation: 1,
      vcpus: 4,
      memoryMb: 1000,
      localGb: 10,
      cpuAllocationRatio: 1.5,
      ramAllocationRatio: 1,
      diskAllocationRatio: 1,
      reservedHostMemoryMb: 100,
      reservedHostDiskGb: 0,
      reservedHostCpus: 1,
      serviceDisabled: false,
      createdAt: new Date(0),
      updatedAt: new Date(0),
      ...over,
    });
  const state = (id: number, used: Record<string, number>, aggs: string[] = []): ProviderState => {
    const provider = host(id);
    return { provider, usage: new Map(Object.entries({ VCPU: 0, MEMORY_MB: 0, DISK_GB: 0, ...used })), aggregates: new Set(aggs) };
  };

  it("capacity is int((total - reserved) * ratio) less usage; max_unit is the total", () => {
    // VCPU: (4 - 1) * 1.5 = 4.5 -> 4 usable by a summed request, and never more than 4 in one request.
    const states = [state(1, { VCPU: 0 }), state(2, { VCPU: 3 })];
    const ok = allocationCandidates(states, { groups: [{ suffix: "", resources: { VCPU: 4 } }] });
    expect(ok.requests.map((r) => r.provider.provider.uuid)).toEqual(["u1"]);
    const tooBig = allocationCandidates(states, { groups: [{ suffix: "", resources: { VCPU: 5 } }] });
    expect(tooBig.requests).toEqual([]);
  });

  it("groups are summed on the host and the sum checked; isolate with two numbered groups has no candidates", () => {
    const states = [state(1, { MEMORY_MB: 500 }), state(2, {})];
    const groups = [
      { suffix: "", resources: { MEMORY_MB: 300 } },
      { suffix: "1", resources: { MEMORY_MB: 300 } },
    ];
    const r = allocationCandidates(states, { groups, groupPolicy: "none" });
    expect(r.requests.map((x) => [x.provider.provider.uuid, x.resources, x.mappings])).toEqual([["u2", [["MEMORY_MB", 600]], { "": ["u2"], "1": ["u2"] }]]);
    expect(allocationCandidates(states, { groups: [...groups, { suffix: "2", resources: { VCPU: 1 } }], groupPolicy: "isolate" }).requests).toEqual([]);
  });
});
