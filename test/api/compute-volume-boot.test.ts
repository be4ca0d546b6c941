import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type TestApp } from "../helpers.js";
import { computeHelpers } from "../compute-helpers.js";

/** Boot from volume: block_device_mapping_v2 on server create (source image, volume, blank; destination volume). */
let t: TestApp;
let imageId: string;
let demo: string;
beforeAll(async () => {
  t = await startApp({ env: { NOVASIM_BOOT_TIME_MS: "0", NOVASIM_ACTION_TIME_MS: "0" } });
  imageId = (await t.db.prisma.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } })).id;
  const res = await t.app.inject({ url: "/identity/v3/projects?name=demo", headers: { "x-auth-token": await t.token("admin") } });
  demo = res.json().projects[0].id;
});
afterAll(() => t.close());

const { as, settle } = computeHelpers(() => t, () => imageId);
const cinder = async (path: string, method: "GET" | "POST" = "GET", payload?: unknown) =>
  t.app.inject({ method, url: `/volume/v3/${demo}${path}`, headers: { "x-auth-token": await t.token("demo") }, ...(payload ? { payload: payload as object } : {}) });
const boot = async (server: Record<string, unknown>, v = "2.1") =>
  t.app.inject({ method: "POST", url: "/compute/v2.1/servers", headers: await as("demo", v), payload: { server: { name: "bfv", flavorRef: "1", ...server } } });
const show = async (id: string, v = "2.1") => (await t.app.inject({ url: `/compute/v2.1/servers/${id}`, headers: await as("demo", v) })).json().server;
const badRequest = (message: string) => ({ badRequest: { code: 400, message } });

describe("block_device_mapping_v2", () => {
  it("boots from a new volume made from an image (no imageRef): the root volume is /dev/vda, in-use, and the server shows image ''", async () => {
    const res = await boot({ block_device_mapping_v2: [{ source_type: "image", destination_type: "volume", uuid: imageId, boot_index: 0, volume_size: 2, delete_on_termination: true }] });
    expect(res.statusCode, res.body).toBe(202);
    const id = res.json().server.id as string;
    await settle(0);
    const server = await show(id, "2.3");
    expect(server.status).toBe("ACTIVE");
    expect(server.image).toBe("");
    expect(server["os-extended-volumes:volumes_attached"]).toHaveLength(1);
    const att = server["os-extended-volumes:volumes_attached"][0];
    expect(att.delete_on_termination).toBe(true);
    const vol = (await cinder(`/volumes/${att.id}`)).json().volume;
    expect(vol).toMatchObject({ status: "in-use", size: 2, bootable: "true", volume_image_metadata: { image_id: imageId } });
    expect(vol.attachments[0]).toMatchObject({ server_id: id, device: "/dev/vda" });
    // The root volume cannot be detached.
    const detach = await t.app.inject({ method: "DELETE", url: `/compute/v2.1/servers/${id}/os-volume_attachments/${att.id}`, headers: await as("demo") });
    expect(detach.json()).toEqual(badRequest("Cannot detach a root device volume"));
    // Deleting the server deletes the delete_on_termination volume.
    expect((await t.app.inject({ method: "DELETE", url: `/compute/v2.1/servers/${id}`, headers: await as("demo") })).statusCode).toBe(204);
    await settle(0);
    expect((await cinder(`/volumes/${att.id}`)).statusCode).toBe(404);
  });

  it("boots from an existing bootable volume and attaches a blank one; delete detaches them (kept)", async () => {
    const made = await cinder("/volumes", "POST", { volume: { size: 1, imageRef: imageId } });
    const root = made.json().volume.id as string;
    const res = await boot({
      block_device_mapping_v2: [
        { source_type: "volume", destination_type: "volume", uuid: root, boot_index: 0 },
        { source_type: "blank", destination_type: "volume", volume_size: 1, boot_index: -1 },
      ],
    });
    expect(res.statusCode, res.body).toBe(202);
    const id = res.json().server.id as string;
    await settle(0);
    const server = await show(id);
    expect(server.status).toBe("ACTIVE");
    const attached = server["os-extended-volumes:volumes_attached"].map((a: { id: string }) => a.id);
    expect(attached[0]).toBe(root);
    expect(attached).toHaveLength(2);
    const list = (await t.app.inject({ url: `/compute/v2.1/servers/${id}/os-volume_attachments`, headers: await as("demo") })).json().volumeAttachments;
    expect(list.map((a: { device: string }) => a.device)).toEqual(["/dev/vda", "/dev/vdb"]);
    // The root volume is in use now: another boot from it is refused.
    const again = await boot({ block_device_mapping_v2: [{ source_type: "volume", destination_type: "volume", uuid: root, boot_index: 0 }] });
    expect(again.json()).toEqual(badRequest(`Invalid volume: volume '${root}' status must be 'available'. Currently in 'in-use'`));
    expect((await t.app.inject({ method: "DELETE", url: `/compute/v2.1/servers/${id}`, headers: await as("demo") })).statusCode).toBe(204);
    await settle(0);
    for (const v of attached) expect((await cinder(`/volumes/${v}`)).json().volume).toMatchObject({ status: "available", attachments: [] });
  });

  it("refuses what Nova refuses, with its messages", async () => {
    const cases: [Record<string, unknown>[], string][] = [
      [[{ source_type: "image", destination_type: "volume", uuid: imageId, boot_index: 0 }], "Images with destination_type 'volume' need to have a non-zero size specified"],
      [[{ source_type: "blank", destination_type: "volume", boot_index: 0 }], "Blank volumes (source: 'blank', dest: 'volume') need to have non-zero size"],
      [[{ source_type: "volume", destination_type: "volume", boot_index: 0 }], "Block Device Mapping is Invalid: Missing device UUID."],
      [[{ source_type: "blank", destination_type: "volume", uuid: imageId, boot_index: 0, volume_size: 1 }], "Block Device Mapping is Invalid: Invalid device UUID."],
      [[{ source_type: "image", destination_type: "volume", uuid: imageId, boot_index: 1, volume_size: 1 }], "Block Device Mapping is Invalid: Boot sequence for the instance and image/block device mapping combination is not valid."],
      [[{ source_type: "image", destination_type: "volume", uuid: "11111111-2222-3333-4444-555555555555", boot_index: 0, volume_size: 1 }], "Block Device Mapping is Invalid: failed to get image 11111111-2222-3333-4444-555555555555."],
      [[{ source_type: "image", destination_type: "local", uuid: imageId, boot_index: 0 }], "Block Device Mapping is Invalid: Mapping image to local is not supported."],
    ];
    for (const [bdm, message] of cases) {
      const res = await boot({ block_device_mapping_v2: bdm });
      expect(res.statusCode, JSON.stringify(bdm)).toBe(400);
      expect(res.json()).toEqual(badRequest(message));
    }
    // With an imageRef, an extra data volume needs no boot index, and the image-backed root stays.
    const ok = await boot({ imageRef: imageId, block_device_mapping_v2: [{ source_type: "blank", destination_type: "volume", volume_size: 1 }] });
    expect(ok.statusCode, ok.body).toBe(202);
    await settle(0);
    const server = await show(ok.json().server.id);
    expect(server.image.id).toBe(imageId);
    expect(server["os-extended-volumes:volumes_attached"]).toHaveLength(1);
  });
});
