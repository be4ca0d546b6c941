import crypto from "node:crypto";
import { GUARDS, guard } from "../../../compute/lifecycle.js";
import { InstanceNotReady } from "../../../compute/errors.js";
import { z } from "zod";
import { Invalid, Gone } from "../../../errors.js";
import { baseUrlOf } from "../../../http/context.js";
import { pyRepr } from "../../../python-literals.js";
import { authorize } from "../../../identity/policy.js";
import { CONSOLE_TYPES, consoleUrl, guestRunning } from "../../../compute/guest.js";
import { uuid } from "../schemas/parameter-types.js";
import type { ActionInput, ServerAction } from "./types.js";

/**
 * rescue/unrescue (rescue.py), os-getConsoleOutput (console_output.py),
 * changePassword (admin_password.py), os-resetState (admin_actions.py),
 * trigger_crash_dump (servers.py, 2.17), addSecurityGroup/removeSecurityGroup
 * (security_groups.py) and the legacy console actions of remote_consoles.py
 * (up to 2.5; later microversions use POST /servers/{id}/remote-consoles).
 */

const bare = (key: string) => z.strictObject({ [key]: z.unknown() });

/** nova.utils.generate_password: 12 characters without look-alikes. */
function generatePassword(length = 12): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  const bytes = crypto.randomBytes(length);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
}


const rescue: ServerAction = {
  key: "rescue",
  summary: "Rescue a server (answers 200 with the rescue adminPass)",
  schema: z.strictObject({
    rescue: z.union([z.null(), z.strictObject({ adminPass: z.string().optional(), rescue_image_ref: uuid.optional() })]),
  }),
  status: 200,
  response: z.object({ adminPass: z.string() }),
  async handle({ req, ctx, inst, body, deps }) {
    const opts = body.rescue as { adminPass?: string; rescue_image_ref?: string } | null;
    const password = opts?.adminPass ?? generatePassword();
    authorize(ctx, "os_compute_api:os-rescue", "project_member_or_admin", { projectId: inst.projectId });
    await deps.services.actions.start(ctx, req.id, inst, "rescue", opts?.rescue_image_ref ? { rescueImageRef: opts.rescue_image_ref } : {});
    return { adminPass: password };
  },
};

const unrescue: ServerAction = {
  key: "unrescue",
  summary: "Unrescue a server",
  schema: bare("unrescue"),
  status: 202,
  async handle({ req, ctx, inst, deps }) {
    authorize(ctx, "os_compute_api:os-unrescue", "project_member_or_admin", { projectId: inst.projectId });
    await deps.services.actions.start(ctx, req.id, inst, "unrescue");
    return null;
  },
};

/**
 * `length` as Nova's schema has it: integer, string or null; strings must
 * match ^-?[0-9]+$ and numbers be at least -1. Issues carry jsonschema's words.
 */
const LENGTH_PATTERN = /^-?[0-9]+$/;
const consoleLength = z.unknown().superRefine((v, c) => {
  if (v === null || v === undefined) return;
  if (typeof v === "string") {
    if (!LENGTH_PATTERN.test(v)) c.addIssue({ code: "custom", message: `${pyRepr(v)} does not match '^-?[0-9]+$'` });
    return;
  }
  if (typeof v !== "number" || !Number.isInteger(v)) {
    c.addIssue({ code: "custom", message: `${pyRepr(v)} is not of type 'integer', 'string', 'null'` });
    return;
  }
  if (v < -1) c.addIssue({ code: "custom", message: `${v} is less than the minimum of -1` });
});

const getConsoleOutput: ServerAction = {
  key: "os-getConsoleOutput",
  summary: "Show the server's console log (the last `length` lines)",
  schema: z.strictObject({ "os-getConsoleOutput": z.strictObject({ length: consoleLength.optional() }) }),
  status: 200,
  response: z.object({ output: z.string() }),
  async handle({ ctx, inst, body, deps }) {
    authorize(ctx, "os_compute_api:os-console-output", "project_member_or_admin", { projectId: inst.projectId });
    const raw = (body["os-getConsoleOutput"] as { length?: number | string | null }).length;
    const length = raw === undefined || raw === null ? null : Number.parseInt(String(raw), 10);
    return { output: await deps.services.serverResources.consoleOutput(inst, length) };
  },
};

const changePassword: ServerAction = {
  key: "changePassword",
  summary: "Change the server's administrative password",
  schema: z.strictObject({ changePassword: z.strictObject({ adminPass: z.string() }) }),
  status: 202,
  async handle({ req, ctx, inst, deps }) {
    authorize(ctx, "os_compute_api:os-admin-password", "project_member_or_admin", { projectId: inst.projectId });
    await deps.services.actions.start(ctx, req.id, inst, "changePassword");
    return null;
  },
};

const resetState: ServerAction = {
  key: "os-resetState",
  summary: "Reset the server's vm_state to active or error and clear its task_state (admin)",
  schema: z.strictObject({ "os-resetState": z.strictObject({ state: z.enum(["active", "error"]) }) }),
  status: 202,
  async handle({ req, ctx, inst, body, deps }) {
    authorize(ctx, "os_compute_api:os-admin-actions:reset_state", "admin_api", { projectId: inst.projectId });
    const state = (body["os-resetState"] as { state: "active" | "error" }).state;
    // No state check, as Nova's admin_state_reset: whatever was in progress is abandoned.
    await deps.services.actions.start(ctx, req.id, inst, "resetState", { state });
    return null;
  },
};

const triggerCrashDump: ServerAction = {
  key: "trigger_crash_dump",
  summary: "Trigger a crash dump (NMI) in the server",
  versions: { min: "2.17" },
  schema: z.strictObject({ trigger_crash_dump: z.null() }),
  status: 202,
  async handle({ req, ctx, inst, deps }) {
    authorize(ctx, "os_compute_api:servers:trigger_crash_dump", "project_member_or_admin", { projectId: inst.projectId });
    // Nova's decorator order, in the engine's guard: lock, host, then state.
    await deps.services.actions.start(ctx, req.id, inst, "triggerCrashDump");
    return null;
  },
};

/** add/removeSecurityGroup: Nova's schema allows other top-level keys. */
function securityGroupAction(key: "addSecurityGroup" | "removeSecurityGroup"): ServerAction {
  const add = key === "addSecurityGroup";
  return {
    key,
    summary: add ? "Add a security group to all the server's ports" : "Remove a security group from the server's ports",
    schema: z.looseObject({ [key]: z.strictObject({ name: z.string().min(1) }) }),
    status: 202,
    async handle({ ctx, inst, body, deps }: ActionInput) {
      authorize(ctx, `os_compute_api:os-security-groups:${add ? "add" : "remove"}`, "project_member_or_admin", { projectId: inst.projectId });
      const name = (body[key] as { name: string }).name;
      if (name.trim() === "") throw new Invalid("Security group name cannot be empty");
      // Nova looks the group up in the caller's project.
      await deps.services.serverResources.changeSecurityGroup(inst, ctx.projectId ?? inst.projectId, name, add);
      return null;
    },
  };
}

/**
 * The legacy console actions (2.1 to 2.5). Nova checks the host, then the
 * task_state (reject_instance_state deleting/migrating), then the driver: a
 * guest that is not running has no console to connect to.
 */
function legacyConsole(key: string, protocol: "vnc" | "spice" | "serial", types: readonly [string, ...string[]], check: keyof typeof GUARDS): ServerAction {
  return {
    key,
    summary: `Get a ${protocol} console URL (up to 2.5; remote-consoles from 2.6)`,
    versions: { max: "2.5" },
    schema: z.strictObject({ [key]: z.strictObject({ type: z.enum(types) }) }),
    status: 200,
    response: z.object({ console: z.object({ type: z.string(), url: z.string() }) }),
    async handle({ req, ctx, inst, body, deps }: ActionInput) {
      authorize(ctx, "os_compute_api:os-remote-consoles", "project_member_or_admin", { projectId: inst.projectId });
      const type = (body[key] as { type: string }).type;
      guard(GUARDS[check], inst, ctx);
      if (!CONSOLE_TYPES[protocol]!.includes(type)) throw new Invalid(`Invalid console type ${type}`);
      if (!guestRunning(inst)) throw new InstanceNotReady(inst.id);
      const base = baseUrlOf(req, deps.config.publicUrl);
      return { console: { type, url: consoleUrl(base, type) } };
    },
  };
}

/** RDP consoles left with the Hyper-V driver (Nova 29.0.0): the action answers 410. */
const rdpConsole: ServerAction = {
  key: "os-getRDPConsole",
  summary: "Get an RDP console URL (removed: 410 Gone)",
  versions: { max: "2.5" },
  schema: z.looseObject({ "os-getRDPConsole": z.unknown() }),
  status: 200,
  async handle() {
    throw new Gone();
  },
};

export const MISC_ACTIONS: readonly ServerAction[] = [
  rescue,
  unrescue,
  getConsoleOutput,
  changePassword,
  resetState,
  triggerCrashDump,
  securityGroupAction("addSecurityGroup"),
  securityGroupAction("removeSecurityGroup"),
  legacyConsole("os-getVNCConsole", "vnc", ["novnc", "xvpvnc"], "getVncConsole"),
  legacyConsole("os-getSPICEConsole", "spice", ["spice-html5"], "getSpiceConsole"),
  legacyConsole("os-getSerialConsole", "serial", ["serial"], "getSerialConsole"),
  rdpConsole,
];
