import crypto from "node:crypto";
import type { ApiVersion } from "../../../http/microversion.js";
import { naiveTimeOrNull } from "../../../time-formats.js";

/** Nova's instance action timestamps: naive isoformat with microseconds. */
const naive = naiveTimeOrNull;

export function actionView(
  a: { action: string; instanceId: string; requestId: string; userId: string; projectId: string; startTime: Date; message: string | null; updatedAt: Date },
  v: ApiVersion,
) {
  return {
    action: a.action,
    instance_uuid: a.instanceId,
    request_id: a.requestId,
    user_id: a.userId,
    project_id: a.projectId,
    start_time: naive(a.startTime),
    message: a.message,
    ...(v.atLeast("2.58") ? { updated_at: naive(a.updatedAt) } : {}),
  };
}

export function eventView(
  e: { event: string; startTime: Date; finishTime: Date | null; result: string | null; traceback: string | null; host: string | null; details: string | null },
  projectId: string,
  v: ApiVersion,
  isAdmin: boolean,
) {
  const out: Record<string, unknown> = {
    event: e.event,
    start_time: naive(e.startTime),
    finish_time: naive(e.finishTime),
    result: e.result,
  };
  if (isAdmin) out.traceback = e.traceback;
  if (v.atLeast("2.62")) {
    if (isAdmin) out.host = e.host ?? "";
    out.hostId = e.host ? crypto.createHash("sha224").update(projectId + e.host).digest("hex") : "";
  }
  if (v.atLeast("2.84")) out.details = e.details;
  return out;
}
