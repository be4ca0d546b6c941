import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { authorize } from "../../identity/policy.js";
import { baseUrlOf } from "../../http/context.js";
import { Invalid } from "../../errors.js";
import { parseVersionedBody, versioned, versionedBodyValidator } from "../../http/versioned.js";
import { InstanceNotReady } from "../../compute/errors.js";
import { CONSOLE_TYPES, consoleUrl, guestRunning } from "../../compute/guest.js";
import { TASK } from "../../compute/vm-states.js";

/** POST /servers/{id}/remote-consoles, 2.6+ (nova/api/openstack/compute/remote_consoles.py). */

const tags = ["compute"];
const serverParams = z.object({ server_id: z.string() });

const PROTOCOLS_26 = ["vnc", "spice", "serial", "rdp"] as const;
const TYPES_26 = ["novnc", "xvpvnc", "spice-html5", "serial", "rdp-html5"] as const;
const remoteConsoleBody = (protocols: readonly string[], types: readonly string[]) =>
  z.strictObject({
    remote_console: z.strictObject({
      protocol: z.enum(protocols as [string, ...string[]]),
      type: z.enum(types as [string, ...string[]]),
    }),
  });
const remoteConsoleSchemas = versioned<{ remote_console: { protocol: string; type: string } }>([
  { from: "2.1", schema: remoteConsoleBody(PROTOCOLS_26, TYPES_26) },
  { from: "2.8", schema: remoteConsoleBody([...PROTOCOLS_26, "mks"], [...TYPES_26, "webmks"]) },
  { from: "2.99", schema: remoteConsoleBody([...PROTOCOLS_26, "mks"], [...TYPES_26, "webmks", "spice-direct"]) },
]);

export default async function remoteConsoleRoutes(app: App, deps: RouteDeps) {
  const server = (req: FastifyRequest) => deps.services.compute.visible(authOf(req), (req.params as { server_id: string }).server_id);

  app.post(
    "/servers/:server_id/remote-consoles",
    {
      validatorCompiler: versionedBodyValidator,
      config: { versions: { min: "2.6" } },
      schema: {
        operationId: "compute.servers.remote_consoles.create",
        tags,
        summary: "Create a remote console (VNC, SPICE, serial) and get its URL",
        description: "mks/webmks from 2.8 (unavailable on this libvirt-like cloud: 400), spice-direct from 2.99; rdp answers 400 (Hyper-V was removed).",
        params: serverParams,
        body: remoteConsoleSchemas.latest,
        response: { 200: z.object({ remote_console: z.object({ protocol: z.string(), type: z.string(), url: z.string() }) }) },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      const body = parseVersionedBody(req, remoteConsoleSchemas);
      const inst = await server(req);
      authorize(ctx, "os_compute_api:os-remote-consoles", "project_member_or_admin", { projectId: inst.projectId });
      const { protocol, type } = body.remote_console;
      if (protocol === "rdp") throw new Invalid(`Unavailable console type ${protocol}.`);
      if (!inst.host) throw new InstanceNotReady(inst.id);
      if (inst.taskState === TASK.DELETING || inst.taskState === TASK.MIGRATING) {
        throw new Invalid(`Instance ${inst.id} in task_state ${inst.taskState}. Cannot get_${protocol}_console while the instance is in this state.`);
      }
      // Like a DevStack libvirt compute: VNC, SPICE and serial proxies enabled, no VMware MKS.
      if (protocol === "mks") throw new Invalid(`Unavailable console type ${type}.`);
      if (!CONSOLE_TYPES[protocol]!.includes(type)) throw new Invalid(`Invalid console type ${type}`);
      if (!guestRunning(inst)) throw new InstanceNotReady(inst.id);
      return { remote_console: { protocol, type, url: consoleUrl(baseUrlOf(req, deps.config.publicUrl), type) } };
    },
  );
}
