import type { z } from "zod";
import { INTERNAL_ZONE, type ServiceEntity } from "../../../simulator/services.js";
import type { zone } from "../schemas/availability-zones.js";
import { naiveTime } from "../../../time-formats.js";

type Zone = z.input<typeof zone>;

/** Zones with an enabled service are available; zones whose services are all disabled are not (nova/availability_zones.py). */
function zonesOf(services: ServiceEntity[]) {
  const available = new Set(services.filter((s) => !s.disabled).map((s) => s.zone));
  const unavailable = new Set(services.filter((s) => s.disabled && !available.has(s.zone)).map((s) => s.zone));
  return { available: [...available].sort(), unavailable: [...unavailable].sort() };
}

/** GET /os-availability-zone: every zone but the internal one, no hosts. */
export function zoneListView(services: ServiceEntity[]): { availabilityZoneInfo: Zone[] } {
  const { available, unavailable } = zonesOf(services);
  const entry = (name: string, ok: boolean): Zone => ({ zoneName: name, zoneState: { available: ok }, hosts: null });
  return {
    availabilityZoneInfo: [
      ...available.filter((z) => z !== INTERNAL_ZONE).map((z) => entry(z, true)),
      ...unavailable.filter((z) => z !== INTERNAL_ZONE).map((z) => entry(z, false)),
    ],
  };
}

/** GET /os-availability-zone/detail: available zones (internal included) with host → binary → state of enabled services. */
export function zoneDetailView(services: ServiceEntity[]): { availabilityZoneInfo: Zone[] } {
  const { available, unavailable } = zonesOf(services);
  const hostsByZone = new Map<string, Record<string, Record<string, { available: boolean; active: boolean; updated_at: string | null }>>>();
  for (const s of services) {
    if (s.disabled) continue;
    const hosts = hostsByZone.get(s.zone) ?? {};
    (hosts[s.host] ??= {})[s.binary] = { available: s.up, active: !s.disabled, updated_at: naiveTime(s.updatedAt) };
    hostsByZone.set(s.zone, hosts);
  }
  return {
    availabilityZoneInfo: [
      ...available.map((z): Zone => ({ zoneName: z, zoneState: { available: true }, hosts: hostsByZone.get(z) ?? {} })),
      ...unavailable.map((z): Zone => ({ zoneName: z, zoneState: { available: false }, hosts: null })),
    ],
  };
}
