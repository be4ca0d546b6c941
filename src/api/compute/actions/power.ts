import { z } from "zod";
import { authorize } from "../../../identity/policy.js";
import { versioned } from "../../../http/versioned.js";
import type { ActionKey } from "../../../compute/lifecycle.js";
import type { ActionInput, ServerAction } from "./types.js";

/** A body like {"os-stop": null}: Nova accepts any value for these keys. */
const bare = (key: string) => z.strictObject({ [key]: z.unknown() });

/** An action that only walks the lifecycle table: check policy, then start it. */
function simple(key: string, lifecycle: ActionKey, policy: string, summary: string): ServerAction {
  return {
    key,
    summary,
    schema: bare(key),
    status: 202,
    async handle({ req, ctx, inst, deps }: ActionInput) {
      authorize(ctx, policy, "project_member_or_admin", { projectId: inst.projectId });
      await deps.services.actions.start(ctx, req.id, inst, lifecycle);
      return null;
    },
  };
}

const reboot: ServerAction = {
  key: "reboot",
  summary: "Reboot a server (SOFT or HARD)",
  schema: z.strictObject({
    reboot: z.strictObject({ type: z.enum(["HARD", "Hard", "hard", "SOFT", "Soft", "soft"]) }),
  }),
  status: 202,
  async handle({ req, ctx, inst, body, deps }) {
    authorize(ctx, "os_compute_api:servers:reboot", "project_member_or_admin", { projectId: inst.projectId });
    const type = (body.reboot as { type: string }).type.toUpperCase();
    await deps.services.actions.start(ctx, req.id, inst, type === "HARD" ? "reboot_hard" : "reboot_soft");
    return null;
  },
};

const lock: ServerAction = {
  key: "lock",
  summary: "Lock a server (locked_reason from 2.73)",
  schema: versioned([
    { from: "2.1", schema: bare("lock") },
    { from: "2.73", schema: z.strictObject({ lock: z.union([z.null(), z.strictObject({ locked_reason: z.string().min(1).max(255).optional() })]) }) },
  ]),
  status: 202,
  async handle({ req, ctx, inst, body, deps }) {
    authorize(ctx, "os_compute_api:os-lock-server:lock", "project_member_or_admin", { projectId: inst.projectId });
    // Before 2.73 the body's value is anything and means nothing (Nova reads locked_reason only from 2.73).
    const reason = req.apiVersion.atLeast("2.73") ? ((body.lock as { locked_reason?: string } | null)?.locked_reason ?? null) : null;
    await deps.services.actions.start(ctx, req.id, inst, "lock", { reason });
    return null;
  },
};

const unlock: ServerAction = {
  key: "unlock",
  summary: "Unlock a server",
  schema: bare("unlock"),
  status: 202,
  async handle({ req, ctx, inst, deps }) {
    authorize(ctx, "os_compute_api:os-lock-server:unlock", "project_member_or_admin", { projectId: inst.projectId });
    // A lock set by an admin can only be lifted by an admin (the engine's guard: os-lock-server:unlock:unlock_override).
    await deps.services.actions.start(ctx, req.id, inst, "unlock");
    return null;
  },
};

export const POWER_ACTIONS: readonly ServerAction[] = [
  simple("os-stop", "stop", "os_compute_api:servers:stop", "Stop (power off) a server"),
  simple("os-start", "start", "os_compute_api:servers:start", "Start a stopped server"),
  reboot,
  simple("pause", "pause", "os_compute_api:os-pause-server:pause", "Pause a server"),
  simple("unpause", "unpause", "os_compute_api:os-pause-server:unpause", "Unpause a paused server"),
  simple("suspend", "suspend", "os_compute_api:os-suspend-server:suspend", "Suspend a server"),
  simple("resume", "resume", "os_compute_api:os-suspend-server:resume", "Resume a suspended server"),
  lock,
  unlock,
];
