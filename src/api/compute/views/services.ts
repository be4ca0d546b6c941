import type { z } from "zod";
import type { ApiVersion } from "../../../http/microversion.js";
import type { ServiceEntity } from "../../../simulator/services.js";
import type { service } from "../schemas/services.js";
import { naiveTime } from "../../../time-formats.js";


export function serviceView(s: ServiceEntity, ctx: { version: ApiVersion }): z.input<typeof service> {
  return {
    binary: s.binary,
    host: s.host,
    id: ctx.version.atLeast("2.53") ? s.uuid : s.id,
    zone: s.zone,
    status: s.disabled ? "disabled" : "enabled",
    state: s.up ? "up" : "down",
    updated_at: naiveTime(s.updatedAt),
    disabled_reason: s.disabledReason,
    ...(ctx.version.atLeast("2.11") ? { forced_down: s.forcedDown } : {}),
  };
}
