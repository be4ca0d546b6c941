/**
 * Placement's microversion history (placement/microversion.py VERSIONS, and
 * rest_api_version_history.rst for what each one changed). One line per
 * version; the routes and views name the version a change arrived in.
 */
export const PLACEMENT_VERSIONS = [
  "1.0", // the initial API (Newton)
  "1.1", // GET/PUT /resource_providers/{uuid}/aggregates
  "1.2", // /resource_classes
  "1.3", // member_of on GET /resource_providers
  "1.4", // resources on GET /resource_providers
  "1.5", // DELETE /resource_providers/{uuid}/inventories
  "1.6", // /traits and /resource_providers/{uuid}/traits
  "1.7", // PUT /resource_classes/{name} is a bodiless create-or-verify
  "1.8", // project_id and user_id required in PUT /allocations
  "1.9", // GET /usages
  "1.10", // GET /allocation_candidates
  "1.11", // the 'allocations' link of a resource provider
  "1.12", // project_id/user_id in GET /allocations/{consumer}; dict-form allocation_requests
  "1.13", // POST /allocations
  "1.14", // parent/root provider uuids; in_tree on GET /resource_providers
  "1.15", // last-modified and cache-control headers
  "1.16", // limit on GET /allocation_candidates
  "1.17", // required on GET /allocation_candidates; traits in provider_summaries
  "1.18", // required on GET /resource_providers
  "1.19", // generation in the provider aggregates APIs
  "1.20", // POST /resource_providers answers 200 with the provider
  "1.21", // member_of on GET /allocation_candidates
  "1.22", // forbidden traits (!TRAIT) in required
  "1.23", // `code` in error bodies
  "1.24", // repeated member_of on GET /resource_providers
  "1.25", // granular request groups (resources<N>, group_policy)
  "1.26", // reserved may equal total
  "1.27", // every inventoried class in provider_summaries
  "1.28", // consumer generations
  "1.29", // nested providers in allocation candidates; parent/root in provider_summaries
  "1.30", // POST /reshaper
  "1.31", // in_tree on GET /allocation_candidates
  "1.32", // forbidden aggregates (!uuid, !in:) in member_of
  "1.33", // string request group suffixes
  "1.34", // mappings in allocation_requests
  "1.35", // root_required
  "1.36", // same_subtree and resourceless request groups
  "1.37", // re-parenting providers
  "1.38", // consumer_type in allocations and usages
  "1.39", // any-traits (required=in:A,B) and repeated required
] as const;

export const PLACEMENT_MIN_VERSION = PLACEMENT_VERSIONS[0];
export const PLACEMENT_MAX_VERSION = PLACEMENT_VERSIONS[PLACEMENT_VERSIONS.length - 1]!;

/** The minor numbers Placement accepts (major is always 1). */
export const PLACEMENT_MINOR_MAX = Number(PLACEMENT_MAX_VERSION.split(".")[1]);
