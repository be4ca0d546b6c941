import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type TestApp } from "../helpers.js";
import { placementHelpers } from "./placement-helpers.js";

/**
 * The Placement API's shapes per microversion, its negotiation, policy and
 * error bodies (placement/handlers/*.py, placement/microversion.py,
 * placement/util.py json_error_formatter).
 */

let t: TestApp;
const { call, errorBody, webob } = placementHelpers(() => t);
let hosts: { uuid: string; hostname: string; hypervisorHostname: string }[];
const AGG1 = "7e1d8a36-1b7c-4c0d-9a55-000000000001";
const AGG2 = "7e1d8a36-1b7c-4c0d-9a55-000000000002";
const NO_AGG = "7e1d8a36-1b7c-4c0d-9a55-0000000000ff";

beforeAll(async () => {
  t = await startApp({ env: { NOVASIM_HOST_COUNT: "3" } });
  hosts = await t.db.prisma.host.findMany({ select: { uuid: true, hostname: true, hypervisorHostname: true }, orderBy: { id: "asc" } });
  // Nova's host aggregates, which it mirrors into Placement: compute1 in both, compute2 in the second.
  await t.db.prisma.aggregate.create({ data: { uuid: AGG1, name: "agg1", hosts: { create: [{ host: hosts[0]!.hostname }] } } });
  await t.db.prisma.aggregate.create({ data: { uuid: AGG2, name: "agg2", hosts: { create: [{ host: hosts[0]!.hostname }, { host: hosts[1]!.hostname }] } } });
  // compute3's nova-compute service is disabled: Nova marks its provider COMPUTE_STATUS_DISABLED.
  await t.db.prisma.host.update({ where: { uuid: hosts[2]!.uuid }, data: { serviceDisabled: true } });
});
afterAll(() => t.close());

const uuids = (res: { json(): { resource_providers: { uuid: string }[] } }) => res.json().resource_providers.map((p) => p.uuid);

describe("GET /placement (version document)", () => {
  it("needs no token; min and max microversion; the microversion headers", async () => {
    for (const path of ["", "/"]) {
      const res = await call(path, { user: null });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        versions: [{ id: "v1.0", max_version: "1.39", min_version: "1.0", status: "CURRENT", links: [{ rel: "self", href: "" }] }],
      });
      expect(res.headers["openstack-api-version"]).toBe("placement 1.0");
      expect(res.headers.vary).toBe("openstack-api-version");
      expect(res.headers["cache-control"]).toBeUndefined();
    }
    const later = await call("/", { user: null, mv: "1.15" });
    expect(later.headers["cache-control"]).toBe("no-cache");
    expect(new Date(later.headers["last-modified"] as string).getTime()).toBeGreaterThan(0);
  });
});

describe("microversion negotiation", () => {
  it("takes the last placement entry of OpenStack-API-Version, normalised; latest is 1.39", async () => {
    const h = (v: string) => call("/resource_providers", { headers: { "openstack-api-version": v } });
    expect((await h("placement latest")).headers["openstack-api-version"]).toBe("placement 1.39");
    expect((await h("placement 1.5, compute 2.1, Placement 1.7")).headers["openstack-api-version"]).toBe("placement 1.7");
    expect((await h("placement 1.05")).headers["openstack-api-version"]).toBe("placement 1.5");
    expect((await h("compute 2.90")).headers["openstack-api-version"]).toBe("placement 1.0");
  });

  it("an unserved version is 406 with min/max and no microversion header; a malformed one is 400", async () => {
    const res = await call("/resource_providers", { mv: "1.40", headers: { accept: "application/json" } });
    expect(res.statusCode).toBe(406);
    expect(res.headers["openstack-api-version"]).toBeUndefined();
    expect(res.headers.vary).toBeUndefined();
    expect(res.json()).toEqual({
      errors: [
        {
          status: 406,
          title: "Not Acceptable",
          detail:
            "The resource could not be generated that was acceptable to your browser (content of type application/json. \n\n " +
            "Invalid microversion: Unacceptable version header: 1.40",
          request_id: res.headers["x-openstack-request-id"],
          max_version: "1.39",
          min_version: "1.0",
        },
      ],
    });
    const bad = await call("/", { user: null, mv: "abc" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual(errorBody(400, webob[400]("Invalid microversion: invalid version string: abc; invalid literal for int() with base 10: 'abc'"), bad));
    const noMinor = await call("/", { user: null, mv: "1" });
    expect(noMinor.json().errors[0].detail).toBe(
      webob[400]("Invalid microversion: invalid version string: 1; Version.__new__() missing 1 required positional argument: 'minor'"),
    );
  });
});

describe("authentication and policy", () => {
  it("401 without a token, in Keystone's body, before the microversion is looked at", async () => {
    const res = await call("/resource_providers", { user: null, mv: "9.9" });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ error: { code: 401, message: "The request you have made requires authentication.", title: "Unauthorized" } });
    expect(res.headers["www-authenticate"]).toMatch(/^Keystone uri=/);
  });

  it("a member is refused the admin-or-service APIs with Placement's 403 body (no Vary: the refusal escapes the handler)", async () => {
    for (const path of ["/resource_providers", `/resource_providers/${hosts[0]!.uuid}`, "/allocation_candidates?resources=VCPU:1", "/traits"]) {
      const res = await call(path, { user: "demo", mv: "1.23" });
      expect(res.statusCode).toBe(403);
      const action = path.startsWith("/resource_providers/")
        ? "placement:resource_providers:show"
        : path.startsWith("/resource_providers")
          ? "placement:resource_providers:list"
          : path.startsWith("/allocation")
            ? "placement:allocation_candidates:list"
            : "placement:traits:list";
      expect(res.json()).toEqual(errorBody(403, webob[403](`Policy does not allow ${action} to be performed.`), res, "placement.undefined_code"));
      expect(res.headers["openstack-api-version"]).toBe("placement 1.23");
      expect(res.headers.vary).toBeUndefined();
    }
  });

  it("GET /usages: a reader of the project may; of another project, or with no project_id, may not (policy before validation)", async () => {
    const demoProject = (await t.db.prisma.project.findFirstOrThrow({ where: { name: "demo" }, select: { id: true } })).id;
    const altProject = (await t.db.prisma.project.findFirstOrThrow({ where: { name: "alt_demo" }, select: { id: true } })).id;
    expect((await call(`/usages?project_id=${demoProject}`, { user: "demo", mv: "1.9" })).statusCode).toBe(200);
    const other = await call(`/usages?project_id=${altProject}`, { user: "demo", mv: "1.9" });
    expect(other.statusCode).toBe(403);
    expect(other.json().errors[0].detail).toBe(webob[403]("Policy does not allow placement:usages to be performed."));
    expect((await call("/usages", { user: "demo", mv: "1.9" })).statusCode).toBe(403);
    const admin = await call("/usages", { mv: "1.9" });
    expect(admin.statusCode).toBe(400);
    expect(admin.json()).toEqual(errorBody(400, webob[400]("Invalid query string parameters: 'project_id' is a required property"), admin));
  });
});

describe("GET /resource_providers", () => {
  it("one provider per host: uuid, hypervisor hostname, generation; links and fields by microversion", async () => {
    const at = async (mv: string) => (await call("/resource_providers", { mv })).json().resource_providers;
    const v10 = await at("1.0");
    expect(v10).toHaveLength(3);
    const self = `/placement/resource_providers/${hosts[0]!.uuid}`;
    expect(v10[0]).toEqual({
      uuid: hosts[0]!.uuid,
      name: hosts[0]!.hypervisorHostname,
      generation: 0,
      links: [
        { rel: "self", href: self },
        { rel: "inventories", href: `${self}/inventories` },
        { rel: "usages", href: `${self}/usages` },
      ],
    });
    const rels = (p: { links: { rel: string }[] }) => p.links.map((l) => l.rel);
    expect(rels((await at("1.1"))[0])).toEqual(["self", "inventories", "usages", "aggregates"]);
    expect(rels((await at("1.6"))[0])).toEqual(["self", "inventories", "usages", "aggregates", "traits"]);
    expect(rels((await at("1.11"))[0])).toEqual(["self", "inventories", "usages", "aggregates", "traits", "allocations"]);
    expect((await at("1.13"))[0]).not.toHaveProperty("root_provider_uuid");
    expect((await at("1.14"))[0]).toMatchObject({ parent_provider_uuid: null, root_provider_uuid: hosts[0]!.uuid });
  });

  it("last-modified and cache-control from 1.15 only", async () => {
    expect((await call("/resource_providers", { mv: "1.14" })).headers["last-modified"]).toBeUndefined();
    const res = await call("/resource_providers", { mv: "1.15" });
    expect(res.headers["cache-control"]).toBe("no-cache");
    expect(res.headers["last-modified"]).toMatch(/ GMT$/);
  });

  it("name and uuid; a malformed uuid is 400", async () => {
    expect(uuids(await call(`/resource_providers?name=${hosts[1]!.hypervisorHostname}`))).toEqual([hosts[1]!.uuid]);
    expect(uuids(await call("/resource_providers?name=nosuch"))).toEqual([]);
    expect(uuids(await call(`/resource_providers?uuid=${hosts[2]!.uuid}`))).toEqual([hosts[2]!.uuid]);
    const bad = await call("/resource_providers?uuid=abc");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].detail).toBe(webob[400]("Invalid query string parameters: 'abc' is not a 'uuid'"));
  });

  it("filters arrive with their microversions: before them they are unexpected parameters", async () => {
    const early = await call(`/resource_providers?member_of=${AGG1}`, { mv: "1.2" });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors[0].detail).toBe(webob[400]("Invalid query string parameters: Additional properties are not allowed ('member_of' was unexpected)"));
    expect((await call("/resource_providers?resources=VCPU:1", { mv: "1.3" })).statusCode).toBe(400);
    expect((await call(`/resource_providers?in_tree=${hosts[0]!.uuid}`, { mv: "1.13" })).statusCode).toBe(400);
    expect((await call("/resource_providers?required=COMPUTE_NODE", { mv: "1.17" })).statusCode).toBe(400);
  });

  it("member_of: one aggregate, in: any of, repeated (1.24) all of, !forbidden (1.32)", async () => {
    expect(uuids(await call(`/resource_providers?member_of=${AGG1}`, { mv: "1.3" }))).toEqual([hosts[0]!.uuid]);
    expect(uuids(await call(`/resource_providers?member_of=in:${AGG1},${AGG2}`, { mv: "1.3" }))).toEqual([hosts[0]!.uuid, hosts[1]!.uuid]);
    expect(uuids(await call(`/resource_providers?member_of=${NO_AGG}`, { mv: "1.3" }))).toEqual([]);
    const twice = await call(`/resource_providers?member_of=${AGG1}&member_of=${AGG2}`, { mv: "1.23" });
    expect(twice.json().errors[0].detail).toBe(webob[400]("Multiple member_of parameters are not supported"));
    expect(uuids(await call(`/resource_providers?member_of=${AGG2}&member_of=${AGG1}`, { mv: "1.24" }))).toEqual([hosts[0]!.uuid]);
    const forbiddenEarly = await call(`/resource_providers?member_of=!${AGG1}`, { mv: "1.31" });
    expect(forbiddenEarly.json().errors[0].detail).toBe(webob[400]("Forbidden member_of parameters are not supported in the specified microversion"));
    expect(uuids(await call(`/resource_providers?member_of=!${AGG1}`, { mv: "1.32" }))).toEqual([hosts[1]!.uuid, hosts[2]!.uuid]);
    expect(uuids(await call(`/resource_providers?member_of=!in:${AGG1},${AGG2}`, { mv: "1.32" }))).toEqual([hosts[2]!.uuid]);
    const list = await call(`/resource_providers?member_of=${AGG1},${AGG2}`, { mv: "1.3" });
    expect(list.json().errors[0].detail).toBe(
      webob[400](`Multiple values for 'member_of' must be prefixed with the 'in:' or '!in:' keyword using the valid microversion. Got: ${AGG1},${AGG2}`),
    );
    const notUuid = await call("/resource_providers?member_of=xyz", { mv: "1.3" });
    expect(notUuid.json().errors[0].detail).toBe(webob[400]("Invalid query string parameters: Expected 'member_of' parameter to contain valid UUID(s). Got: xyz"));
  });

  it("resources: room for every amount (capacity, max_unit); unknown classes and bad amounts are 400", async () => {
    expect(uuids(await call("/resource_providers?resources=VCPU:1,MEMORY_MB:512,DISK_GB:1", { mv: "1.4" }))).toHaveLength(3);
    // max_unit is the host's total (16 VCPUs), whatever the allocation ratio allows.
    expect(uuids(await call("/resource_providers?resources=VCPU:17", { mv: "1.4" }))).toEqual([]);
    expect(uuids(await call("/resource_providers?resources=PCPU:1", { mv: "1.4" }))).toEqual([]);
    const unknown = await call("/resource_providers?resources=FOO:1", { mv: "1.4" });
    expect(unknown.json().errors[0].detail).toBe(webob[400]("Invalid resource class in resources parameter: No such resource class FOO."));
    const zero = await call("/resource_providers?resources=VCPU:0", { mv: "1.4" });
    expect(zero.json().errors[0].detail).toBe(webob[400]("Requested resource VCPU requires amount >= 1. Got: 0."));
    const form = await call("/resource_providers?resources=VCPU", { mv: "1.4" });
    expect(form.json().errors[0].detail).toBe(
      webob[400]("Badly formed resources parameter. Expected resources query string parameter in form: ?resources=VCPU:2,MEMORY_MB:1024. Got: VCPU."),
    );
  });

  it("in_tree (1.14): the provider's tree, which is itself; an unknown provider lists nothing", async () => {
    expect(uuids(await call(`/resource_providers?in_tree=${hosts[1]!.uuid}`, { mv: "1.14" }))).toEqual([hosts[1]!.uuid]);
    expect(uuids(await call(`/resource_providers?in_tree=${NO_AGG}`, { mv: "1.14" }))).toEqual([]);
  });

  it("required (1.18): traits the provider has; !forbidden from 1.22; in: any-of from 1.39; unknown traits are 400", async () => {
    expect(uuids(await call("/resource_providers?required=COMPUTE_NODE", { mv: "1.18" }))).toHaveLength(3);
    expect(uuids(await call("/resource_providers?required=COMPUTE_STATUS_DISABLED", { mv: "1.18" }))).toEqual([hosts[2]!.uuid]);
    expect(uuids(await call("/resource_providers?required=!COMPUTE_STATUS_DISABLED", { mv: "1.22" }))).toEqual([hosts[0]!.uuid, hosts[1]!.uuid]);
    const early = await call("/resource_providers?required=!COMPUTE_STATUS_DISABLED", { mv: "1.21" });
    expect(early.json().errors[0].detail).toBe(
      webob[400]("Invalid query string parameters: Expected 'required' parameter value of the form: HW_CPU_X86_VMX,CUSTOM_MAGIC. Got: !COMPUTE_STATUS_DISABLED"),
    );
    expect(uuids(await call("/resource_providers?required=in:COMPUTE_STATUS_DISABLED,COMPUTE_IMAGE_TYPE_QCOW2", { mv: "1.39" }))).toEqual([hosts[2]!.uuid]);
    const unknown = await call("/resource_providers?required=CUSTOM_GOLD", { mv: "1.18" });
    expect(unknown.json().errors[0].detail).toBe(webob[400]('Invalid trait(s) in "required" parameter: No such trait(s): CUSTOM_GOLD.'));
  });
});

describe("GET /resource_providers/{uuid}", () => {
  it("the provider; an unknown one is 404 with the object's message (1.23: a code; no Vary)", async () => {
    const res = await call(`/resource_providers/${hosts[0]!.uuid}`, { mv: "1.14" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ uuid: hosts[0]!.uuid, name: hosts[0]!.hypervisorHostname, generation: 0, root_provider_uuid: hosts[0]!.uuid });
    const missing = await call(`/resource_providers/${NO_AGG}`, { mv: "1.23" });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual(errorBody(404, webob[404](`No resource provider with uuid ${NO_AGG} found`), missing, "placement.undefined_code"));
    expect(missing.headers["openstack-api-version"]).toBe("placement 1.23");
    expect(missing.headers.vary).toBeUndefined();
    const before = await call(`/resource_providers/${NO_AGG}`, { mv: "1.22" });
    expect(before.json().errors[0]).not.toHaveProperty("code");
  });

  it("Accept must take JSON", async () => {
    const res = await call(`/resource_providers/${hosts[0]!.uuid}`, { headers: { accept: "text/html" } });
    expect(res.statusCode).toBe(406);
    expect(res.json().errors[0].detail).toBe(
      "The resource could not be generated that was acceptable to your browser (content of type text/html. \n\n Only application/json is provided",
    );
    expect((await call(`/resource_providers/${hosts[0]!.uuid}`, { headers: { accept: "application/*;q=0.5, text/html" } })).statusCode).toBe(200);
  });
});

describe("inventories", () => {
  it("VCPU, MEMORY_MB and DISK_GB from the host row, as the fake driver reports them", async () => {
    const res = await call(`/resource_providers/${hosts[0]!.uuid}/inventories`);
    expect(res.json()).toEqual({
      resource_provider_generation: 0,
      inventories: {
        VCPU: { total: 16, reserved: 0, min_unit: 1, max_unit: 16, step_size: 1, allocation_ratio: 16 },
        MEMORY_MB: { total: 65536, reserved: 512, min_unit: 1, max_unit: 65536, step_size: 1, allocation_ratio: 1.5 },
        DISK_GB: { total: 1024, reserved: 0, min_unit: 1, max_unit: 1024, step_size: 1, allocation_ratio: 1 },
      },
    });
  });

  it("one class; the generation is left out while it is 0; a class without inventory and an unknown provider are 404", async () => {
    const vcpu = await call(`/resource_providers/${hosts[0]!.uuid}/inventories/VCPU`);
    expect(vcpu.json()).toEqual({ total: 16, reserved: 0, min_unit: 1, max_unit: 16, step_size: 1, allocation_ratio: 16 });
    await t.db.prisma.host.update({ where: { uuid: hosts[1]!.uuid }, data: { generation: 4 } });
    expect((await call(`/resource_providers/${hosts[1]!.uuid}/inventories/DISK_GB`)).json().resource_provider_generation).toBe(4);
    const pcpu = await call(`/resource_providers/${hosts[0]!.uuid}/inventories/PCPU`);
    expect(pcpu.json()).toEqual(errorBody(404, webob[404](`No inventory of class PCPU for ${hosts[0]!.uuid}`), pcpu));
    const missing = await call(`/resource_providers/${NO_AGG}/inventories`);
    expect(missing.json().errors[0].detail).toBe(
      webob[404](`No resource provider with uuid ${NO_AGG} found : No resource provider with uuid ${NO_AGG} found`),
    );
    // Raised inside the handler: the answer keeps Vary.
    expect(missing.headers.vary).toBe("openstack-api-version");
  });
});

describe("traits", () => {
  it("GET /traits from 1.6 (before: 404 with an empty detail); name=startswith:/in:, associated=", async () => {
    const before = await call("/traits", { mv: "1.5" });
    expect(before.statusCode).toBe(404);
    expect(before.json().errors[0].detail).toBe("The resource could not be found.\n\n   ");
    const all = (await call("/traits", { mv: "1.6" })).json().traits as string[];
    expect(all).toEqual(expect.arrayContaining(["COMPUTE_NODE", "COMPUTE_STATUS_DISABLED", "COMPUTE_IMAGE_TYPE_QCOW2", "OWNER_NOVA"]));
    expect((await call("/traits?name=startswith:COMPUTE_IMAGE_TYPE_V", { mv: "1.6" })).json().traits).toEqual([
      "COMPUTE_IMAGE_TYPE_VDI",
      "COMPUTE_IMAGE_TYPE_VHD",
      "COMPUTE_IMAGE_TYPE_VHDX",
      "COMPUTE_IMAGE_TYPE_VMDK",
    ]);
    expect((await call("/traits?name=in:OWNER_NOVA,CUSTOM_X", { mv: "1.6" })).json().traits).toEqual(["OWNER_NOVA"]);
    const used = (await call("/traits?associated=true", { mv: "1.6" })).json().traits as string[];
    expect(used).toContain("COMPUTE_STATUS_DISABLED");
    expect(used).not.toContain("COMPUTE_IMAGE_TYPE_QCOW2");
    expect((await call("/traits?associated=false", { mv: "1.6" })).json().traits).toContain("COMPUTE_IMAGE_TYPE_QCOW2");
    const badName = await call("/traits?name=COMPUTE", { mv: "1.6" });
    expect(badName.json().errors[0].detail).toBe(
      webob[400]('Badly formatted name parameter. Expected name query string parameter in form: ?name=[in|startswith]:[name1,name2|prefix]. Got: "COMPUTE"'),
    );
    const badAssoc = await call("/traits?associated=yes", { mv: "1.6" });
    expect(badAssoc.json().errors[0].detail).toBe(webob[400]('The query parameter "associated" only accepts "true" or "false"'));
  });

  it("GET /traits/{name}: 204 when known, 404 otherwise", async () => {
    const known = await call("/traits/COMPUTE_NODE", { mv: "1.6" });
    expect(known.statusCode).toBe(204);
    expect(known.body).toBe("");
    const unknown = await call("/traits/CUSTOM_GOLD", { mv: "1.6" });
    expect(unknown.json().errors[0].detail).toBe(webob[404]("No such trait(s): CUSTOM_GOLD."));
  });

  it("a provider's traits: the fake driver's capabilities, the node marks, COMPUTE_STATUS_DISABLED while disabled", async () => {
    const enabled = (await call(`/resource_providers/${hosts[0]!.uuid}/traits`, { mv: "1.6" })).json();
    expect(enabled.resource_provider_generation).toBe(0);
    expect(enabled.traits).toEqual(expect.arrayContaining(["COMPUTE_NODE", "OWNER_NOVA", "COMPUTE_IMAGE_TYPE_RAW", "COMPUTE_NET_ATTACH_INTERFACE"]));
    expect(enabled.traits).not.toContain("COMPUTE_STATUS_DISABLED");
    expect(enabled.traits).not.toContain("COMPUTE_IMAGE_TYPE_QCOW2");
    const disabled = (await call(`/resource_providers/${hosts[2]!.uuid}/traits`, { mv: "1.6" })).json();
    expect(disabled.traits).toContain("COMPUTE_STATUS_DISABLED");
  });
});

describe("GET /resource_providers/{uuid}/aggregates", () => {
  it("from 1.1; the host's Nova aggregates; resource_provider_generation from 1.19", async () => {
    expect((await call(`/resource_providers/${hosts[0]!.uuid}/aggregates`, { mv: "1.0" })).statusCode).toBe(404);
    expect((await call(`/resource_providers/${hosts[0]!.uuid}/aggregates`, { mv: "1.1" })).json()).toEqual({ aggregates: [AGG1, AGG2] });
    expect((await call(`/resource_providers/${hosts[2]!.uuid}/aggregates`, { mv: "1.19" })).json()).toEqual({
      aggregates: [],
      resource_provider_generation: 0,
    });
    const missing = await call(`/resource_providers/${NO_AGG}/aggregates`, { mv: "1.1" });
    expect(missing.json().errors[0].detail).toBe(webob[404](`No resource provider with uuid ${NO_AGG} found`));
  });
});

describe("resource classes", () => {
  it("from 1.2: the standard classes with self links; one of them; an unknown one is 404", async () => {
    expect((await call("/resource_classes", { mv: "1.1" })).statusCode).toBe(404);
    const list = (await call("/resource_classes", { mv: "1.2" })).json().resource_classes;
    expect(list).toHaveLength(18);
    expect(list[0]).toEqual({ name: "VCPU", links: [{ rel: "self", href: "/placement/resource_classes/VCPU" }] });
    expect((await call("/resource_classes/PCPU", { mv: "1.2" })).json()).toEqual({
      name: "PCPU",
      links: [{ rel: "self", href: "/placement/resource_classes/PCPU" }],
    });
    const missing = await call("/resource_classes/CUSTOM_X", { mv: "1.2" });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().errors[0].detail).toBe(webob[404]("No such resource class CUSTOM_X."));
  });
});

describe("methods and paths Placement does not serve here", () => {
  it("writes to Placement's URLs are 405 with the methods served in Allow; so is HEAD", async () => {
    for (const [method, path] of [
      ["PUT", `/resource_providers/${hosts[0]!.uuid}`],
      ["DELETE", `/resource_providers/${hosts[0]!.uuid}/inventories`],
      ["POST", "/resource_providers"],
      ["PUT", `/allocations/${NO_AGG}`],
      ["PUT", `/resource_providers/${hosts[0]!.uuid}/traits`],
      ["HEAD", "/resource_providers"],
    ] as const) {
      const res = await call(path, { method, mv: "1.23" });
      expect(res.statusCode, `${method} ${path}`).toBe(405);
      expect(res.headers.allow).toBe("GET");
      expect(res.headers.vary).toBe("openstack-api-version");
      if (method !== "HEAD") {
        expect(res.json()).toEqual(
          errorBody(405, `The method ${method} is not allowed for this resource. \n\n The method specified is not allowed for this resource.`, res, "placement.undefined_code"),
        );
      }
    }
    // A write with its JSON body is refused the same way.
    const put = await call(`/resource_providers/${hosts[0]!.uuid}`, { method: "PUT", payload: { name: "renamed" } });
    expect(put.statusCode).toBe(405);
    expect((await call(`/resource_providers/${hosts[0]!.uuid}`)).json().name).toBe(hosts[0]!.hypervisorHostname);
    // Only writes there, none served: an empty Allow.
    for (const path of ["/allocations", "/reshaper"]) {
      const res = await call(path, { method: "POST" });
      expect(res.statusCode).toBe(405);
      expect(res.headers.allow).toBe("");
    }
  });

  it("an unknown path is 404 with an empty detail and no Vary", async () => {
    const res = await call("/no_such_thing");
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual(errorBody(404, "The resource could not be found.\n\n   ", res));
    expect(res.headers["openstack-api-version"]).toBe("placement 1.0");
    expect(res.headers.vary).toBeUndefined();
  });
});
