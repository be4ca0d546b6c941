import type { PlacementHostRow } from "../db/repositories/placement.js";
import { computeNodeTraits } from "./standards.js";

/**
 * Resource providers as Placement shows them. Each simulated host is one
 * root provider (Nova's compute node provider: uuid = the compute node's
 * uuid, name = its hypervisor hostname) with the VCPU, MEMORY_MB and
 * DISK_GB inventory the fake driver reports (nova/virt/fake.py
 * update_provider_tree: min_unit 1, max_unit = total, step_size 1).
 */

export interface Inventory {
  total: number;
  reserved: number;
  minUnit: number;
  maxUnit: number;
  stepSize: number;
  allocationRatio: number;
}

export interface Provider {
  /** Internal id (the host's), for queries. */
  id: number;
  uuid: string;
  name: string;
  /** The nova-compute service host: what Nova's host aggregates name. */
  hostname: string;
  generation: number;
  /** Hosts are root providers: no parent, their own root. */
  parentProviderUuid: null;
  rootProviderUuid: string;
  createdAt: Date;
  updatedAt: Date;
  /** By resource class, in the order of the classes' ids (VCPU, MEMORY_MB, DISK_GB). */
  inventories: Map<string, Inventory>;
  traits: string[];
}

/** Usage of one provider by resource class (0 for an inventoried class nobody uses). */
export type Usage = Map<string, number>;

export function providerOf(h: PlacementHostRow): Provider {
  const inv = (total: number, reserved: number, allocationRatio: number): Inventory => ({
    total,
    reserved,
    minUnit: 1,
    maxUnit: total,
    stepSize: 1,
    allocationRatio,
  });
  return {
    id: h.id,
    uuid: h.uuid,
    name: h.hypervisorHostname,
    hostname: h.hostname,
    generation: h.generation,
    parentProviderUuid: null,
    rootProviderUuid: h.uuid,
    createdAt: h.createdAt,
    updatedAt: h.updatedAt,
    inventories: new Map([
      ["VCPU", inv(h.vcpus, h.reservedHostCpus, h.cpuAllocationRatio)],
      ["MEMORY_MB", inv(h.memoryMb, h.reservedHostMemoryMb, h.ramAllocationRatio)],
      ["DISK_GB", inv(h.localGb, h.reservedHostDiskGb, h.diskAllocationRatio)],
    ]),
    traits: computeNodeTraits(h),
  };
}

/** Placement's capacity of an inventory: int((total - reserved) * allocation_ratio). */
export const capacityOf = (inv: Inventory) => Math.floor((inv.total - inv.reserved) * inv.allocationRatio);

/**
 * research_context._capacity_check_clause: `amount` more of a class fits
 * when it keeps usage within (total - reserved) * ratio and respects the
 * inventory's min_unit, max_unit and step_size.
 */
export function fits(inv: Inventory | undefined, used: number, amount: number): boolean {
  if (!inv) return false;
  return (
    used + amount <= (inv.total - inv.reserved) * inv.allocationRatio &&
    inv.minUnit <= amount &&
    inv.maxUnit >= amount &&
    amount % inv.stepSize === 0
  );
}

/** A provider with what Placement's filters look at besides its own row. */
export interface ProviderState {
  provider: Provider;
  usage: Usage;
  aggregates: Set<string>;
}

/**
 * Required members of a filter: every inner set must be met by at least one
 * member (AND of ORs, as Placement's required traits and member_of lists);
 * no forbidden member may be present.
 */
export interface MembershipFilter {
  required: Set<string>[];
  forbidden: Set<string>;
}

export const satisfies = (have: ReadonlySet<string> | readonly string[], f: MembershipFilter | undefined): boolean => {
  if (!f) return true;
  const set = have instanceof Set ? (have as ReadonlySet<string>) : new Set(have as readonly string[]);
  return f.required.every((anyOf) => [...anyOf].some((m) => set.has(m))) && ![...f.forbidden].some((m) => set.has(m));
};

/** Room for every requested amount (Placement's per-class provider query, ANDed). */
export const hasRoomFor = (s: ProviderState, resources: Record<string, number>): boolean =>
  Object.entries(resources).every(([rc, amount]) => fits(s.provider.inventories.get(rc), s.usage.get(rc) ?? 0, amount));
