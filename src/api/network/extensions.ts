import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { baseUrlOf } from "../../http/context.js";
import { NeutronErrors } from "../../network/errors.js";

/**
 * GET /v2.0/extensions: only what is really implemented here, since clients
 * (openstacksdk, Tempest, Nova) switch behaviour on these aliases. No
 * tags or availability zones: they are not served.
 */
export const EXTENSIONS = [
  { alias: "security-group", name: "security-group", description: "The security groups extension.", updated: "2012-10-05T10:00:00-00:00" },
  { alias: "stateful-security-group", name: "Stateful security group", description: "Indicates if the security group is stateful or not", updated: "2019-11-26T09:00:00-00:00" },
  { alias: "port-security", name: "Port Security", description: "Provides port security", updated: "2012-07-23T10:00:00-00:00" },
  { alias: "binding", name: "Port Binding", description: "Expose port bindings of a virtual port to external application", updated: "2014-02-03T10:00:00-00:00" },
  { alias: "external-net", name: "Neutron external network", description: "Adds external network attribute to network resource.", updated: "2013-01-14T10:00:00-00:00" },
  { alias: "provider", name: "Provider Network", description: "Expose mapping of virtual networks to physical networks", updated: "2012-09-07T10:00:00-00:00" },
  { alias: "standard-attr-description", name: "standard-attr-description", description: "Extension to add descriptions to standard attributes", updated: "2016-02-10T10:00:00-00:00" },
  { alias: "standard-attr-timestamp", name: "Resource timestamps", description: "Adds created_at and updated_at fields to all Neutron resources that have Neutron standard attributes.", updated: "2016-09-12T10:00:00-00:00" },
  { alias: "standard-attr-revisions", name: "Resource revision numbers", description: "This extension will display the revision number of neutron resources.", updated: "2016-04-11T10:00:00-00:00" },
  { alias: "project-id", name: "project_id field enabled", description: "Extension that indicates that project_id field is enabled.", updated: "2016-09-09T09:09:09-09:09" },
  { alias: "net-mtu", name: "Network MTU", description: "Provides MTU attribute for a network resource.", updated: "2015-03-25T10:00:00-00:00" },
  { alias: "network-ip-availability", name: "Network IP Availability", description: "Provides IP availability data for each network and subnet.", updated: "2015-09-24T00:00:00-00:00" },
  { alias: "allowed-address-pairs", name: "Allowed Address Pairs", description: "Provides allowed address pairs", updated: "2013-07-23T10:00:00-00:00" },
  { alias: "extra_dhcp_opt", name: "Neutron Extra DHCP options", description: "Extra options configuration for DHCP. For example PXE boot options to DHCP clients can be specified (e.g. tftp-server, server-ip-address, bootfile-name)", updated: "2013-03-17T12:00:00-00:00" },
  { alias: "ip-substring-filtering", name: "IP address substring filtering", description: "Provides IP address substring filtering when listing ports", updated: "2017-11-28T09:00:00-00:00" },
  { alias: "ip_allocation", name: "IP Allocation", description: "IP allocation extension.", updated: "2016-06-10T23:00:00-00:00" },
  { alias: "sorting", name: "Sorting support", description: "Enables sorting support for resources.", updated: "2016-06-12T00:00:00-00:00" },
  { alias: "pagination", name: "Pagination support", description: "Enables pagination support for resources.", updated: "2016-06-12T00:00:00-00:00" },
  { alias: "quotas", name: "Quota management support", description: "Expose functions for quotas management per project", updated: "2012-07-29T10:00:00-00:00" },
  { alias: "quota_details", name: "Quota details management support", description: "Expose functions for quotas usage statistics per project", updated: "2017-02-10T10:00:00-00:00" },
  { alias: "router", name: "Neutron L3 Router", description: "Router abstraction for basic L3 forwarding between L2 Neutron networks and access to external networks via a NAT gateway.", updated: "2012-07-20T10:00:00-00:00" },
  { alias: "ext-gw-mode", name: "Neutron L3 Configurable external gateway mode", description: "Extension of the router abstraction for specifying whether SNAT should occur on the external gateway", updated: "2013-03-28T10:00:00-00:00" },
  { alias: "extraroute", name: "Neutron Extra Route", description: "Extra routes configuration for L3 router", updated: "2013-02-01T10:00:00-00:00" },
  { alias: "fip-port-details", name: "Floating IP Port Details Extension", description: "Add port_details attribute to Floating IP resource", updated: "2018-04-09T10:00:00-00:00" },
  { alias: "quota-check-limit", name: "Quota engine limit check", description: "Support for checking the resource usage before applying a new quota limit", updated: "2021-09-08T16:00:00-00:00" },
].map((e) => ({ ...e, links: [] as never[] }));

const extension = z.object({
  alias: z.string(),
  name: z.string(),
  description: z.string(),
  updated: z.string(),
  links: z.array(z.never()),
});

const RESOURCES = [
  ["network", "networks"],
  ["subnet", "subnets"],
  ["port", "ports"],
  ["security_group", "security-groups"],
  ["security_group_rule", "security-group-rules"],
  ["network_ip_availability", "network-ip-availabilities"],
  ["router", "routers"],
  ["floatingip", "floatingips"],
] as const;

export default async function extensionRoutes(app: App, deps: RouteDeps) {
  // GET /v2.0: the core resources and their collection links, as Neutron lists them.
  app.get(
    "/v2.0",
    {
      schema: {
        operationId: "network.resources",
        tags: ["network"],
        summary: "List the resources of the v2.0 API",
        response: {
          200: z.object({
            resources: z.array(z.object({ name: z.string(), collection: z.string(), links: z.array(z.object({ rel: z.string(), href: z.string() })) })),
          }),
        },
      },
    },
    async (req) => {
      const base = `${baseUrlOf(req, deps.config.publicUrl)}/networking/v2.0`;
      return {
        resources: RESOURCES.map(([name, collection]) => ({ name, collection, links: [{ rel: "self", href: `${base}/${collection}` }] })),
      };
    },
  );
  app.get(
    "/v2.0/extensions",
    {
      schema: {
        operationId: "network.extensions.list",
        tags: ["network"],
        summary: "List the Networking API extensions",
        response: { 200: z.object({ extensions: z.array(extension) }) },
      },
    },
    async () => ({ extensions: EXTENSIONS }),
  );
  app.get(
    "/v2.0/extensions/:alias",
    {
      schema: {
        operationId: "network.extensions.show",
        tags: ["network"],
        summary: "Show one extension",
        params: z.object({ alias: z.string() }),
        response: { 200: z.object({ extension }) },
      },
    },
    async (req) => {
      const e = EXTENSIONS.find((x) => x.alias === req.params.alias);
      if (!e) throw NeutronErrors.extensionNotFound(req.params.alias);
      return { extension: e };
    },
  );
}
