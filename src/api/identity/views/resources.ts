/** Keystone resource views: pure functions of (entity, base URL). */

export function projectView(
  p: { id: string; name: string; description: string; enabled: boolean; domainId: string },
  base: string,
) {
  return {
    id: p.id,
    name: p.name,
    domain_id: p.domainId,
    description: p.description,
    enabled: p.enabled,
    // Top-level projects have their domain as parent in Keystone.
    parent_id: p.domainId,
    is_domain: false,
    tags: [] as string[],
    options: {},
    links: { self: `${base}/identity/v3/projects/${p.id}` },
  };
}
