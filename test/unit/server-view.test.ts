import { describe, expect, it } from "vitest";
import { ApiVersion } from "../../src/http/microversion.js";
import type { InstanceRecord } from "../../src/compute/instance.js";
import { serverView, type ServerViewContext } from "../../src/api/compute/views/servers.js";

const inst: InstanceRecord = {
  id: "6b0c0d0e-1111-4222-8333-444455556666",
  displayName: "vm",
  displayDescription: "described",
  projectId: "p1",
  userId: "u1",
  flavorId: "1",
  flavor: { id: "1", name: "m1.tiny", vcpus: 1, ram: 512, disk: 1, ephemeral: 0, swap: 0, extra_specs: { "hw:cpu_policy": "shared" } },
  vcpus: 1, memoryMb: 512, rootGb: 1, ephemeralGb: 0, swapMb: 0,
  imageRef: "img-1",
  vmState: "active", taskState: null, powerState: 1,
  host: "compute1", node: "compute1", availabilityZone: "nova", requestedAz: "nova", autoDiskConfig: false,
  keyName: null, keyData: null, userData: null, hostname: "vm", accessIpV4: "", accessIpV6: "", configDrive: "",
  reservationId: "r-abcdefgh", launchIndex: 0, progress: 0,
  locked: true, lockedBy: "owner", lockedReason: "why",
  schedulerHints: { same_host: ["x"] }, requestedNetworks: [], securityGroups: [],
  requestSpec: {}, pendingAction: null, pendingStep: 0, pendingParams: {}, previousState: {},
  faultCode: null, faultMessage: null, faultDetails: null, faultCreatedAt: null,
  launchedAt: new Date("2026-01-01T00:00:05Z"), terminatedAt: null, deletedAt: null, taskDueAt: null,
  createdAt: new Date("2026-01-01T00:00:00Z"), updatedAt: new Date("2026-01-01T00:00:05Z"),
  metadata: [{ key: "k", value: "v" }], tags: [{ tag: "t1" }],
};

function view(v: string, isAdmin = false, opts = { showServerGroups: true }) {
  const ctx: ServerViewContext = {
    base: "http://h",
    version: ApiVersion.parse(v)!,
    isAdmin,
    addresses: new Map(),
    securityGroups: new Map([[inst.id, [{ name: "default" }]]]),
    hostStatus: new Map([["compute1", "UP"]]),
    imageProperties: new Map([["img-1", { os_distro: "cirros" }]]),
  };
  return serverView(inst, ctx, opts);
}

/** Each microversion gate of Nova's server view, at the version before and at the version itself. */
const GATES: [string, string, string, boolean, unknown][] = [
  // field, version before, version at, admin?, value at
  ["locked", "2.8", "2.9", false, true],
  ["host_status", "2.15", "2.16", true, "UP"],
  ["description", "2.18", "2.19", false, "described"],
  ["tags", "2.25", "2.26", false, ["t1"]],
  ["trusted_image_certificates", "2.62", "2.63", false, null],
  ["server_groups", "2.70", "2.71", false, []],
  ["locked_reason", "2.72", "2.73", false, "why"],
  ["OS-EXT-SRV-ATTR:hostname", "2.89", "2.90", false, "vm"],
  ["pinned_availability_zone", "2.95", "2.96", false, "nova"],
  ["scheduler_hints", "2.99", "2.100", false, { same_host: ["x"] }],
];

describe("server view microversion gates", () => {
  it.each(GATES)("%s appears at %s+ (absent at %s)", (field, before, at, admin, value) => {
    expect(view(before, admin)).not.toHaveProperty([field]);
    expect(view(at, admin)[field]).toEqual(value);
  });

  it("flavor is a link before 2.47 and the embedded flavor (with extra specs) from 2.47", () => {
    expect(view("2.46").flavor).toEqual({ id: "1", links: [{ rel: "bookmark", href: "http://h/compute/flavors/1" }] });
    expect(view("2.47").flavor).toEqual({ vcpus: 1, ram: 512, disk: 1, ephemeral: 0, swap: 0, original_name: "m1.tiny", extra_specs: { "hw:cpu_policy": "shared" } });
  });

  it("image properties are embedded from 2.98", () => {
    expect(view("2.97").image).not.toHaveProperty("properties");
    expect((view("2.98").image as { properties: unknown }).properties).toEqual({ os_distro: "cirros" });
  });

  it("host_status is for admins only; extended attributes too, from 2.3 the longer set", () => {
    expect(view("2.16", false)).not.toHaveProperty("host_status");
    expect(view("2.1", true)["OS-EXT-SRV-ATTR:host"]).toBe("compute1");
    expect(view("2.1", true)).not.toHaveProperty("OS-EXT-SRV-ATTR:reservation_id");
    expect(view("2.3", true)["OS-EXT-SRV-ATTR:reservation_id"]).toBe("r-abcdefgh");
    expect(view("2.100", false)).not.toHaveProperty("OS-EXT-SRV-ATTR:host");
  });

  it("server_groups only where the caller asks (show, not detail)", () => {
    expect(view("2.71", false, { showServerGroups: false })).not.toHaveProperty("server_groups");
  });

  it("server_groups: the server's group uuid from the context", () => {
    const ctx: ServerViewContext = {
      base: "http://h",
      version: ApiVersion.parse("2.71")!,
      isAdmin: false,
      addresses: new Map(),
      securityGroups: new Map(),
      hostStatus: new Map(),
      imageProperties: new Map(),
      serverGroups: new Map([[inst.id, ["5c2a1f0e-5d0b-4a8e-9a43-2d6f0f4e9b11"]]]),
    };
    expect(serverView(inst, ctx, { showServerGroups: true }).server_groups).toEqual(["5c2a1f0e-5d0b-4a8e-9a43-2d6f0f4e9b11"]);
  });

  it("Nova's timestamp formats", () => {
    const s = view("2.1");
    expect(s.created).toBe("2026-01-01T00:00:00Z");
    expect(s["OS-SRV-USG:launched_at"]).toBe("2026-01-01T00:00:05.000000");
  });
});
