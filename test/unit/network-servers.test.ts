import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type TestApp } from "../helpers.js";
import type { Db } from "../../src/db/client.js";
import { networkRepo } from "../../src/db/repositories/network.js";
import { identityRepo } from "../../src/db/repositories/identity.js";
import { isUniqueViolation } from "../../src/network/common.js";
import { createNetwork } from "../../src/network/networks.js";
import { createSubnet } from "../../src/network/subnets.js";
import { createPort } from "../../src/network/ports.js";
import { createGroup } from "../../src/network/security-groups.js";
import {
  addSecurityGroupToServer,
  addressesForServers,
  allocateServerPorts,
  bindServerPorts,
  releaseServerPorts,
  removeSecurityGroupFromServer,
  resolveRequestedNetworks,
  securityGroupsForServers,
  serverSecurityGroups,
} from "../../src/network/servers.js";

let t: TestApp;
let db: Db;
const pid: Record<string, string> = {};
const nets: Record<string, string> = {};
const now = new Date("2026-01-01T00:00:00Z");

beforeAll(async () => {
  t = await startApp();
  db = t.db.prisma;
  for (const name of ["admin", "demo", "alt_demo"]) {
    pid[name] = (await identityRepo(db).findProject({ domainId: "default", name }))!.id;
  }
  for (const n of await networkRepo(db).listNetworks(null)) nets[`${n.name}@${n.projectId === pid.demo ? "demo" : n.projectId === pid.alt_demo ? "alt" : "admin"}`] = n.id;
});
afterAll(() => t.close());

const ERR = (status: number, message: string) => expect.objectContaining({ code: status, message });

describe("resolveRequestedNetworks", () => {
  it("picks the project's own network when none is asked for (before 2.37) and for auto", async () => {
    expect(await resolveRequestedNetworks(db, { projectId: pid.demo!, networks: undefined })).toEqual([{ networkId: nets["private@demo"] }]);
    expect(await resolveRequestedNetworks(db, { projectId: pid.demo!, networks: "auto" })).toEqual([{ networkId: nets["private@demo"] }]);
    expect(await resolveRequestedNetworks(db, { projectId: pid.demo!, networks: "none" })).toEqual([]);
  });
  it("none usable means no ports; the shared external network is never picked", async () => {
    // admin owns only `public` (external): nothing to pick.
    expect(await resolveRequestedNetworks(db, { projectId: pid.admin!, networks: undefined })).toEqual([]);
  });
  it("several candidates: 409 Multiple possible networks found", async () => {
    const extra = await createNetwork(db, { projectId: pid.alt_demo!, isAdmin: false, isMember: true }, { name: "second" }, now);
    await expect(resolveRequestedNetworks(db, { projectId: pid.alt_demo!, networks: undefined })).rejects.toEqual(
      ERR(409, "Multiple possible networks found, use a Network ID to be more specific."),
    );
    await expect(resolveRequestedNetworks(db, { projectId: pid.alt_demo!, networks: "auto" })).rejects.toMatchObject({ code: 409 });
    await networkRepo(db).deleteNetwork(extra.id);
  });
  it("explicit networks and ports are checked", async () => {
    expect(
      await resolveRequestedNetworks(db, { projectId: pid.demo!, networks: [{ uuid: nets["public@admin"], tag: "t" }, { uuid: nets["private@demo"], fixed_ip: "10.0.0.30" }] }),
    ).toEqual([
      { networkId: nets["public@admin"], fixedIp: undefined, tag: "t" },
      { networkId: nets["private@demo"], fixedIp: "10.0.0.30", tag: undefined },
    ]);
    await expect(resolveRequestedNetworks(db, { projectId: pid.demo!, networks: [{ uuid: nets["private@alt"] }] })).rejects.toEqual(
      ERR(400, `Network ${nets["private@alt"]} could not be found.`),
    );
    const caller = { projectId: pid.demo!, isAdmin: false, isMember: true };
    const free = await createPort(db, caller, { network_id: nets["private@demo"] }, now);
    expect(await resolveRequestedNetworks(db, { projectId: pid.demo!, networks: [{ port: free.id }] })).toEqual([
      { networkId: nets["private@demo"], portId: free.id, tag: undefined },
    ]);
    const used = await createPort(db, caller, { network_id: nets["private@demo"], device_id: "someone" }, now);
    await expect(resolveRequestedNetworks(db, { projectId: pid.demo!, networks: [{ port: used.id }] })).rejects.toEqual(
      ERR(409, `Port ${used.id} is still in use.`),
    );
    await expect(resolveRequestedNetworks(db, { projectId: pid.alt_demo!, networks: [{ port: free.id }] })).rejects.toEqual(
      ERR(400, `Port id ${free.id} could not be found.`),
    );
  });
});

describe("server port lifecycle", () => {
  const server = "11111111-2222-4333-8444-555555555555";
  let preCreated = "";
  it("allocates, binds, shows addresses and groups, releases", async () => {
    const caller = { projectId: pid.demo!, isAdmin: false, isMember: true };
    preCreated = (await createPort(db, caller, { network_id: nets["private@demo"] }, now)).id;
    const requested = await resolveRequestedNetworks(db, {
      projectId: pid.demo!,
      networks: [{ uuid: nets["private@demo"], fixed_ip: "10.0.0.40" }, { port: preCreated }],
    });
    const ids = await allocateServerPorts(db, { projectId: pid.demo!, serverId: server, requested, securityGroupNames: ["default"], availabilityZone: "nova" });
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(preCreated);
    const ports = await networkRepo(db).portsOfDevice([server]);
    expect(ports.map((p) => [p.deviceOwner, p.status, p.serverOwned]).sort()).toEqual([
      ["compute:nova", "DOWN", false],
      ["compute:nova", "DOWN", true],
    ]);

    await bindServerPorts(db, server, "compute1");
    expect((await networkRepo(db).portsOfDevice([server])).map((p) => [p.bindingHostId, p.status])).toEqual([
      ["compute1", "ACTIVE"],
      ["compute1", "ACTIVE"],
    ]);

    const addrs = await addressesForServers(db, [server, "no-such-server"]);
    expect(addrs.has("no-such-server")).toBe(false);
    const priv = addrs.get(server)!.private!;
    expect(priv).toHaveLength(2);
    const fixed = priv.find((a) => a.addr === "10.0.0.40")!;
    expect(fixed).toMatchObject({ version: 4, "OS-EXT-IPS:type": "fixed" });
    expect(fixed["OS-EXT-IPS-MAC:mac_addr"]).toBe(ports.find((p) => p.fixedIps[0]!.ipAddress === "10.0.0.40")!.macAddress);

    expect((await securityGroupsForServers(db, [server])).get(server)).toEqual([{ name: "default" }]);

    await releaseServerPorts(db, server);
    const left = await networkRepo(db).portsOfDevice([server]);
    expect(left).toEqual([]);
    const kept = await networkRepo(db).findPort(preCreated);
    expect(kept).toMatchObject({ deviceId: "", deviceOwner: "", bindingHostId: "", status: "DOWN" });
    expect(await addressesForServers(db, [server])).toEqual(new Map());
  });
  it("is all or nothing: a taken fixed IP undoes the ports already made", async () => {
    const requested = [{ networkId: nets["private@demo"]! }, { networkId: nets["private@demo"]!, fixedIp: "10.0.0.50" }];
    await allocateServerPorts(db, { projectId: pid.demo!, serverId: "other-server", requested: [{ networkId: nets["private@demo"]!, fixedIp: "10.0.0.50" }] });
    await expect(allocateServerPorts(db, { projectId: pid.demo!, serverId: server, requested })).rejects.toEqual(
      ERR(400, `Fixed IP address 10.0.0.50 is already in use on instance ${server}.`),
    );
    expect(await networkRepo(db).portsOfDevice([server])).toEqual([]);
  });
  it("unknown security group names are 400", async () => {
    await expect(
      allocateServerPorts(db, { projectId: pid.demo!, serverId: server, requested: [{ networkId: nets["private@demo"]! }], securityGroupNames: ["nope"] }),
    ).rejects.toEqual(ERR(400, "Security group nope not found."));
  });
  it("adds and removes a group on all of a server's ports, with Nova's errors", async () => {
    const caller = { projectId: pid.demo!, isAdmin: false, isMember: true };
    const g = await createGroup(db, caller, { name: "extra" }, now);
    const s2 = "22222222-2222-4333-8444-555555555555";
    await allocateServerPorts(db, { projectId: pid.demo!, serverId: s2, requested: [{ networkId: nets["private@demo"]! }, { networkId: nets["public@admin"]! }] });
    await addSecurityGroupToServer(db, { projectId: pid.demo!, serverId: s2, name: "extra" });
    const names = (await securityGroupsForServers(db, [s2])).get(s2)!.map((x) => x.name).sort();
    expect(names).toEqual(["default", "extra"]);
    expect((await serverSecurityGroups(db, s2)).map((x) => x.id)).toContain(g.id);
    for (const p of await networkRepo(db).portsOfDevice([s2])) expect(p.securityGroups.map((x) => x.securityGroupId)).toContain(g.id);
    await removeSecurityGroupFromServer(db, { projectId: pid.demo!, serverId: s2, name: g.id });
    expect((await securityGroupsForServers(db, [s2])).get(s2)).toEqual([{ name: "default" }]);
    await expect(removeSecurityGroupFromServer(db, { projectId: pid.demo!, serverId: s2, name: "extra" })).rejects.toEqual(
      ERR(404, `Security group extra not associated with the instance ${s2}`),
    );
    await expect(addSecurityGroupToServer(db, { projectId: pid.demo!, serverId: s2, name: "ghost" })).rejects.toEqual(
      ERR(404, `Security group ghost is not found for project ${pid.demo}`),
    );
    await expect(addSecurityGroupToServer(db, { projectId: pid.demo!, serverId: "no-ports", name: "extra" })).rejects.toMatchObject({ code: 404 });
  });
  it("addresses for many servers take a bounded number of queries", async () => {
    const servers = Array.from({ length: 8 }, (_, i) => `33333333-2222-4333-8444-00000000000${i}`);
    for (const s of servers) await allocateServerPorts(db, { projectId: pid.alt_demo!, serverId: s, requested: [{ networkId: nets["private@alt"]! }] });
    const map = await addressesForServers(db, servers);
    expect([...map.keys()].sort()).toEqual(servers);
    const ips = servers.map((s) => map.get(s)!.private![0]!.addr);
    expect(new Set(ips).size).toBe(8);
  });
});

describe("the unique keys behind allocation", () => {
  it("a duplicate (subnet, address) is a unique violation the retry recognises", async () => {
    const caller = { projectId: pid.demo!, isAdmin: false, isMember: true };
    const net = await createNetwork(db, caller, { name: "uk" }, now);
    const sub = await createSubnet(db, caller, { network_id: net.id, ip_version: 4, cidr: "10.77.0.0/29" }, now);
    const p = await createPort(db, caller, { network_id: net.id }, now);
    const taken = p.fixedIps[0]!.ipAddress;
    const q = await createPort(db, caller, { network_id: net.id }, now);
    const e = await networkRepo(db).addAllocations([{ subnetId: sub.id, ipAddress: taken, portId: q.id }]).catch((x: unknown) => x);
    expect(isUniqueViolation(e)).toBe(true);
  });
});
