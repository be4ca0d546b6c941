import type { ApiVersion } from "../../../http/microversion.js";
import type { ServerGroup } from "../../../compute/server-groups.js";

/**
 * Nova's server group view (ServerGroupController._format_server_group): the
 * uuid as `id`; before 2.64 the policy as a one-item `policies` list and an
 * always-empty `metadata`, from 2.64 `policy` and `rules`; the members not
 * deleted; project_id and user_id from 2.13.
 */
export function serverGroupView(g: ServerGroup, v: ApiVersion) {
  const view: {
    id: string;
    name: string;
    policy?: string;
    rules?: { max_server_per_host?: number };
    policies?: string[];
    metadata?: Record<string, never>;
    members: string[];
    project_id?: string;
    user_id?: string;
  } = { id: g.uuid, name: g.name, members: [] };
  if (v.atLeast("2.64")) {
    view.policy = g.policy;
    view.rules = g.rules;
  } else {
    view.policies = [g.policy];
    view.metadata = {};
  }
  view.members = g.members;
  if (v.atLeast("2.13")) {
    view.project_id = g.projectId;
    view.user_id = g.userId;
  }
  return view;
}
