/**
 * Generated from openapi/novasim.json by openapi-typescript (`npm run openapi`). Do not edit.
 */

export interface paths {
    "/compute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Compute API versions */
        get: operations["compute.versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show Compute API v2.0 version details */
        get: operations["compute.version.v2_0"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show Compute API v2.1 version details */
        get: operations["compute.version.v2_1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List extensions
         * @description Any authenticated user. The fixed list Nova's v2.1 API returns.
         *
         *     Microversions 2.1 to latest.
         */
        get: operations["compute.extensions.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/extensions/{alias}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show an extension
         * @description Any authenticated user. 404 for an alias not in the list.
         *
         *     Microversions 2.1 to latest.
         */
        get: operations["compute.extensions.show"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/flavors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List flavors
         * @description Filters minRam, minDisk, is_public (admins: true, false or none), name (a regular expression, from 2.102); sort_key/sort_dir; marker/limit pagination. Unknown parameters are ignored before 2.75 and rejected from 2.75.
         *
         *     Microversions 2.1 to latest.
         */
        get: operations["compute.flavors.list"];
        put?: never;
        /**
         * Create a flavor (admin)
         * @description Policy os_compute_api:os-flavor-manage:create. `id` is generated (a UUID) when absent or null; `description` from 2.55; `rxtx_factor` until 2.101. Answers 200, as Nova does.
         *
         *     Microversions 2.1 to latest.
         */
        post: operations["compute.flavors.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/flavors/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List flavors with details
         * @description Same filters as GET /flavors. From 2.61 each flavor carries its extra_specs.
         *
         *     Microversions 2.1 to latest.
         */
        get: operations["compute.flavors.detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/flavors/{flavor_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a flavor
         * @description Microversions 2.1 to latest. No query parameters from 2.102 (400).
         */
        get: operations["compute.flavors.show"];
        /**
         * Update a flavor's description (admin)
         * @description Policy os_compute_api:os-flavor-manage:update. Only the description can change.
         *
         *     Microversions 2.55 to latest.
         */
        put: operations["compute.flavors.update"];
        post?: never;
        /**
         * Delete a flavor (admin)
         * @description Policy os_compute_api:os-flavor-manage:delete. Answers 202 with no body, as Nova does.
         *
         *     Microversions 2.1 to latest.
         */
        delete: operations["compute.flavors.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/flavors/{flavor_id}/action": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grant or revoke a project's access to a flavor (admin)
         * @description `addTenantAccess` (policy os_compute_api:os-flavor-access:add_tenant_access) or `removeTenantAccess` (os_compute_api:os-flavor-access:remove_tenant_access), each `{tenant}`. From 2.7 a public flavor cannot be granted (409).
         *
         *     Microversions 2.1 to latest.
         */
        post: operations["compute.flavors.action"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/flavors/{flavor_id}/os-extra_specs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a flavor's extra specs
         * @description Microversions 2.1 to latest. No query parameters from 2.102 (400).
         */
        get: operations["compute.flavors.extraSpecs.list"];
        put?: never;
        /**
         * Create or update extra specs (admin)
         * @description Policy os_compute_api:os-flavor-extra-specs:create. Echoes the request body.
         *
         *     Microversions 2.1 to latest.
         */
        post: operations["compute.flavors.extraSpecs.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/flavors/{flavor_id}/os-extra_specs/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show one extra spec
         * @description Microversions 2.1 to latest. No query parameters from 2.102 (400).
         */
        get: operations["compute.flavors.extraSpecs.show"];
        /**
         * Set one extra spec (admin)
         * @description Policy os_compute_api:os-flavor-extra-specs:update. The body's only key must be the one in the URL.
         *
         *     Microversions 2.1 to latest.
         */
        put: operations["compute.flavors.extraSpecs.update"];
        post?: never;
        /**
         * Delete one extra spec (admin)
         * @description Policy os_compute_api:os-flavor-extra-specs:delete. Answers 200 with no body, as Nova does.
         *
         *     Microversions 2.1 to latest.
         */
        delete: operations["compute.flavors.extraSpecs.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/flavors/{flavor_id}/os-flavor-access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the projects granted a private flavor (admin)
         * @description Policy os_compute_api:os-flavor-access. A public flavor has no access list (404).
         *
         *     Microversions 2.1 to latest. No query parameters from 2.102 (400).
         */
        get: operations["compute.flavors.access.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List images (proxy to Glance, deprecated)
         * @description Microversions 2.1 to 2.35.
         */
        get: operations["compute.images.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/images/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List images with details (proxy to Glance, deprecated)
         * @description Microversions 2.1 to 2.35.
         */
        get: operations["compute.images.detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/images/{image_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show an image (proxy to Glance, deprecated)
         * @description Microversions 2.1 to 2.35.
         */
        get: operations["compute.images.show"];
        put?: never;
        post?: never;
        /**
         * Delete an image (proxy to Glance, deprecated)
         * @description Microversions 2.1 to 2.35.
         */
        delete: operations["compute.images.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/images/{image_id}/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List image metadata (proxy to Glance, deprecated)
         * @description Microversions 2.1 to 2.38.
         */
        get: operations["compute.images.metadata.list"];
        /**
         * Replace all image metadata (proxy to Glance, deprecated)
         * @description Microversions 2.1 to 2.38.
         */
        put: operations["compute.images.metadata.replace"];
        /**
         * Add or update image metadata items (proxy to Glance, deprecated)
         * @description Microversions 2.1 to 2.38.
         */
        post: operations["compute.images.metadata.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/images/{image_id}/metadata/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show an image metadata item (proxy to Glance, deprecated)
         * @description Microversions 2.1 to 2.38.
         */
        get: operations["compute.images.metadata.show"];
        /**
         * Set an image metadata item (proxy to Glance, deprecated)
         * @description Microversions 2.1 to 2.38.
         */
        put: operations["compute.images.metadata.update"];
        post?: never;
        /**
         * Delete an image metadata item (proxy to Glance, deprecated)
         * @description Microversions 2.1 to 2.38.
         */
        delete: operations["compute.images.metadata.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show absolute limits and usage
         * @description The caller's project's limits and usage (admins: `?tenant_id` for another project). Network limits go in 2.36, maxImageMeta in 2.39, personality limits in 2.57.
         *
         *     Microversions 2.1 to latest.
         */
        get: operations["compute.limits.show"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-aggregates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List aggregates
         * @description Admin only. `uuid` from 2.41.
         *
         *     Microversions 2.1 to latest. No query parameters from 2.102 (400).
         */
        get: operations["compute.aggregates.list"];
        put?: never;
        /**
         * Create an aggregate
         * @description Admin only. 200 (not 201, as Nova). The answer has no hosts or metadata. 409 when the name is taken. An availability_zone puts the aggregate's future hosts in that zone.
         *
         *     Microversions 2.1 to latest.
         */
        post: operations["compute.aggregates.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-aggregates/{aggregate_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show an aggregate
         * @description Admin only. 400 when the id is not an integer.
         *
         *     Microversions 2.1 to latest. No query parameters from 2.102 (400).
         */
        get: operations["compute.aggregates.show"];
        /**
         * Update an aggregate
         * @description Admin only. Renames it and/or sets its availability zone (the `availability_zone` metadata key). 400 when the zone would put a host in two zones, or change under hosts that have instances; 409 when the name is taken.
         *
         *     Microversions 2.1 to latest.
         */
        put: operations["compute.aggregates.update"];
        post?: never;
        /**
         * Delete an aggregate
         * @description Admin only. 200 with no body (as Nova). 400 while it still has hosts.
         *
         *     Microversions 2.1 to latest.
         */
        delete: operations["compute.aggregates.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-aggregates/{aggregate_id}/action": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run an aggregate action
         * @description Admin only. The body names one action: `add_host` (404 unknown host, 409 already there or in another zone), `remove_host` (404 when the aggregate does not hold the host) or `set_metadata` (merges keys; null removes one). Each answers 200 with the aggregate.
         *
         *     Microversions 2.1 to latest.
         */
        post: operations["compute.aggregates.action"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-aggregates/{aggregate_id}/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request image pre-caching on an aggregate's hosts
         * @description Admin only. 202 with no body; the simulated hosts need no cache, so nothing else happens.
         *
         *     Microversions 2.81 to latest.
         */
        post: operations["compute.aggregates.images"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-availability-zone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List availability zones
         * @description Microversions 2.1 to latest. No query parameters from 2.102 (400).
         */
        get: operations["compute.availability_zones.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-availability-zone/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List availability zones with their hosts and services
         * @description Admin only.
         *
         *     Microversions 2.1 to latest. No query parameters from 2.102 (400).
         */
        get: operations["compute.availability_zones.detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-floating-ip-pools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List floating IP pools: the external networks (proxy, deprecated)
         * @description Microversions 2.1 to 2.35.
         */
        get: operations["compute.os_floating_ip_pools.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-floating-ips": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the project's floating IPs (proxy, deprecated)
         * @description Microversions 2.1 to 2.35.
         */
        get: operations["compute.os_floating_ips.list"];
        put?: never;
        /**
         * Allocate a floating IP from a pool (proxy, deprecated)
         * @description Microversions 2.1 to 2.35.
         */
        post: operations["compute.os_floating_ips.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-floating-ips/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a floating IP (proxy, deprecated)
         * @description Microversions 2.1 to 2.35.
         */
        get: operations["compute.os_floating_ips.show"];
        put?: never;
        post?: never;
        /**
         * Release a floating IP, disassociating it first (proxy, deprecated)
         * @description Microversions 2.1 to 2.35.
         */
        delete: operations["compute.os_floating_ips.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-hosts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List hosts (deprecated)
         * @description Admin only. One entry per enabled service, with its RPC topic as `service`; `?zone` keeps one availability zone.
         *
         *     Microversions 2.1 to 2.42.
         */
        get: operations["compute.hosts.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-hosts/{host_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a host's resources (deprecated)
         * @description Admin only. Totals, used now, the instances' sum, then per project. 404 for a host with no compute service.
         *
         *     Microversions 2.1 to 2.42.
         */
        get: operations["compute.hosts.show"];
        /**
         * Set a host's status or maintenance mode (deprecated)
         * @description Admin only. Answers what the fake virt driver answers (enabled/disabled, on_maintenance/off_maintenance); nothing changes.
         *
         *     Microversions 2.1 to 2.42.
         */
        put: operations["compute.hosts.update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-hosts/{host_name}/reboot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reboot a host (deprecated)
         * @description Admin only. The fake virt driver answers the action's name; the simulated host is not affected.
         *
         *     Microversions 2.1 to 2.42.
         */
        get: operations["compute.hosts.reboot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-hosts/{host_name}/shutdown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Shutdown a host (deprecated)
         * @description Admin only. The fake virt driver answers the action's name; the simulated host is not affected.
         *
         *     Microversions 2.1 to 2.42.
         */
        get: operations["compute.hosts.shutdown"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-hosts/{host_name}/startup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Startup a host (deprecated)
         * @description Admin only. The fake virt driver answers the action's name; the simulated host is not affected.
         *
         *     Microversions 2.1 to 2.42.
         */
        get: operations["compute.hosts.startup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-hypervisors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List hypervisors
         * @description Admin only. Paging from 2.33; UUID ids, hypervisor_hostname_pattern and with_servers from 2.53.
         *
         *     Microversions 2.1 to latest.
         */
        get: operations["compute.hypervisors.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-hypervisors/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List hypervisors with details
         * @description Admin only. Resource fields (vcpus, memory_mb, …, cpu_info) until 2.87; uptime from 2.88.
         *
         *     Microversions 2.1 to latest.
         */
        get: operations["compute.hypervisors.detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-hypervisors/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hypervisor statistics
         * @description Admin only. Sums over every compute node.
         *
         *     Microversions 2.1 to 2.87.
         */
        get: operations["compute.hypervisors.statistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-hypervisors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a hypervisor
         * @description Admin only. The id is an integer before 2.53 and a UUID from 2.53; with_servers from 2.53.
         *
         *     Microversions 2.1 to latest.
         */
        get: operations["compute.hypervisors.show"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-hypervisors/{id}/uptime": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a hypervisor's uptime
         * @description Admin only. 400 when the host's nova-compute is down. From 2.88 the uptime is part of the hypervisor itself (null for a down host).
         *
         *     Microversions 2.1 to 2.87.
         */
        get: operations["compute.hypervisors.uptime"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-hypervisors/{pattern}/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search hypervisors by hostname
         * @description Admin only. Replaced by ?hypervisor_hostname_pattern in 2.53.
         *
         *     Microversions 2.1 to 2.52.
         */
        get: operations["compute.hypervisors.search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-hypervisors/{pattern}/servers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the servers of hypervisors matching a hostname
         * @description Admin only. Replaced by ?hypervisor_hostname_pattern&with_servers in 2.53.
         *
         *     Microversions 2.1 to 2.52.
         */
        get: operations["compute.hypervisors.servers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-instance_usage_audit_log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Summarise the last completed instance usage audit
         * @description Admin only. The audit is off (Nova's default instance_usage_audit = False), so every compute host is listed as not run.
         *
         *     Microversions 2.1 to latest.
         */
        get: operations["compute.instance_usage_audit_log.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-instance_usage_audit_log/{before_timestamp}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Summarise the instance usage audit completed before a time
         * @description Admin only. 400 unless the timestamp reads "YYYY-MM-DD hh:mm:ss[.ffffff]".
         *
         *     Microversions 2.1 to latest.
         */
        get: operations["compute.instance_usage_audit_log.show"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-keypairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List key pairs
         * @description The caller's key pairs by name. 2.2 adds `type`; 2.10 `?user_id` (admins); 2.35 `limit`/`marker` and `keypairs_links`.
         *
         *     Microversions 2.1 to latest.
         */
        get: operations["compute.keypairs.list"];
        put?: never;
        /**
         * Create or import a key pair
         * @description Imports `public_key`, or (before 2.92) generates an RSA key pair and returns its `private_key` once. 200 before 2.2, 201 from 2.2. 403 when the key_pairs quota is used up, 409 when the name is taken.
         *
         *     Microversions 2.1 to latest.
         */
        post: operations["compute.keypairs.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-keypairs/{keypair_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a key pair
         * @description Microversions 2.1 to latest.
         */
        get: operations["compute.keypairs.show"];
        put?: never;
        post?: never;
        /**
         * Delete a key pair
         * @description 202 before 2.2, 204 from 2.2.
         *
         *     Microversions 2.1 to latest.
         */
        delete: operations["compute.keypairs.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-migrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List migrations (admin)
         * @description Filters instance_uuid, host (source or destination), source_compute, status, migration_type. 2.23 adds migration_type and links; 2.59 limit/marker (uuid), changes-since, uuid and migrations_links; 2.66 changes-before; 2.80 user_id/project_id filters and fields.
         *
         *     Microversions 2.1 to latest.
         */
        get: operations["compute.migrations.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-networks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List networks (proxy to Neutron, deprecated)
         * @description Microversions 2.1 to 2.35.
         */
        get: operations["compute.os_networks.list"];
        put?: never;
        /**
         * Create a network (removed)
         * @description Removed with nova-network (Ussuri): 410 Gone.
         *
         *     Microversions 2.1 to latest.
         */
        post: operations["compute.os_networks.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-networks/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Associate a network (removed)
         * @description Removed with nova-network (Ussuri): 410 Gone.
         *
         *     Microversions 2.1 to latest.
         */
        post: operations["compute.os_networks.add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-networks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a network (proxy to Neutron, deprecated)
         * @description Microversions 2.1 to 2.35.
         */
        get: operations["compute.os_networks.show"];
        put?: never;
        post?: never;
        /**
         * Delete a network (removed)
         * @description Removed with nova-network (Ussuri): 410 Gone.
         *
         *     Microversions 2.1 to latest.
         */
        delete: operations["compute.os_networks.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-networks/{id}/action": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disassociate a network (removed)
         * @description Removed with nova-network (Ussuri): 410 Gone.
         *
         *     Microversions 2.1 to latest.
         */
        post: operations["compute.os_networks.action"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-quota-class-sets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a quota class
         * @description Admin only. The `default` class supplies the default quotas. server_groups and server_group_members appear from 2.50.
         *
         *     Microversions 2.1 to latest. No query parameters from 2.102 (400).
         */
        get: operations["compute.quota-class-sets.show"];
        /**
         * Update a quota class
         * @description Admin only.
         *
         *     Microversions 2.1 to latest.
         */
        put: operations["compute.quota-class-sets.update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-quota-sets/{project_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a project's quotas
         * @description A project member may see its own project's; admins any. `?user_id` shows that user's. 2.36 and 2.57 drop resources.
         *
         *     Microversions 2.1 to latest.
         */
        get: operations["compute.quota-sets.show"];
        /**
         * Update a project's (or a user's) quotas
         * @description Admin only. -1 is unlimited. A limit below what is in use is refused (400) unless `force` is true. `?user_id` sets that user's limits within the project.
         *
         *     Microversions 2.1 to latest.
         */
        put: operations["compute.quota-sets.update"];
        post?: never;
        /**
         * Revert a project's (or a user's) quotas to the defaults
         * @description Admin only. Answers 202 with no body.
         *
         *     Microversions 2.1 to latest.
         */
        delete: operations["compute.quota-sets.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-quota-sets/{project_id}/defaults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the default quotas
         * @description The `default` quota class over the configured defaults.
         *
         *     Microversions 2.1 to latest.
         */
        get: operations["compute.quota-sets.defaults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-quota-sets/{project_id}/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a project's quotas with usage
         * @description Each resource as {in_use, limit, reserved}; reserved is always 0.
         *
         *     Microversions 2.1 to latest.
         */
        get: operations["compute.quota-sets.detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-security-group-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an ingress rule (proxy, deprecated)
         * @description Microversions 2.1 to 2.35.
         */
        post: operations["compute.os_security_group_rules.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-security-group-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a rule (proxy, deprecated)
         * @description Microversions 2.1 to 2.35.
         */
        delete: operations["compute.os_security_group_rules.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-security-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List security groups (proxy to Neutron, deprecated)
         * @description Microversions 2.1 to 2.35.
         */
        get: operations["compute.os_security_groups.list"];
        put?: never;
        /**
         * Create a security group (proxy, deprecated)
         * @description Microversions 2.1 to 2.35.
         */
        post: operations["compute.os_security_groups.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-security-groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a security group (proxy, deprecated)
         * @description Microversions 2.1 to 2.35.
         */
        get: operations["compute.os_security_groups.show"];
        /**
         * Update a security group (proxy, deprecated)
         * @description Microversions 2.1 to 2.35.
         */
        put: operations["compute.os_security_groups.update"];
        post?: never;
        /**
         * Delete a security group (proxy, deprecated)
         * @description Microversions 2.1 to 2.35.
         */
        delete: operations["compute.os_security_groups.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-server-external-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send events about servers
         * @description The service role or admin. Each event gets its own code: 200 accepted, 400 missing a needed tag, 404 unknown server, 422 server without a host. 200 when all were accepted, else 207.
         *
         *     Microversions 2.1 to latest.
         */
        post: operations["compute.server_external_events.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-server-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List server groups
         * @description The caller's project's groups in creation order; `all_projects` (admins) lists every project's. `offset`/`limit` page the list (limit capped at 1000).
         *
         *     Microversions 2.1 to latest.
         */
        get: operations["compute.server_groups.list"];
        put?: never;
        /**
         * Create a server group
         * @description `policies` (a list of one) before 2.64, `policy` and `rules` from 2.64; soft-affinity and soft-anti-affinity from 2.15. 403 when the server_groups quota is used up; 400 for rules on a policy other than anti-affinity.
         *
         *     Microversions 2.1 to latest.
         */
        post: operations["compute.server_groups.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-server-groups/{server_group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a server group
         * @description Its members are the servers booted into it that are not deleted.
         *
         *     Microversions 2.1 to latest. No query parameters from 2.102 (400).
         */
        get: operations["compute.server_groups.show"];
        put?: never;
        post?: never;
        /**
         * Delete a server group
         * @description Its servers stay; they are no longer in a group.
         *
         *     Microversions 2.1 to latest.
         */
        delete: operations["compute.server_groups.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List compute services
         * @description Admin only. forced_down from 2.11; UUID ids from 2.53.
         *
         *     Microversions 2.1 to latest.
         */
        get: operations["compute.services.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-services/{service_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Enable, disable or force down a compute service
         * @description Admin only; nova-compute services only (400 for others). Before 2.53 the path names the action (`enable`, `disable`, `disable-log-reason`, and from 2.11 `force-down`) and the body the host and binary; from 2.53 the path holds the service's UUID and the body its `status`, `disabled_reason` and/or `forced_down`. A disabled or forced-down host takes no new servers.
         *
         *     Microversions 2.1 to latest.
         */
        put: operations["compute.services.update"];
        post?: never;
        /**
         * Delete a service
         * @description Admin only. An integer id before 2.53, a UUID from 2.53. Deleting a nova-compute service removes its host (compute node, resource provider, aggregate memberships); 409 while it hosts instances or has migrations in progress. A configured host comes back when novasim restarts, as a restarted nova-compute registers again.
         *
         *     Microversions 2.1 to latest.
         */
        delete: operations["compute.services.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-simple-tenant-usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List usage of all projects (admin)
         * @description `detailed=1` adds each project's server_usages. 2.40: limit/marker and tenant_usages_links.
         *
         *     Microversions 2.1 to latest.
         */
        get: operations["compute.simple_tenant_usage.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-simple-tenant-usage/{tenant_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show usage of one project
         * @description The project's totals and server_usages; `{}` when nothing ran in the period. 2.40: limit/marker and tenant_usage_links.
         *
         *     Microversions 2.1 to latest.
         */
        get: operations["compute.simple_tenant_usage.show"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List volume snapshots (proxy to Cinder)
         * @description Microversions 2.1 to 2.35.
         */
        get: operations["compute.os-snapshots.list"];
        put?: never;
        /**
         * Snapshot a volume (proxy to Cinder)
         * @description An in-use volume needs `force`. 403 over Cinder's quota.
         *
         *     Microversions 2.1 to 2.35.
         */
        post: operations["compute.os-snapshots.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-snapshots/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List volume snapshots with details (proxy to Cinder)
         * @description Microversions 2.1 to 2.35.
         */
        get: operations["compute.os-snapshots.detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-snapshots/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a volume snapshot (proxy to Cinder)
         * @description Microversions 2.1 to 2.35.
         */
        get: operations["compute.os-snapshots.show"];
        put?: never;
        post?: never;
        /**
         * Delete a volume snapshot (proxy to Cinder)
         * @description Microversions 2.1 to 2.35.
         */
        delete: operations["compute.os-snapshots.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-tenant-networks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List project networks (proxy, deprecated)
         * @description Microversions 2.1 to 2.35.
         */
        get: operations["compute.os_tenant_networks.list"];
        put?: never;
        /**
         * Create a project network (removed)
         * @description Removed with nova-network (Ussuri): 410 Gone.
         *
         *     Microversions 2.1 to latest.
         */
        post: operations["compute.os_tenant_networks.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-tenant-networks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a project network (proxy, deprecated)
         * @description Microversions 2.1 to 2.35.
         */
        get: operations["compute.os_tenant_networks.show"];
        put?: never;
        post?: never;
        /**
         * Delete a project network (removed)
         * @description Removed with nova-network (Ussuri): 410 Gone.
         *
         *     Microversions 2.1 to latest.
         */
        delete: operations["compute.os_tenant_networks.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-volumes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List volumes (proxy to Cinder)
         * @description Microversions 2.1 to 2.35.
         */
        get: operations["compute.os-volumes.list"];
        put?: never;
        /**
         * Create a volume (proxy to Cinder)
         * @description 200 with the volume and a Location header; 403 over Cinder's quota.
         *
         *     Microversions 2.1 to 2.35.
         */
        post: operations["compute.os-volumes.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-volumes/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List volumes with details (proxy to Cinder)
         * @description Microversions 2.1 to 2.35.
         */
        get: operations["compute.os-volumes.detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-volumes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a volume (proxy to Cinder)
         * @description Microversions 2.1 to 2.35.
         */
        get: operations["compute.os-volumes.show"];
        put?: never;
        post?: never;
        /**
         * Delete a volume (proxy to Cinder)
         * @description Microversions 2.1 to 2.35.
         */
        delete: operations["compute.os-volumes.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-volumes_boot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List servers
         * @description Filters (name, status, image, flavor, ip, changes-since, changes-before 2.66, tags 2.26, …; admins all of Nova's), sort_key/sort_dir, limit/marker with servers_links. all_tenants for admins. Unknown parameters are ignored before 2.75 and rejected from 2.75.
         *
         *     Microversions 2.1 to 2.102.
         */
        get: operations["compute.volumes_boot.list"];
        put?: never;
        /**
         * Create a server
         * @description Boots one or more servers (min_count/max_count). Returns 202 with adminPass; the server is BUILD until a simulated host has booted it. The body schema depends on the microversion (networks required from 2.37, tags from 2.52, hostname from 2.90…).
         *
         *     Microversions 2.1 to 2.102.
         */
        post: operations["compute.volumes_boot.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-volumes_boot/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List servers with details
         * @description Filters (name, status, image, flavor, ip, changes-since, changes-before 2.66, tags 2.26, …; admins all of Nova's), sort_key/sort_dir, limit/marker with servers_links. all_tenants for admins. Unknown parameters are ignored before 2.75 and rejected from 2.75.
         *
         *     Microversions 2.1 to 2.102.
         */
        get: operations["compute.volumes_boot.detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-volumes_boot/{server_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show server details
         * @description Microversions 2.1 to 2.102. No query parameters from 2.102 (400).
         */
        get: operations["compute.volumes_boot.show"];
        /**
         * Update a server (name, description 2.19, access IPs, disk config, hostname 2.90, pinned_availability_zone 2.104)
         * @description Microversions 2.1 to 2.102.
         */
        put: operations["compute.volumes_boot.update"];
        post?: never;
        /**
         * Delete a server
         * @description Microversions 2.1 to 2.102.
         */
        delete: operations["compute.volumes_boot.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/os-volumes_boot/{server_id}/action": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a server action
         * @description The body names exactly one action by its key: `os-stop`, `os-start`, `reboot`, `pause`, `unpause`, `suspend`, `resume`, `lock`, `unlock`, `resize`, `confirmResize`, `revertResize`, `migrate`, `os-migrateLive`, `evacuate`, `createImage`, `createBackup`, `shelve`, `shelveOffload`, `unshelve`, `rebuild`, `restore`, `forceDelete`, `rescue`, `unrescue`, `os-getConsoleOutput`, `changePassword`, `os-resetState`, `trigger_crash_dump`, `addSecurityGroup`, `removeSecurityGroup`, `os-getVNCConsole`, `os-getSPICEConsole`, `os-getSerialConsole`, `os-getRDPConsole`, `addFloatingIp`, `removeFloatingIp`. Each action's body schema is one alternative of the request body.
         *
         *     Microversions 2.1 to 2.102.
         */
        post: operations["compute.volumes_boot.action"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/servers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List servers
         * @description Filters (name, status, image, flavor, ip, changes-since, changes-before 2.66, tags 2.26, …; admins all of Nova's), sort_key/sort_dir, limit/marker with servers_links. all_tenants for admins. Unknown parameters are ignored before 2.75 and rejected from 2.75.
         *
         *     Microversions 2.1 to latest.
         */
        get: operations["compute.servers.list"];
        put?: never;
        /**
         * Create a server
         * @description Boots one or more servers (min_count/max_count). Returns 202 with adminPass; the server is BUILD until a simulated host has booted it. The body schema depends on the microversion (networks required from 2.37, tags from 2.52, hostname from 2.90…).
         *
         *     Microversions 2.1 to latest.
         */
        post: operations["compute.servers.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/servers/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List servers with details
         * @description Filters (name, status, image, flavor, ip, changes-since, changes-before 2.66, tags 2.26, …; admins all of Nova's), sort_key/sort_dir, limit/marker with servers_links. all_tenants for admins. Unknown parameters are ignored before 2.75 and rejected from 2.75.
         *
         *     Microversions 2.1 to latest.
         */
        get: operations["compute.servers.detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/servers/{server_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show server details
         * @description Microversions 2.1 to latest. No query parameters from 2.102 (400).
         */
        get: operations["compute.servers.show"];
        /**
         * Update a server (name, description 2.19, access IPs, disk config, hostname 2.90, pinned_availability_zone 2.104)
         * @description Microversions 2.1 to latest.
         */
        put: operations["compute.servers.update"];
        post?: never;
        /**
         * Delete a server
         * @description Microversions 2.1 to latest.
         */
        delete: operations["compute.servers.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/servers/{server_id}/action": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a server action
         * @description The body names exactly one action by its key: `os-stop`, `os-start`, `reboot`, `pause`, `unpause`, `suspend`, `resume`, `lock`, `unlock`, `resize`, `confirmResize`, `revertResize`, `migrate`, `os-migrateLive`, `evacuate`, `createImage`, `createBackup`, `shelve`, `shelveOffload`, `unshelve`, `rebuild`, `restore`, `forceDelete`, `rescue`, `unrescue`, `os-getConsoleOutput`, `changePassword`, `os-resetState`, `trigger_crash_dump`, `addSecurityGroup`, `removeSecurityGroup`, `os-getVNCConsole`, `os-getSPICEConsole`, `os-getSerialConsole`, `os-getRDPConsole`, `addFloatingIp`, `removeFloatingIp`. Each action's body schema is one alternative of the request body.
         *
         *     Microversions 2.1 to latest.
         */
        post: operations["compute.servers.action"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/servers/{server_id}/diagnostics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the hypervisor's diagnostics of a running server (admin)
         * @description Before 2.48 the libvirt driver's own flat dict; from 2.48 the standard diagnostics model.
         *
         *     Microversions 2.1 to latest. No query parameters from 2.102 (400).
         */
        get: operations["compute.servers.diagnostics.show"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/servers/{server_id}/ips": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the IP addresses of a server
         * @description Microversions 2.1 to latest. No query parameters from 2.102 (400).
         */
        get: operations["compute.servers.ips.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/servers/{server_id}/ips/{network_label}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the IP addresses of a server on one network
         * @description Microversions 2.1 to latest. No query parameters from 2.102 (400).
         */
        get: operations["compute.servers.ips.show"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/servers/{server_id}/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all metadata of a server
         * @description Microversions 2.1 to latest. No query parameters from 2.102 (400).
         */
        get: operations["compute.servers.metadata.list"];
        /**
         * Replace all metadata of a server
         * @description Microversions 2.1 to latest.
         */
        put: operations["compute.servers.metadata.replace"];
        /**
         * Create or update metadata items of a server
         * @description Microversions 2.1 to latest.
         */
        post: operations["compute.servers.metadata.update"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/servers/{server_id}/metadata/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a metadata item of a server
         * @description Microversions 2.1 to latest. No query parameters from 2.102 (400).
         */
        get: operations["compute.servers.metadata.show"];
        /**
         * Create or update one metadata item of a server
         * @description Microversions 2.1 to latest.
         */
        put: operations["compute.servers.metadata.set"];
        post?: never;
        /**
         * Delete a metadata item of a server
         * @description Microversions 2.1 to latest.
         */
        delete: operations["compute.servers.metadata.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/servers/{server_id}/migrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a server's in-progress live migrations
         * @description Microversions 2.23 to latest. No query parameters from 2.102 (400).
         */
        get: operations["compute.servers.migrations.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/servers/{server_id}/migrations/{migration_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a server's in-progress live migration
         * @description Microversions 2.23 to latest. No query parameters from 2.102 (400).
         */
        get: operations["compute.servers.migrations.show"];
        put?: never;
        post?: never;
        /**
         * Abort a live migration (back on the source host)
         * @description Microversions 2.24 to latest.
         */
        delete: operations["compute.servers.migrations.abort"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/servers/{server_id}/migrations/{migration_id}/action": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Force a running live migration to complete
         * @description Microversions 2.22 to latest.
         */
        post: operations["compute.servers.migrations.force_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/servers/{server_id}/os-instance-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the actions performed on a server
         * @description Microversions 2.1 to latest.
         */
        get: operations["compute.servers.actions.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/servers/{server_id}/os-instance-actions/{request_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show one action of a server, with its events
         * @description Microversions 2.1 to latest. No query parameters from 2.102 (400).
         */
        get: operations["compute.servers.actions.show"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/servers/{server_id}/os-interface": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the server's port interfaces (tag from 2.70)
         * @description Microversions 2.1 to latest. No query parameters from 2.102 (400).
         */
        get: operations["compute.servers.interfaces.list"];
        put?: never;
        /**
         * Attach a port, or a new port on a network, to the server
         * @description With neither net_id nor port_id, the project's one usable network. tag from 2.49.
         *
         *     Microversions 2.1 to latest.
         */
        post: operations["compute.servers.interfaces.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/servers/{server_id}/os-interface/{port_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show one port interface of the server
         * @description Microversions 2.1 to latest. No query parameters from 2.102 (400).
         */
        get: operations["compute.servers.interfaces.show"];
        put?: never;
        post?: never;
        /**
         * Detach a port interface (a port Nova created is deleted)
         * @description Microversions 2.1 to latest.
         */
        delete: operations["compute.servers.interfaces.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/servers/{server_id}/os-security-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the security groups of a server, with their ingress rules
         * @description Microversions 2.1 to latest. No query parameters from 2.102 (400).
         */
        get: operations["compute.servers.security_groups.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/servers/{server_id}/os-server-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the encrypted password the guest posted to the metadata service
         * @description Empty until a guest posts one; the simulated guests never do.
         *
         *     Microversions 2.1 to latest. No query parameters from 2.102 (400).
         */
        get: operations["compute.servers.password.show"];
        put?: never;
        post?: never;
        /**
         * Clear the encrypted server password (the guest's password itself is unchanged)
         * @description Microversions 2.1 to latest.
         */
        delete: operations["compute.servers.password.clear"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/servers/{server_id}/os-volume_attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the volumes attached to a server
         * @description `limit`/`offset`; unknown query parameters are 400 from 2.75. tag from 2.70, delete_on_termination from 2.79, attachment_id and bdm_uuid (and no id) from 2.89.
         *
         *     Microversions 2.1 to latest.
         */
        get: operations["compute.servers.volume-attachments.list"];
        put?: never;
        /**
         * Attach a volume to a server
         * @description The volume must be available; it becomes in-use, and the server gets the next free /dev/vdX. tag from 2.49, delete_on_termination from 2.79; a shelved server takes volumes from 2.20. 200 with the attachment; from 2.101 202 without a body. Recorded as the instance action attach_volume.
         *
         *     Microversions 2.1 to latest.
         */
        post: operations["compute.servers.volume-attachments.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/servers/{server_id}/os-volume_attachments/{volume_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show one volume attachment of a server
         * @description Microversions 2.1 to latest. No query parameters from 2.102 (400).
         */
        get: operations["compute.servers.volume-attachments.show"];
        /**
         * Swap the attached volume (admin) or, from 2.85, update delete_on_termination
         * @description 202. Swapping is Cinder's call during a volume migration: without one it is 409, as in Nova.
         *
         *     Microversions 2.1 to latest.
         */
        put: operations["compute.servers.volume-attachments.update"];
        post?: never;
        /**
         * Detach a volume from a server
         * @description 202; the volume goes detaching, then available. 400 for the root volume. Recorded as the instance action detach_volume.
         *
         *     Microversions 2.1 to latest.
         */
        delete: operations["compute.servers.volume-attachments.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/servers/{server_id}/remote-consoles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a remote console (VNC, SPICE, serial) and get its URL
         * @description mks/webmks from 2.8 (unavailable on this libvirt-like cloud: 400), spice-direct from 2.99; rdp answers 400 (Hyper-V was removed).
         *
         *     Microversions 2.6 to latest.
         */
        post: operations["compute.servers.remote_consoles.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/servers/{server_id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tags of a server
         * @description Microversions 2.26 to latest.
         */
        get: operations["compute.servers.tags.list"];
        /**
         * Replace the tags of a server
         * @description Microversions 2.26 to latest.
         */
        put: operations["compute.servers.tags.replace"];
        post?: never;
        /**
         * Delete all tags of a server
         * @description Microversions 2.26 to latest.
         */
        delete: operations["compute.servers.tags.clear"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute/v2.1/servers/{server_id}/tags/{tag}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check whether a server has a tag
         * @description Microversions 2.26 to latest.
         */
        get: operations["compute.servers.tags.check"];
        /**
         * Add a tag to a server
         * @description Microversions 2.26 to latest.
         */
        put: operations["compute.servers.tags.add"];
        post?: never;
        /**
         * Delete a tag from a server
         * @description Microversions 2.26 to latest.
         */
        delete: operations["compute.servers.tags.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Identity API versions */
        get: operations["identity.versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/v3": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show Identity API v3 version details */
        get: operations["identity.version.v3"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/v3/auth/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The service catalog of the token's scope */
        get: operations["identity.auth.catalog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/v3/auth/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the projects the token's user can scope to */
        get: operations["identity.auth.projects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/v3/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Validate and show information for a token */
        get: operations["identity.tokens.validate"];
        put?: never;
        /**
         * Password or token authentication
         * @description Issues a token, returned in the X-Subject-Token header. `?nocatalog` leaves the catalog out.
         */
        post: operations["identity.tokens.create"];
        /** Revoke a token */
        delete: operations["identity.tokens.revoke"];
        options?: never;
        /** Check a token */
        head: operations["identity.tokens.check"];
        patch?: never;
        trace?: never;
    };
    "/identity/v3/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List domains
         * @description Admin only. Filters: `name`, `enabled`.
         */
        get: operations["identity.domains.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/v3/domains/{domain_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show domain details
         * @description An admin, or a token scoped to a project of that domain.
         */
        get: operations["identity.domains.show"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/v3/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List projects
         * @description Admin only. Filters: `name`, `domain_id`, `enabled`.
         */
        get: operations["identity.projects.list"];
        put?: never;
        /**
         * Create project
         * @description Admin only. Without `domain_id` the project goes to the default domain.
         */
        post: operations["identity.projects.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/v3/projects/{project_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show project details
         * @description An admin, or a token scoped to that project.
         */
        get: operations["identity.projects.show"];
        put?: never;
        post?: never;
        /**
         * Delete project
         * @description Admin only. Role assignments on the project go with it; tokens scoped to it stop validating.
         */
        delete: operations["identity.projects.delete"];
        options?: never;
        head?: never;
        /**
         * Update project
         * @description Admin only. Changes `name`, `description` or `enabled`.
         */
        patch: operations["identity.projects.update"];
        trace?: never;
    };
    "/identity/v3/projects/{project_id}/users/{user_id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List role assignments for user on project */
        get: operations["identity.grants.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/v3/projects/{project_id}/users/{user_id}/roles/{role_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check whether user has role assignment on project
         * @description 204 when the user holds the role on the project directly.
         */
        get: operations["identity.grants.check"];
        /**
         * Assign role to user on project
         * @description Admin only. Idempotent. The user can then scope a token to the project.
         */
        put: operations["identity.grants.create"];
        post?: never;
        /**
         * Unassign role from user on project
         * @description Admin only. Tokens of the user scoped to the project lose the role at once.
         */
        delete: operations["identity.grants.revoke"];
        options?: never;
        /** Check whether user has role assignment on project (HEAD) */
        head: operations["identity.grants.check_head"];
        patch?: never;
        trace?: never;
    };
    "/identity/v3/role_assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List role assignments
         * @description Admin only. Filters: `user.id`, `scope.project.id`, `role.id`. `effective` adds the implied roles (each with the prior role in its links); `include_names` adds names and domains.
         */
        get: operations["identity.role_assignments.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/v3/role_inferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all role inference rules
         * @description Admin only. The bootstrap chain: admin implies member, member implies reader.
         */
        get: operations["identity.role_inferences.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/v3/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List roles
         * @description Admin only. Filter: `name`.
         */
        get: operations["identity.roles.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/v3/roles/{role_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show role details
         * @description Admin only.
         */
        get: operations["identity.roles.show"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/v3/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Admin only. Filters: `name`, `domain_id`, `enabled`.
         */
        get: operations["identity.users.list"];
        put?: never;
        /**
         * Create user
         * @description Admin only. Without `domain_id` the user goes to the default domain.
         */
        post: operations["identity.users.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/v3/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show user details
         * @description An admin, or the user themself.
         */
        get: operations["identity.users.show"];
        put?: never;
        post?: never;
        /**
         * Delete user
         * @description Admin only. The user's role assignments and tokens go with it.
         */
        delete: operations["identity.users.delete"];
        options?: never;
        head?: never;
        /**
         * Update user
         * @description Admin only. A new password or disabling the user revokes the user's tokens.
         */
        patch: operations["identity.users.update"];
        trace?: never;
    };
    "/identity/v3/users/{user_id}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List projects for user
         * @description An admin, or the user themself: the projects the user holds a role on.
         */
        get: operations["identity.users.projects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Image API versions */
        get: operations["image.versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/image/v2/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List images
         * @description Filters: name, status, visibility (public, private, shared, community, all), owner, tag (repeatable), member_status, os_hidden, protected, size_min/size_max, created_at/updated_at (op:time), any extra property. Sorting: sort=key:dir,... or sort_key/sort_dir. Paging: limit and marker, with a `next` link.
         */
        get: operations["image.images.list"];
        put?: never;
        /** Create an image (status queued) */
        post: operations["image.images.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/image/v2/images/{image_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show an image */
        get: operations["image.images.show"];
        put?: never;
        post?: never;
        /** Delete an image and its data */
        delete: operations["image.images.delete"];
        options?: never;
        head?: never;
        /**
         * Update an image with a JSON patch
         * @description Content-Type application/openstack-images-v2.1-json-patch (or -v2.0-): add, replace and remove on /name, /visibility, /min_ram, /min_disk, /protected, /os_hidden, /tags, /disk_format, /container_format (queued only) and extra properties.
         */
        patch: operations["image.images.update"];
        trace?: never;
    };
    "/image/v2/images/{image_id}/actions/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate an image (admin or owner) */
        post: operations["image.images.deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/image/v2/images/{image_id}/actions/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate an image (admin or owner) */
        post: operations["image.images.reactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/image/v2/images/{image_id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download image data
         * @description 200 with the data (Content-MD5, Content-Length), or 204 when the image has no data.
         */
        get: operations["image.data.download"];
        /**
         * Upload image data
         * @description Content-Type application/octet-stream. Streams to the image store while computing size, checksum (md5) and os_hash_value (sha512); the image goes queued -> saving -> active.
         */
        put: operations["image.data.upload"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/image/v2/images/{image_id}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import image data (no import methods enabled here: 404) */
        post: operations["image.images.import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/image/v2/images/{image_id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List image members */
        get: operations["image.members.list"];
        put?: never;
        /** Share an image with a project */
        post: operations["image.members.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/image/v2/images/{image_id}/members/{member_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show an image member */
        get: operations["image.members.show"];
        /** Accept or reject a shared image (the member project) */
        put: operations["image.members.update"];
        post?: never;
        /** Stop sharing an image */
        delete: operations["image.members.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/image/v2/images/{image_id}/stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Stage image data (interoperable import; not offered: 404) */
        put: operations["image.data.stage"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/image/v2/images/{image_id}/tags/{tag_value}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Add a tag */
        put: operations["image.tags.add"];
        post?: never;
        /** Remove a tag */
        delete: operations["image.tags.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/image/v2/info/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Import methods available (none) */
        get: operations["image.info.import"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/image/v2/schemas/image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** JSON schema of image */
        get: operations["image.schemas.image"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/image/v2/schemas/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** JSON schema of images */
        get: operations["image.schemas.images"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/image/v2/schemas/member": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** JSON schema of member */
        get: operations["image.schemas.member"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/image/v2/schemas/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** JSON schema of members */
        get: operations["image.schemas.members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Networking API versions */
        get: operations["network.versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networking/v2.0": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the resources of the v2.0 API */
        get: operations["network.resources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networking/v2.0/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the Networking API extensions */
        get: operations["network.extensions.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networking/v2.0/extensions/{alias}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show one extension */
        get: operations["network.extensions.show"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networking/v2.0/floatingips": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List floating IPs
         * @description Filters on any attribute (repeat a key to OR values), `fields`, `sort_key`/`sort_dir`, `limit`/`marker`/`page_reverse`.
         */
        get: operations["network.floatingips.list"];
        put?: never;
        /** Create a floating IP (or several, with the collection key) */
        post: operations["network.floatingips.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networking/v2.0/floatingips/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a floating IP */
        get: operations["network.floatingips.show"];
        /** Update a floating IP */
        put: operations["network.floatingips.update"];
        post?: never;
        /** Delete a floating IP */
        delete: operations["network.floatingips.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networking/v2.0/network-ip-availabilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List IP availability of networks (admin) */
        get: operations["network.ip_availabilities.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networking/v2.0/network-ip-availabilities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show IP availability of one network (admin) */
        get: operations["network.ip_availabilities.show"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networking/v2.0/networks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List networks
         * @description Filters on any attribute (repeat a key to OR values), `fields`, `sort_key`/`sort_dir`, `limit`/`marker`/`page_reverse`.
         */
        get: operations["network.networks.list"];
        put?: never;
        /** Create a network (or several, with the collection key) */
        post: operations["network.networks.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networking/v2.0/networks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a network */
        get: operations["network.networks.show"];
        /** Update a network */
        put: operations["network.networks.update"];
        post?: never;
        /** Delete a network */
        delete: operations["network.networks.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networking/v2.0/ports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List ports
         * @description Filters on any attribute (repeat a key to OR values), `fields`, `sort_key`/`sort_dir`, `limit`/`marker`/`page_reverse`.
         */
        get: operations["network.ports.list"];
        put?: never;
        /** Create a port (or several, with the collection key) */
        post: operations["network.ports.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networking/v2.0/ports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a port */
        get: operations["network.ports.show"];
        /** Update a port */
        put: operations["network.ports.update"];
        post?: never;
        /** Delete a port */
        delete: operations["network.ports.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networking/v2.0/quotas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List quotas of the projects with non-default quotas (admin) */
        get: operations["network.quotas.list"];
        put?: never;
        /** Not supported (501), as in Neutron */
        post: operations["network.quotas.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networking/v2.0/quotas/project": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's project id */
        get: operations["network.quotas.project"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networking/v2.0/quotas/tenant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's tenant id */
        get: operations["network.quotas.tenant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networking/v2.0/quotas/{project_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a project's quotas
         * @description The project's limits, the defaults where it has none. Own project, or any as admin.
         */
        get: operations["network.quotas.show"];
        /**
         * Set a project's quotas (admin)
         * @description Limits from -1 (unlimited) to 2^31-1. `check_limit` refuses a limit below current usage; `force` is accepted and ignored.
         */
        put: operations["network.quotas.update"];
        post?: never;
        /** Reset a project's quotas to the defaults (admin) */
        delete: operations["network.quotas.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networking/v2.0/quotas/{project_id}/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show the default quotas */
        get: operations["network.quotas.defaults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networking/v2.0/quotas/{project_id}/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a project's quota usage
         * @description limit, used (counted from the project's resources) and reserved (always 0) per resource.
         */
        get: operations["network.quotas.details"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networking/v2.0/quotas/{project_id}/details.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a project's quota usage
         * @description limit, used (counted from the project's resources) and reserved (always 0) per resource.
         */
        get: operations["network.quotas.details_json"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networking/v2.0/routers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List routers
         * @description Filters on any attribute (repeat a key to OR values), `fields`, `sort_key`/`sort_dir`, `limit`/`marker`/`page_reverse`.
         */
        get: operations["network.routers.list"];
        put?: never;
        /** Create a router (or several, with the collection key) */
        post: operations["network.routers.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networking/v2.0/routers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a router */
        get: operations["network.routers.show"];
        /** Update a router */
        put: operations["network.routers.update"];
        post?: never;
        /** Delete a router */
        delete: operations["network.routers.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networking/v2.0/routers/{id}/add_router_interface": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Attach a subnet (a new port holding its gateway IP) or an unused port to a router */
        put: operations["network.routers.add_interface"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networking/v2.0/routers/{id}/remove_router_interface": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Detach a subnet or port from a router (the interface port is deleted) */
        put: operations["network.routers.remove_interface"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networking/v2.0/security-group-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List security group rules
         * @description Filters on any attribute (repeat a key to OR values), `fields`, `sort_key`/`sort_dir`, `limit`/`marker`/`page_reverse`.
         */
        get: operations["network.security_group_rules.list"];
        put?: never;
        /** Create a security group rule (or several, with the collection key) */
        post: operations["network.security_group_rules.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networking/v2.0/security-group-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a security group rule */
        get: operations["network.security_group_rules.show"];
        /** Update a security group rule */
        put: operations["network.security_group_rules.update"];
        post?: never;
        /** Delete a security group rule */
        delete: operations["network.security_group_rules.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networking/v2.0/security-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List security groups
         * @description Filters on any attribute (repeat a key to OR values), `fields`, `sort_key`/`sort_dir`, `limit`/`marker`/`page_reverse`.
         */
        get: operations["network.security_groups.list"];
        put?: never;
        /** Create a security group (or several, with the collection key) */
        post: operations["network.security_groups.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networking/v2.0/security-groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a security group */
        get: operations["network.security_groups.show"];
        /** Update a security group */
        put: operations["network.security_groups.update"];
        post?: never;
        /** Delete a security group */
        delete: operations["network.security_groups.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networking/v2.0/subnets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List subnets
         * @description Filters on any attribute (repeat a key to OR values), `fields`, `sort_key`/`sort_dir`, `limit`/`marker`/`page_reverse`.
         */
        get: operations["network.subnets.list"];
        put?: never;
        /** Create a subnet (or several, with the collection key) */
        post: operations["network.subnets.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networking/v2.0/subnets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a subnet */
        get: operations["network.subnets.show"];
        /** Update a subnet */
        put: operations["network.subnets.update"];
        post?: never;
        /** Delete a subnet */
        delete: operations["network.subnets.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Placement API versions
         * @description The one version, with the microversion range (1.0 to 1.39). The self link is relative: an empty href.
         */
        get: operations["placement.versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placement/allocation_candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List allocation candidates
         * @description Admin or service role. resources (required), limit (1.16), required (1.17), member_of (1.21), granular groups and group_policy (1.25), in_tree (1.31), root_required (1.35), same_subtree (1.36). Dict-form allocation_requests from 1.12, traits in provider_summaries from 1.17, every inventoried class from 1.27, parent/root from 1.29, mappings from 1.34. Microversions 1.10 to latest.
         */
        get: operations["placement.allocation_candidates.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placement/allocations/{consumer_uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a consumer's allocations
         * @description Admin or service role. By resource provider; project_id and user_id from 1.12, consumer_generation from 1.28, consumer_type from 1.38. An unknown consumer has no allocations (200, not 404). Microversions 1.0 to latest.
         */
        get: operations["placement.allocations.consumer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placement/resource_classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List resource classes
         * @description Admin or service role. The standard resource classes. Microversions 1.2 to latest.
         */
        get: operations["placement.resource_classes.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placement/resource_classes/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a resource class
         * @description Admin or service role. Microversions 1.2 to latest.
         */
        get: operations["placement.resource_classes.show"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placement/resource_providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List resource providers
         * @description Admin or service role. Filters: name, uuid; member_of (1.3), resources (1.4), in_tree (1.14), required (1.18). Parent and root provider uuids from 1.14. Microversions 1.0 to latest.
         */
        get: operations["placement.resource_providers.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placement/resource_providers/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a resource provider
         * @description Admin or service role. Microversions 1.0 to latest.
         */
        get: operations["placement.resource_providers.show"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placement/resource_providers/{uuid}/aggregates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a resource provider's aggregates
         * @description Admin or service role. resource_provider_generation from 1.19. Microversions 1.1 to latest.
         */
        get: operations["placement.aggregates.provider"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placement/resource_providers/{uuid}/allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the allocations against a resource provider
         * @description Admin or service role. By consumer; consumer_generation from 1.28. Microversions 1.0 to latest.
         */
        get: operations["placement.allocations.provider"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placement/resource_providers/{uuid}/inventories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a resource provider's inventories
         * @description Admin or service role. VCPU, MEMORY_MB and DISK_GB of the host (max_unit = total, as the fake driver reports). Microversions 1.0 to latest.
         */
        get: operations["placement.inventories.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placement/resource_providers/{uuid}/inventories/{resource_class}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show one inventory of a resource provider
         * @description Admin or service role. resource_provider_generation only when it is not 0, as Placement. Microversions 1.0 to latest.
         */
        get: operations["placement.inventories.show"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placement/resource_providers/{uuid}/traits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a resource provider's traits
         * @description Admin or service role. What the fake driver's compute node reports, plus COMPUTE_STATUS_DISABLED while its service is disabled. Microversions 1.6 to latest.
         */
        get: operations["placement.traits.provider"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placement/resource_providers/{uuid}/usages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a resource provider's usages
         * @description Admin or service role. What the allocations on the host use, 0 for an unused class. Microversions 1.0 to latest.
         */
        get: operations["placement.usages.provider"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placement/traits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List traits
         * @description Admin or service role. The standard traits a compute node can report (Nova's capability traits, COMPUTE_NODE, OWNER_NOVA, COMPUTE_STATUS_DISABLED); ?name=in:A,B or startswith:P, ?associated=true|false. Microversions 1.6 to latest.
         */
        get: operations["placement.traits.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placement/traits/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check that a trait exists
         * @description Admin or service role. 204 when it exists, 404 otherwise. Microversions 1.6 to latest.
         */
        get: operations["placement.traits.show"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placement/usages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the usages of a project
         * @description Admin, service role, or a reader of the project. Sums the allocations of the project's (or the user's) instances and migrations; from 1.38 grouped by consumer type (Nova's consumers have none: unknown) with a consumer_count. Microversions 1.9 to latest.
         */
        get: operations["placement.usages.total"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The web console
         * @description No token: the page signs in with Keystone itself.
         */
        get: operations["sim.console"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sim/console/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of the web console's static files
         * @description No token. app.js and style.css.
         */
        get: operations["sim.console.file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sim/v1/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the simulated clock
         * @description Admin only.
         */
        get: operations["sim.clock.show"];
        put?: never;
        /**
         * Set the clock's mode, speed or time, or advance it
         * @description Admin only. mode real (default), speed (with speed), manual; set jumps to a time; advance (seconds or ISO 8601 duration) moves on, firing every step that falls due on the way in time order (boots, action steps, periodic tasks), and answers when they are done.
         */
        post: operations["sim.clock.update"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sim/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The simulator's events: poll with a cursor, or stream them
         * @description Admin only. Servers' builds and actions starting and ending, resets, restores, clock changes, faults fired, hosts down and up, in order. With `Accept: text/event-stream` the answer is a server-sent event stream (from `since`, or Last-Event-ID, then live); otherwise the events after `since`.
         */
        get: operations["sim.events.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sim/v1/faults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the fault rules, in order, with how often each fired
         * @description Admin only.
         */
        get: operations["sim.faults.list"];
        put?: never;
        /**
         * Add a state-machine fault rule (after the others: the first that matches wins)
         * @description Admin only. effect fail: the build or action fails into Nova's state (ERROR, or back where it was) with a fault {code, message, details}; hang: the server stays in its task state until the rule is deleted; delay: the step takes delay_ms (± jitter_ms) longer; no_valid_host, claim_conflict: the build fails as Nova's scheduler would.
         */
        post: operations["sim.faults.create"];
        /**
         * Delete every state-machine fault rule
         * @description Admin only. Hung servers go on.
         */
        delete: operations["sim.faults.clear"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sim/v1/faults/{fault_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete one fault rule
         * @description Admin only. The servers it hung go on.
         */
        delete: operations["sim.faults.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sim/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Is novasim ready
         * @description No token. 200 once migrations and seeding are done; 503 while starting or while a reset or restore runs.
         */
        get: operations["sim.health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sim/v1/hosts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the simulated hosts
         * @description Admin only.
         */
        get: operations["sim.hosts.list"];
        put?: never;
        /**
         * Add hosts (in bulk)
         * @description Admin only. Groups as in the topology file: {name?, count?, sizes…}; unset sizes take the settings'. 409 when a name is taken.
         */
        post: operations["sim.hosts.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sim/v1/hosts/{host_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a host
         * @description Admin only. 409 while it runs servers.
         */
        delete: operations["sim.hosts.delete"];
        options?: never;
        head?: never;
        /**
         * Change a host's inventory
         * @description Admin only. Sizes and allocation ratios; its resource provider's generation moves.
         */
        patch: operations["sim.hosts.update"];
        trace?: never;
    };
    "/sim/v1/hosts/{host_name}/down": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a host down
         * @description Admin only. Its nova-compute service stops reporting: `down` in os-services, the scheduler passes it by, and its servers can be evacuated.
         */
        post: operations["sim.hosts.down"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sim/v1/hosts/{host_name}/up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a host up again
         * @description Admin only. Its nova-compute service reports again.
         */
        post: operations["sim.hosts.up"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sim/v1/http-faults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the HTTP fault rules
         * @description Admin only.
         */
        get: operations["sim.http_faults.list"];
        put?: never;
        /**
         * Add an HTTP fault rule
         * @description Admin only. Requests to the OpenStack APIs (never /sim) that match wait latency_ms, then get status with that service's error body.
         */
        post: operations["sim.http_faults.create"];
        /**
         * Delete every HTTP fault rule
         * @description Admin only.
         */
        delete: operations["sim.http_faults.clear"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sim/v1/http-faults/{fault_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete one HTTP fault rule
         * @description Admin only.
         */
        delete: operations["sim.http_faults.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sim/v1/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The last API requests this process answered
         * @description Admin only. Oldest first; the journal's own reads and event streams are left out.
         */
        get: operations["sim.requests.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sim/v1/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset the whole cloud to the seeded state
         * @description Admin only. Every table back to what the seed wrote on first start; caches dropped on every replica. The caller's token stays valid unless keep_token is false. Requests arriving meanwhile wait.
         */
        post: operations["sim.reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sim/v1/scheduler/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the scheduler's recent decisions
         * @description Admin only. The last decisions this process made (a bounded ring), newest first: hosts in and out of each filter with reasons, weights, claim attempts.
         */
        get: operations["sim.scheduler.decisions.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sim/v1/scheduler/decisions/{decision_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show one scheduler decision
         * @description Admin only.
         */
        get: operations["sim.scheduler.decisions.show"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sim/v1/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List named snapshots
         * @description Admin only.
         */
        get: operations["sim.snapshots.list"];
        put?: never;
        /**
         * Save the whole cloud's state under a name
         * @description Admin only. 409 when the name is taken.
         */
        post: operations["sim.snapshots.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sim/v1/snapshots/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a snapshot
         * @description Admin only.
         */
        get: operations["sim.snapshots.show"];
        put?: never;
        post?: never;
        /**
         * Delete a snapshot
         * @description Admin only.
         */
        delete: operations["sim.snapshots.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sim/v1/snapshots/{name}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore the whole cloud to a snapshot
         * @description Admin only. As a reset, to the snapshot's state; the caller's token stays valid unless keep_token is false.
         */
        post: operations["sim.snapshots.restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Block Storage API versions */
        get: operations["volume.versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volume/v3": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show Block Storage API v3 */
        get: operations["volume.version.v3"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volume/v3/{project_id}/limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Absolute limits and usage of the caller's project */
        get: operations["volume.limits.show"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volume/v3/{project_id}/os-quota-sets/{target_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a project's volume quotas
         * @description `usage=true` gives {limit, in_use, reserved} per resource. Readers of the project or admins.
         */
        get: operations["volume.quota-sets.show"];
        /**
         * Set a project's volume quotas (admin)
         * @description 400 for an unknown resource, a limit below -1, or one below what the project uses.
         */
        put: operations["volume.quota-sets.update"];
        post?: never;
        /** Back to the default volume quotas (admin) */
        delete: operations["volume.quota-sets.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volume/v3/{project_id}/os-quota-sets/{target_id}/defaults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show the default volume quotas */
        get: operations["volume.quota-sets.defaults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volume/v3/{project_id}/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List snapshots */
        get: operations["volume.snapshots.list"];
        put?: never;
        /**
         * Snapshot a volume
         * @description 202, `creating` then `available`. An in-use volume needs `force` before 3.66.
         */
        post: operations["volume.snapshots.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volume/v3/{project_id}/snapshots/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List snapshots with details */
        get: operations["volume.snapshots.detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volume/v3/{project_id}/snapshots/{snapshot_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a snapshot */
        get: operations["volume.snapshots.show"];
        /** Rename or describe a snapshot */
        put: operations["volume.snapshots.update"];
        post?: never;
        /** Delete a snapshot */
        delete: operations["volume.snapshots.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volume/v3/{project_id}/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List volume types */
        get: operations["volume.types.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volume/v3/{project_id}/types/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show the default volume type */
        get: operations["volume.types.default"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volume/v3/{project_id}/types/{type_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a volume type (by id or name) */
        get: operations["volume.types.show"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volume/v3/{project_id}/volumes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List volumes (id, name, links)
         * @description The caller's project; `all_tenants=1` for admins. Filters `name`, `status`, `bootable`. `limit`/`marker` paging with `volumes_links`; `with_count` from 3.45.
         */
        get: operations["volume.volumes.list"];
        put?: never;
        /**
         * Create a volume
         * @description 202 with the volume in `creating`; it becomes `available` after NOVASIM_VOLUME_ACTION_TIME_MS. From a snapshot or another volume when `snapshot_id` or `source_volid` is given (the size defaults to theirs). 413 over the volumes or gigabytes quota.
         */
        post: operations["volume.volumes.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volume/v3/{project_id}/volumes/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List volumes with details */
        get: operations["volume.volumes.detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volume/v3/{project_id}/volumes/{volume_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a volume */
        get: operations["volume.volumes.show"];
        /** Update a volume's name, description or metadata */
        put: operations["volume.volumes.update"];
        post?: never;
        /**
         * Delete a volume
         * @description 202; the volume is `deleting`, then gone. 400 while it is attached, has snapshots (unless `cascade=true`) or is not available or in error.
         */
        delete: operations["volume.volumes.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volume/v3/{project_id}/volumes/{volume_id}/action": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a volume action
         * @description `os-extend` ({new_size}): an available volume, or from 3.42 an in-use one; 202.
         */
        post: operations["volume.volumes.action"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        SchedulerDecision: {
            id: string;
            instance_uuid: string;
            request_id: string | null;
            /** @description ISO 8601, UTC. */
            time: string;
            /** @enum {string} */
            outcome: "placed" | "no_valid_host";
            host: string | null;
            node: string | null;
            request: {
                vcpus: number;
                memory_mb: number;
                disk_gb: number;
                availability_zone: string | null;
                forced_host: string | null;
                group: string | null;
            };
            duration_ms: {
                refresh: number;
                select: number;
                claim: number;
                total: number;
            };
            hosts_considered: number;
            /** @description Hosts the filters saw: fewer than considered when filtering stopped with enough candidates (max_placement_results). */
            hosts_filtered: number;
            /** @description Left out before filtering (ignore_hosts, forced host). */
            excluded: {
                host: string;
                reason: string;
            }[];
            filters: {
                filter: string;
                hosts_before: number;
                hosts_after: number;
                rejected_count: number;
                /** @description A few of the hosts the filter removed, with the reason. */
                rejected: {
                    host: string;
                    reason: string;
                }[];
            }[];
            /** @description The best candidates after filtering, best first (the chosen one first), with each weigher's share. */
            weighed: {
                host: string;
                weight: number;
                weighers: {
                    [key: string]: number;
                };
            }[];
            /** @description Claims tried, in order. */
            attempts: {
                host: string;
                outcome: string;
            }[];
            chosen: string | null;
            /** @description The decision in one paragraph (what a NoValidHost fault's details say). */
            summary: string;
        };
        SchedulerDecisionInput: {
            id: string;
            instance_uuid: string;
            request_id: string | null;
            /** @description ISO 8601, UTC. */
            time: string;
            /** @enum {string} */
            outcome: "placed" | "no_valid_host";
            host: string | null;
            node: string | null;
            request: {
                vcpus: number;
                memory_mb: number;
                disk_gb: number;
                availability_zone: string | null;
                forced_host: string | null;
                group: string | null;
            };
            duration_ms: {
                refresh: number;
                select: number;
                claim: number;
                total: number;
            };
            hosts_considered: number;
            /** @description Hosts the filters saw: fewer than considered when filtering stopped with enough candidates (max_placement_results). */
            hosts_filtered: number;
            /** @description Left out before filtering (ignore_hosts, forced host). */
            excluded: {
                host: string;
                reason: string;
            }[];
            filters: {
                filter: string;
                hosts_before: number;
                hosts_after: number;
                rejected_count: number;
                /** @description A few of the hosts the filter removed, with the reason. */
                rejected: {
                    host: string;
                    reason: string;
                }[];
            }[];
            /** @description The best candidates after filtering, best first (the chosen one first), with each weigher's share. */
            weighed: {
                host: string;
                weight: number;
                weighers: {
                    [key: string]: number;
                };
            }[];
            /** @description Claims tried, in order. */
            attempts: {
                host: string;
                outcome: string;
            }[];
            chosen: string | null;
            /** @description The decision in one paragraph (what a NoValidHost fault's details say). */
            summary: string;
        };
        SimClock: {
            /** @enum {string} */
            mode: "real" | "speed" | "manual";
            /** @description Simulated seconds per real second (0 in manual mode). */
            speed: number;
            /** @description The simulated time, ISO 8601 UTC. */
            now: string;
        };
        SimClockInput: {
            /** @enum {string} */
            mode: "real" | "speed" | "manual";
            /** @description Simulated seconds per real second (0 in manual mode). */
            speed: number;
            /** @description The simulated time, ISO 8601 UTC. */
            now: string;
        };
        SimEvent: {
            id: number;
            time: string;
            type: string;
            data: {
                [key: string]: unknown;
            };
        };
        SimEventInput: {
            id: number;
            time: string;
            type: string;
            data: {
                [key: string]: unknown;
            };
        };
        SimFault: {
            id: number;
            match: {
                [key: string]: string;
            };
            effect: {
                [key: string]: string | number;
            };
            probability: number;
            count: number | null;
            /** @description How many times it has fired. */
            fired: number;
            /** @description Servers it holds in their task state until the rule is deleted. */
            hung: string[];
            created_at: string;
        };
        SimFaultInput: {
            id: number;
            match: {
                [key: string]: string;
            };
            effect: {
                [key: string]: string | number;
            };
            probability: number;
            count: number | null;
            /** @description How many times it has fired. */
            fired: number;
            /** @description Servers it holds in their task state until the rule is deleted. */
            hung: string[];
            created_at: string;
        };
        SimHealth: {
            /** @enum {string} */
            status: "starting" | "ready" | "resetting";
            version: string;
            /** @enum {string} */
            database: "sqlite" | "postgresql";
            /** @description Each OpenStack service novasim serves and its state (up, or the phase). */
            services: {
                [key: string]: string;
            };
            /** @description Simulated compute hosts, and those whose nova-compute is up. */
            hosts: {
                total: number;
                up: number;
            };
            uptime_seconds: number;
        };
        SimHealthInput: {
            /** @enum {string} */
            status: "starting" | "ready" | "resetting";
            version: string;
            /** @enum {string} */
            database: "sqlite" | "postgresql";
            /** @description Each OpenStack service novasim serves and its state (up, or the phase). */
            services: {
                [key: string]: string;
            };
            /** @description Simulated compute hosts, and those whose nova-compute is up. */
            hosts: {
                total: number;
                up: number;
            };
            uptime_seconds: number;
        };
        SimHost: {
            name: string;
            /** @enum {string} */
            state: "up" | "down";
            /** @enum {string} */
            status: "enabled" | "disabled";
            availability_zone: string;
            vcpus: number;
            ram_mb: number;
            disk_gb: number;
            cpu_allocation_ratio: number;
            ram_allocation_ratio: number;
            disk_allocation_ratio: number;
            reserved_host_memory_mb: number;
            instances: number;
        };
        SimHostInput: {
            name: string;
            /** @enum {string} */
            state: "up" | "down";
            /** @enum {string} */
            status: "enabled" | "disabled";
            availability_zone: string;
            vcpus: number;
            ram_mb: number;
            disk_gb: number;
            cpu_allocation_ratio: number;
            ram_allocation_ratio: number;
            disk_allocation_ratio: number;
            reserved_host_memory_mb: number;
            instances: number;
        };
        SimHttpFault: {
            id: number;
            match: {
                [key: string]: string;
            };
            effect: {
                [key: string]: string | number;
            };
            probability: number;
            count: number | null;
            fired: number;
            created_at: string;
        };
        SimHttpFaultInput: {
            id: number;
            match: {
                [key: string]: string;
            };
            effect: {
                [key: string]: string | number;
            };
            probability: number;
            count: number | null;
            fired: number;
            created_at: string;
        };
        SimRequest: {
            id: string;
            time: string;
            method: string;
            path: string;
            service: string;
            status: number;
            duration_ms: number;
            user_id: string | null;
            project_id: string | null;
        };
        SimRequestInput: {
            id: string;
            time: string;
            method: string;
            path: string;
            service: string;
            status: number;
            duration_ms: number;
            user_id: string | null;
            project_id: string | null;
        };
        SimSnapshot: {
            name: string;
            created_at: string;
            tables: number;
            rows: number;
        };
        SimSnapshotInput: {
            name: string;
            created_at: string;
            tables: number;
            rows: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "compute.versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        versions: {
                            id: string;
                            /** @enum {string} */
                            status: "CURRENT" | "SUPPORTED" | "DEPRECATED";
                            version: string;
                            min_version: string;
                            updated: string;
                            links: {
                                rel: string;
                                href: string;
                                type?: string;
                            }[];
                        }[];
                    };
                };
            };
        };
    };
    "compute.version.v2_0": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: {
                            id: string;
                            /** @enum {string} */
                            status: "CURRENT" | "SUPPORTED" | "DEPRECATED";
                            version: string;
                            min_version: string;
                            updated: string;
                            links: {
                                rel: string;
                                href: string;
                                type?: string;
                            }[];
                            "media-types": {
                                base: string;
                                type: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    "compute.version.v2_1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: {
                            id: string;
                            /** @enum {string} */
                            status: "CURRENT" | "SUPPORTED" | "DEPRECATED";
                            version: string;
                            min_version: string;
                            updated: string;
                            links: {
                                rel: string;
                                href: string;
                                type?: string;
                            }[];
                            "media-types": {
                                base: string;
                                type: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    "compute.extensions.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        extensions: {
                            alias: string;
                            description: string;
                            links: unknown[];
                            name: string;
                            namespace: string;
                            updated: string;
                        }[];
                    };
                };
            };
        };
    };
    "compute.extensions.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The extension's alias, e.g. os-aggregates. */
                alias: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        extension: {
                            alias: string;
                            description: string;
                            links: unknown[];
                            name: string;
                            namespace: string;
                            updated: string;
                        };
                    };
                };
            };
        };
    };
    "compute.flavors.list": {
        parameters: {
            query?: {
                limit?: (number | string) | (number | string)[];
                marker?: string | string[];
                is_public?: string | string[];
                minRam?: string | string[];
                minDisk?: string | string[];
                sort_key?: ("created_at" | "description" | "disabled" | "ephemeral_gb" | "flavorid" | "id" | "is_public" | "memory_mb" | "name" | "root_gb" | "rxtx_factor" | "swap" | "updated_at" | "vcpu_weight" | "vcpus") | ("created_at" | "description" | "disabled" | "ephemeral_gb" | "flavorid" | "id" | "is_public" | "memory_mb" | "name" | "root_gb" | "rxtx_factor" | "swap" | "updated_at" | "vcpu_weight" | "vcpus")[];
                sort_dir?: ("asc" | "desc") | ("asc" | "desc")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        flavors: {
                            id: string;
                            name: string;
                            links: {
                                rel: string;
                                href: string;
                            }[];
                            /** @description From 2.55. */
                            description?: string | null;
                        }[];
                        flavors_links?: {
                            rel: string;
                            href: string;
                        }[];
                    };
                };
            };
        };
    };
    "compute.flavors.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    flavor: {
                        name: string;
                        id?: string | number | null;
                        ram: number | string;
                        vcpus: number | string;
                        disk: number | string;
                        "OS-FLV-EXT-DATA:ephemeral"?: number | string;
                        swap?: number | string;
                        rxtx_factor?: number | string;
                        /** @enum {boolean|string} */
                        "os-flavor-access:is_public"?: true | "True" | "TRUE" | "true" | "1" | "ON" | "On" | "on" | "YES" | "Yes" | "yes" | false | "False" | "FALSE" | "false" | "0" | "OFF" | "Off" | "off" | "NO" | "No" | "no";
                        description?: string | null;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        flavor: {
                            id: string;
                            name: string;
                            ram: number;
                            disk: number;
                            /** @description "" when 0 before 2.75 */
                            swap: number | "";
                            "OS-FLV-EXT-DATA:ephemeral": number;
                            /** @description Until 2.101. */
                            "OS-FLV-DISABLED:disabled"?: boolean;
                            vcpus: number;
                            "os-flavor-access:is_public": boolean;
                            /** @description Until 2.101. */
                            rxtx_factor?: number | "";
                            links: {
                                rel: string;
                                href: string;
                            }[];
                            /** @description From 2.55. */
                            description?: string | null;
                            /** @description From 2.61, when the caller may read extra specs. */
                            extra_specs?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
    };
    "compute.flavors.detail": {
        parameters: {
            query?: {
                limit?: (number | string) | (number | string)[];
                marker?: string | string[];
                is_public?: string | string[];
                minRam?: string | string[];
                minDisk?: string | string[];
                sort_key?: ("created_at" | "description" | "disabled" | "ephemeral_gb" | "flavorid" | "id" | "is_public" | "memory_mb" | "name" | "root_gb" | "rxtx_factor" | "swap" | "updated_at" | "vcpu_weight" | "vcpus") | ("created_at" | "description" | "disabled" | "ephemeral_gb" | "flavorid" | "id" | "is_public" | "memory_mb" | "name" | "root_gb" | "rxtx_factor" | "swap" | "updated_at" | "vcpu_weight" | "vcpus")[];
                sort_dir?: ("asc" | "desc") | ("asc" | "desc")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        flavors: {
                            id: string;
                            name: string;
                            ram: number;
                            disk: number;
                            /** @description "" when 0 before 2.75 */
                            swap: number | "";
                            "OS-FLV-EXT-DATA:ephemeral": number;
                            /** @description Until 2.101. */
                            "OS-FLV-DISABLED:disabled"?: boolean;
                            vcpus: number;
                            "os-flavor-access:is_public": boolean;
                            /** @description Until 2.101. */
                            rxtx_factor?: number | "";
                            links: {
                                rel: string;
                                href: string;
                            }[];
                            /** @description From 2.55. */
                            description?: string | null;
                            /** @description From 2.61, when the caller may read extra specs. */
                            extra_specs?: {
                                [key: string]: string;
                            };
                        }[];
                        flavors_links?: {
                            rel: string;
                            href: string;
                        }[];
                    };
                };
            };
        };
    };
    "compute.flavors.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                flavor_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        flavor: {
                            id: string;
                            name: string;
                            ram: number;
                            disk: number;
                            /** @description "" when 0 before 2.75 */
                            swap: number | "";
                            "OS-FLV-EXT-DATA:ephemeral": number;
                            /** @description Until 2.101. */
                            "OS-FLV-DISABLED:disabled"?: boolean;
                            vcpus: number;
                            "os-flavor-access:is_public": boolean;
                            /** @description Until 2.101. */
                            rxtx_factor?: number | "";
                            links: {
                                rel: string;
                                href: string;
                            }[];
                            /** @description From 2.55. */
                            description?: string | null;
                            /** @description From 2.61, when the caller may read extra specs. */
                            extra_specs?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
    };
    "compute.flavors.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                flavor_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    flavor: {
                        description: string | null;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        flavor: {
                            id: string;
                            name: string;
                            ram: number;
                            disk: number;
                            /** @description "" when 0 before 2.75 */
                            swap: number | "";
                            "OS-FLV-EXT-DATA:ephemeral": number;
                            /** @description Until 2.101. */
                            "OS-FLV-DISABLED:disabled"?: boolean;
                            vcpus: number;
                            "os-flavor-access:is_public": boolean;
                            /** @description Until 2.101. */
                            rxtx_factor?: number | "";
                            links: {
                                rel: string;
                                href: string;
                            }[];
                            /** @description From 2.55. */
                            description?: string | null;
                            /** @description From 2.61, when the caller may read extra specs. */
                            extra_specs?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
    };
    "compute.flavors.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                flavor_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No body */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "compute.flavors.action": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                flavor_id: string;
            };
            cookie?: never;
        };
        /** @description Exactly one of addTenantAccess or removeTenantAccess. */
        requestBody: {
            content: {
                "application/json": {
                    addTenantAccess?: {
                        tenant: string;
                    };
                    removeTenantAccess?: {
                        tenant: string;
                    };
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        flavor_access: {
                            flavor_id: string;
                            tenant_id: string;
                        }[];
                    };
                };
            };
        };
    };
    "compute.flavors.extraSpecs.list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                flavor_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        extra_specs: {
                            [key: string]: string;
                        };
                    };
                };
            };
        };
    };
    "compute.flavors.extraSpecs.create": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                flavor_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    extra_specs: {
                        [key: string]: string | number;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        extra_specs: {
                            [key: string]: string | number;
                        };
                    };
                };
            };
        };
    };
    "compute.flavors.extraSpecs.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                flavor_id: string;
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string | number;
                    };
                };
            };
        };
    };
    "compute.flavors.extraSpecs.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                flavor_id: string;
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: string | number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string | number;
                    };
                };
            };
        };
    };
    "compute.flavors.extraSpecs.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                flavor_id: string;
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No body */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "compute.flavors.access.list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                flavor_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        flavor_access: {
                            flavor_id: string;
                            tenant_id: string;
                        }[];
                    };
                };
            };
        };
    };
    "compute.images.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        images: {
                            id: string;
                            name: string | null;
                            links: {
                                rel: string;
                                href: string;
                                type?: string;
                            }[];
                        }[];
                        images_links?: {
                            rel: string;
                            href: string;
                            type?: string;
                        }[];
                    };
                };
            };
        };
    };
    "compute.images.detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        images: {
                            id: string;
                            name: string | null;
                            minRam: number;
                            minDisk: number;
                            metadata: {
                                [key: string]: unknown;
                            };
                            created: string | null;
                            updated: string | null;
                            status: string;
                            progress: number;
                            "OS-EXT-IMG-SIZE:size": number;
                            links: {
                                rel: string;
                                href: string;
                                type?: string;
                            }[];
                            server?: {
                                id: string;
                                links: {
                                    rel: string;
                                    href: string;
                                    type?: string;
                                }[];
                            };
                            /** @enum {string} */
                            "OS-DCF:diskConfig"?: "AUTO" | "MANUAL";
                        }[];
                        images_links?: {
                            rel: string;
                            href: string;
                            type?: string;
                        }[];
                    };
                };
            };
        };
    };
    "compute.images.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                image_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        image: {
                            id: string;
                            name: string | null;
                            minRam: number;
                            minDisk: number;
                            metadata: {
                                [key: string]: unknown;
                            };
                            created: string | null;
                            updated: string | null;
                            status: string;
                            progress: number;
                            "OS-EXT-IMG-SIZE:size": number;
                            links: {
                                rel: string;
                                href: string;
                                type?: string;
                            }[];
                            server?: {
                                id: string;
                                links: {
                                    rel: string;
                                    href: string;
                                    type?: string;
                                }[];
                            };
                            /** @enum {string} */
                            "OS-DCF:diskConfig"?: "AUTO" | "MANUAL";
                        };
                    };
                };
            };
        };
    };
    "compute.images.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                image_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "compute.images.metadata.list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                image_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        metadata: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    "compute.images.metadata.replace": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                image_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Key/value metadata; keys 1-255 of [a-zA-Z0-9-_:. ], values up to 255 characters. */
                    metadata: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        metadata: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    "compute.images.metadata.create": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                image_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Key/value metadata; keys 1-255 of [a-zA-Z0-9-_:. ], values up to 255 characters. */
                    metadata: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        metadata: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    "compute.images.metadata.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                image_id: string;
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        meta: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    "compute.images.metadata.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                image_id: string;
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Key/value metadata; keys 1-255 of [a-zA-Z0-9-_:. ], values up to 255 characters. */
                    meta: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        meta: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    "compute.images.metadata.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                image_id: string;
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "compute.limits.show": {
        parameters: {
            query?: {
                /** @description Another project (admins). */
                tenant_id?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        limits: {
                            rate: unknown[];
                            absolute: {
                                maxImageMeta?: number;
                                maxPersonality?: number;
                                maxPersonalitySize?: number;
                                maxSecurityGroups?: number;
                                maxSecurityGroupRules?: number;
                                maxServerMeta?: number;
                                maxServerGroups?: number;
                                maxServerGroupMembers?: number;
                                maxTotalCores?: number;
                                maxTotalFloatingIps?: number;
                                maxTotalInstances?: number;
                                maxTotalKeypairs?: number;
                                maxTotalRAMSize?: number;
                                totalCoresUsed?: number;
                                totalFloatingIpsUsed?: number;
                                totalInstancesUsed?: number;
                                totalRAMUsed?: number;
                                totalSecurityGroupsUsed?: number;
                                totalServerGroupsUsed?: number;
                            };
                        };
                    };
                };
            };
        };
    };
    "compute.aggregates.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aggregates: {
                            availability_zone: string | null;
                            created_at: string;
                            deleted: boolean;
                            deleted_at: string | null;
                            id: number;
                            name: string;
                            updated_at: string | null;
                            /** @description From 2.41. */
                            uuid?: string;
                            hosts: string[];
                            metadata: {
                                [key: string]: string;
                            };
                        }[];
                    };
                };
            };
        };
    };
    "compute.aggregates.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    aggregate: {
                        name: string;
                        availability_zone?: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aggregate: {
                            availability_zone: string | null;
                            created_at: string;
                            deleted: boolean;
                            deleted_at: string | null;
                            id: number;
                            name: string;
                            updated_at: string | null;
                            /** @description From 2.41. */
                            uuid?: string;
                        };
                    };
                };
            };
        };
    };
    "compute.aggregates.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The aggregate's integer id. */
                aggregate_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aggregate: {
                            availability_zone: string | null;
                            created_at: string;
                            deleted: boolean;
                            deleted_at: string | null;
                            id: number;
                            name: string;
                            updated_at: string | null;
                            /** @description From 2.41. */
                            uuid?: string;
                            hosts: string[];
                            metadata: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
    };
    "compute.aggregates.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The aggregate's integer id. */
                aggregate_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    aggregate: {
                        name?: string;
                        availability_zone?: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aggregate: {
                            availability_zone: string | null;
                            created_at: string;
                            deleted: boolean;
                            deleted_at: string | null;
                            id: number;
                            name: string;
                            updated_at: string | null;
                            /** @description From 2.41. */
                            uuid?: string;
                            hosts: string[];
                            metadata: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
    };
    "compute.aggregates.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The aggregate's integer id. */
                aggregate_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No body */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "compute.aggregates.action": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The aggregate's integer id. */
                aggregate_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    add_host: {
                        host: string;
                    };
                } | {
                    remove_host: {
                        host: string;
                    };
                } | {
                    set_metadata: {
                        metadata: {
                            [key: string]: string | null;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aggregate: {
                            availability_zone: string | null;
                            created_at: string;
                            deleted: boolean;
                            deleted_at: string | null;
                            id: number;
                            name: string;
                            updated_at: string | null;
                            /** @description From 2.41. */
                            uuid?: string;
                            hosts: string[];
                            metadata: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
    };
    "compute.aggregates.images": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The aggregate's integer id. */
                aggregate_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cache: {
                        id: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description No body */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "compute.availability_zones.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        availabilityZoneInfo: {
                            zoneName: string;
                            zoneState: {
                                available: boolean;
                            };
                            /** @description null in the list; host → binary → state in the detail. */
                            hosts: {
                                [key: string]: {
                                    [key: string]: {
                                        available: boolean;
                                        active: boolean;
                                        updated_at: string | null;
                                    };
                                };
                            } | null;
                        }[];
                    };
                };
            };
        };
    };
    "compute.availability_zones.detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        availabilityZoneInfo: {
                            zoneName: string;
                            zoneState: {
                                available: boolean;
                            };
                            /** @description null in the list; host → binary → state in the detail. */
                            hosts: {
                                [key: string]: {
                                    [key: string]: {
                                        available: boolean;
                                        active: boolean;
                                        updated_at: string | null;
                                    };
                                };
                            } | null;
                        }[];
                    };
                };
            };
        };
    };
    "compute.os_floating_ip_pools.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        floating_ip_pools: {
                            name: string;
                        }[];
                    };
                };
            };
        };
    };
    "compute.os_floating_ips.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        floating_ips: {
                            fixed_ip: string | null;
                            id: string;
                            instance_id: string | null;
                            ip: string;
                            pool: string;
                        }[];
                    };
                };
            };
        };
    };
    "compute.os_floating_ips.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": ({
                    pool?: string | null;
                } & {
                    [key: string]: unknown;
                }) | null;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        floating_ip: {
                            fixed_ip: string | null;
                            id: string;
                            instance_id: string | null;
                            ip: string;
                            pool: string;
                        };
                    };
                };
            };
        };
    };
    "compute.os_floating_ips.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        floating_ip: {
                            fixed_ip: string | null;
                            id: string;
                            instance_id: string | null;
                            ip: string;
                            pool: string;
                        };
                    };
                };
            };
        };
    };
    "compute.os_floating_ips.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "compute.hosts.list": {
        parameters: {
            query?: {
                /** @description Only the services in this availability zone. */
                zone?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        hosts: {
                            host_name: string;
                            service: string;
                            zone: string;
                        }[];
                    };
                };
            };
        };
    };
    "compute.hosts.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The host's name. */
                host_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        host: {
                            resource: {
                                host: string;
                                project: string;
                                cpu: number;
                                memory_mb: number;
                                disk_gb: number;
                            };
                        }[];
                    };
                };
            };
        };
    };
    "compute.hosts.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The host's name. */
                host_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status?: "enable" | "disable" | "Enable" | "Disable" | "ENABLE" | "DISABLE";
                    /** @enum {string} */
                    maintenance_mode?: "enable" | "disable" | "Enable" | "Disable" | "ENABLE" | "DISABLE";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        host: string;
                        /** @enum {string} */
                        status?: "enabled" | "disabled";
                        /** @enum {string} */
                        maintenance_mode?: "on_maintenance" | "off_maintenance";
                    };
                };
            };
        };
    };
    "compute.hosts.reboot": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The host's name. */
                host_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        host: string;
                        power_action: string;
                    };
                };
            };
        };
    };
    "compute.hosts.shutdown": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The host's name. */
                host_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        host: string;
                        power_action: string;
                    };
                };
            };
        };
    };
    "compute.hosts.startup": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The host's name. */
                host_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        host: string;
                        power_action: string;
                    };
                };
            };
        };
    };
    "compute.hypervisors.list": {
        parameters: {
            query?: {
                /** @description Page size (2.33+). */
                limit?: string;
                /** @description Id of the last hypervisor of the previous page (2.33+; a UUID from 2.53). */
                marker?: string;
                /** @description Substring of the hypervisor hostname (2.53+). */
                hypervisor_hostname_pattern?: string;
                /** @description Include the servers on each hypervisor (2.53+). */
                with_servers?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        hypervisors: {
                            id: number | string;
                            hypervisor_hostname: string;
                            /** @enum {string} */
                            state: "up" | "down";
                            /** @enum {string} */
                            status: "enabled" | "disabled";
                            uptime?: string | null;
                            servers?: {
                                name: string;
                                uuid: string;
                            }[];
                        }[];
                        hypervisors_links?: {
                            rel: string;
                            href: string;
                        }[];
                    };
                };
            };
        };
    };
    "compute.hypervisors.detail": {
        parameters: {
            query?: {
                /** @description Page size (2.33+). */
                limit?: string;
                /** @description Id of the last hypervisor of the previous page (2.33+; a UUID from 2.53). */
                marker?: string;
                /** @description Substring of the hypervisor hostname (2.53+). */
                hypervisor_hostname_pattern?: string;
                /** @description Include the servers on each hypervisor (2.53+). */
                with_servers?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        hypervisors: {
                            id: number | string;
                            hypervisor_hostname: string;
                            /** @enum {string} */
                            state: "up" | "down";
                            /** @enum {string} */
                            status: "enabled" | "disabled";
                            hypervisor_type: string;
                            hypervisor_version: number;
                            host_ip: string | null;
                            service: {
                                id: number | string;
                                host: string;
                                disabled_reason: string | null;
                            };
                            vcpus?: number;
                            memory_mb?: number;
                            local_gb?: number;
                            vcpus_used?: number;
                            memory_mb_used?: number;
                            local_gb_used?: number;
                            free_ram_mb?: number;
                            free_disk_gb?: number;
                            current_workload?: number;
                            running_vms?: number;
                            disk_available_least?: number | null;
                            /** @description A JSON string before 2.28, an object from 2.28. */
                            cpu_info?: string | {
                                [key: string]: unknown;
                            };
                            uptime?: string | null;
                            servers?: {
                                name: string;
                                uuid: string;
                            }[];
                        }[];
                        hypervisors_links?: {
                            rel: string;
                            href: string;
                        }[];
                    };
                };
            };
        };
    };
    "compute.hypervisors.statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        hypervisor_statistics: {
                            count: number;
                            vcpus: number;
                            memory_mb: number;
                            local_gb: number;
                            vcpus_used: number;
                            memory_mb_used: number;
                            local_gb_used: number;
                            free_ram_mb: number;
                            free_disk_gb: number;
                            current_workload: number;
                            running_vms: number;
                            disk_available_least: number;
                        };
                    };
                };
            };
        };
    };
    "compute.hypervisors.show": {
        parameters: {
            query?: {
                /** @description Include the servers on the hypervisor (2.53+). */
                with_servers?: string;
            };
            header?: never;
            path: {
                /** @description Integer id before 2.53, UUID from 2.53. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        hypervisor: {
                            id: number | string;
                            hypervisor_hostname: string;
                            /** @enum {string} */
                            state: "up" | "down";
                            /** @enum {string} */
                            status: "enabled" | "disabled";
                            hypervisor_type: string;
                            hypervisor_version: number;
                            host_ip: string | null;
                            service: {
                                id: number | string;
                                host: string;
                                disabled_reason: string | null;
                            };
                            vcpus?: number;
                            memory_mb?: number;
                            local_gb?: number;
                            vcpus_used?: number;
                            memory_mb_used?: number;
                            local_gb_used?: number;
                            free_ram_mb?: number;
                            free_disk_gb?: number;
                            current_workload?: number;
                            running_vms?: number;
                            disk_available_least?: number | null;
                            /** @description A JSON string before 2.28, an object from 2.28. */
                            cpu_info?: string | {
                                [key: string]: unknown;
                            };
                            uptime?: string | null;
                            servers?: {
                                name: string;
                                uuid: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    "compute.hypervisors.uptime": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integer id before 2.53, UUID from 2.53. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        hypervisor: {
                            id: number | string;
                            hypervisor_hostname: string;
                            /** @enum {string} */
                            state: "up" | "down";
                            /** @enum {string} */
                            status: "enabled" | "disabled";
                            uptime?: string | null;
                            servers?: {
                                name: string;
                                uuid: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    "compute.hypervisors.search": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Substring of the hypervisor hostname. */
                pattern: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        hypervisors: {
                            id: number | string;
                            hypervisor_hostname: string;
                            /** @enum {string} */
                            state: "up" | "down";
                            /** @enum {string} */
                            status: "enabled" | "disabled";
                            uptime?: string | null;
                            servers?: {
                                name: string;
                                uuid: string;
                            }[];
                        }[];
                        hypervisors_links?: {
                            rel: string;
                            href: string;
                        }[];
                    };
                };
            };
        };
    };
    "compute.hypervisors.servers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Substring of the hypervisor hostname. */
                pattern: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        hypervisors: {
                            id: number | string;
                            hypervisor_hostname: string;
                            /** @enum {string} */
                            state: "up" | "down";
                            /** @enum {string} */
                            status: "enabled" | "disabled";
                            uptime?: string | null;
                            servers?: {
                                name: string;
                                uuid: string;
                            }[];
                        }[];
                        hypervisors_links?: {
                            rel: string;
                            href: string;
                        }[];
                    };
                };
            };
        };
    };
    "compute.instance_usage_audit_log.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        instance_usage_audit_logs: {
                            period_beginning: string;
                            period_ending: string;
                            num_hosts: number;
                            num_hosts_done: number;
                            num_hosts_running: number;
                            num_hosts_not_run: number;
                            hosts_not_run: string[];
                            total_instances: number;
                            total_errors: number;
                            overall_status: string;
                            log: {
                                [key: string]: {
                                    /** @enum {string} */
                                    state: "RUNNING" | "DONE";
                                    instances: number;
                                    errors: number;
                                    message: string;
                                };
                            };
                        };
                    };
                };
            };
        };
    };
    "compute.instance_usage_audit_log.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UTC time, "YYYY-MM-DD hh:mm:ss[.ffffff]": the audit period completed most recently before it. */
                before_timestamp: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        instance_usage_audit_log: {
                            period_beginning: string;
                            period_ending: string;
                            num_hosts: number;
                            num_hosts_done: number;
                            num_hosts_running: number;
                            num_hosts_not_run: number;
                            hosts_not_run: string[];
                            total_instances: number;
                            total_errors: number;
                            overall_status: string;
                            log: {
                                [key: string]: {
                                    /** @enum {string} */
                                    state: "RUNNING" | "DONE";
                                    instances: number;
                                    errors: number;
                                    message: string;
                                };
                            };
                        };
                    };
                };
            };
        };
    };
    "compute.keypairs.list": {
        parameters: {
            query?: {
                /** @description Another user's key pairs (admins, 2.10+). */
                user_id?: unknown;
                /** @description Page size (2.35+). */
                limit?: unknown;
                /** @description Name of the last key pair seen (2.35+). */
                marker?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        keypairs: {
                            keypair: {
                                name: string;
                                public_key: string;
                                fingerprint: string;
                                /**
                                 * @description 2.2+
                                 * @enum {string}
                                 */
                                type?: "ssh" | "x509";
                            };
                        }[];
                        /** @description 2.35+ */
                        keypairs_links?: {
                            rel: string;
                            href: string;
                        }[];
                    };
                };
            };
        };
    };
    "compute.keypairs.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    keypair: {
                        /** @description 1-255 of [a-zA-Z0-9 _-] (2.92+: also @ and .) */
                        name: unknown;
                        /** @description Import this public key; required from 2.92 (no generation). */
                        public_key?: unknown;
                        /** @description ssh or x509 (2.2+) */
                        type?: unknown;
                        /** @description Owner, for admins (2.10+) */
                        user_id?: unknown;
                    } & {
                        [key: string]: unknown;
                    };
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        keypair: {
                            name: string;
                            public_key: string;
                            fingerprint: string;
                            user_id: string;
                            /** @description Only for a generated key pair (before 2.92). */
                            private_key?: string;
                            /**
                             * @description 2.2+
                             * @enum {string}
                             */
                            type?: "ssh" | "x509";
                        };
                    };
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        keypair: {
                            name: string;
                            public_key: string;
                            fingerprint: string;
                            user_id: string;
                            /** @description Only for a generated key pair (before 2.92). */
                            private_key?: string;
                            /**
                             * @description 2.2+
                             * @enum {string}
                             */
                            type?: "ssh" | "x509";
                        };
                    };
                };
            };
        };
    };
    "compute.keypairs.show": {
        parameters: {
            query?: {
                /** @description Another user's key pair (admins, 2.10+). */
                user_id?: unknown;
            };
            header?: never;
            path: {
                keypair_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        keypair: {
                            name: string;
                            public_key: string;
                            fingerprint: string;
                            user_id: string;
                            created_at: string;
                            deleted: boolean;
                            deleted_at: null;
                            updated_at: null;
                            id: number;
                            /**
                             * @description 2.2+
                             * @enum {string}
                             */
                            type?: "ssh" | "x509";
                        };
                    };
                };
            };
        };
    };
    "compute.keypairs.delete": {
        parameters: {
            query?: {
                /** @description Another user's key pair (admins, 2.10+). */
                user_id?: unknown;
            };
            header?: never;
            path: {
                keypair_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No body */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "compute.migrations.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        migrations: {
                            created_at: string;
                            dest_compute: string | null;
                            dest_host: string | null;
                            dest_node: string | null;
                            id: number;
                            instance_uuid: string;
                            new_instance_type_id: number | null;
                            old_instance_type_id: number | null;
                            source_compute: string | null;
                            source_node: string | null;
                            status: string;
                            updated_at: string | null;
                            /** @description 2.23 */
                            migration_type?: string;
                            /** @description 2.23, in-progress live migrations */
                            links?: {
                                rel: string;
                                href: string;
                            }[];
                            /** @description 2.59 */
                            uuid?: string;
                            /** @description 2.80 */
                            user_id?: string;
                            /** @description 2.80 */
                            project_id?: string;
                        }[];
                        migrations_links?: {
                            rel: string;
                            href: string;
                        }[];
                    };
                };
            };
        };
    };
    "compute.os_networks.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        networks: {
                            id: string;
                            cidr: null;
                            netmask: null;
                            gateway: null;
                            broadcast: null;
                            dns1: null;
                            dns2: null;
                            cidr_v6: null;
                            gateway_v6: null;
                            label: string;
                            netmask_v6: null;
                            created_at?: null;
                            updated_at?: null;
                            deleted_at?: null;
                            deleted?: null;
                            injected?: null;
                            bridge?: null;
                            vlan?: null;
                            vpn_public_address?: null;
                            vpn_public_port?: null;
                            vpn_private_address?: null;
                            dhcp_start?: null;
                            project_id?: null;
                            host?: null;
                            bridge_interface?: null;
                            multi_host?: null;
                            priority?: null;
                            rxtx_base?: null;
                            mtu?: null;
                            dhcp_server?: null;
                            enable_dhcp?: null;
                            share_address?: null;
                        }[];
                    };
                };
            };
        };
    };
    "compute.os_networks.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Gone */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        computeFault: {
                            /** @enum {number} */
                            code: 410;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "compute.os_networks.add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Gone */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        computeFault: {
                            /** @enum {number} */
                            code: 410;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "compute.os_networks.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        network: {
                            id: string;
                            cidr: null;
                            netmask: null;
                            gateway: null;
                            broadcast: null;
                            dns1: null;
                            dns2: null;
                            cidr_v6: null;
                            gateway_v6: null;
                            label: string;
                            netmask_v6: null;
                            created_at?: null;
                            updated_at?: null;
                            deleted_at?: null;
                            deleted?: null;
                            injected?: null;
                            bridge?: null;
                            vlan?: null;
                            vpn_public_address?: null;
                            vpn_public_port?: null;
                            vpn_private_address?: null;
                            dhcp_start?: null;
                            project_id?: null;
                            host?: null;
                            bridge_interface?: null;
                            multi_host?: null;
                            priority?: null;
                            rxtx_base?: null;
                            mtu?: null;
                            dhcp_server?: null;
                            enable_dhcp?: null;
                            share_address?: null;
                        };
                    };
                };
            };
        };
    };
    "compute.os_networks.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Gone */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        computeFault: {
                            /** @enum {number} */
                            code: 410;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "compute.os_networks.action": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Gone */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        computeFault: {
                            /** @enum {number} */
                            code: 410;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "compute.quota-class-sets.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        quota_class_set: {
                            id: string;
                            cores?: number;
                            fixed_ips?: number;
                            floating_ips?: number;
                            injected_file_content_bytes?: number;
                            injected_file_path_bytes?: number;
                            injected_files?: number;
                            instances?: number;
                            key_pairs?: number;
                            metadata_items?: number;
                            ram?: number;
                            security_group_rules?: number;
                            security_groups?: number;
                            server_group_members?: number;
                            server_groups?: number;
                        };
                    };
                };
            };
        };
    };
    "compute.quota-class-sets.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    quota_class_set: {
                        cores?: unknown;
                        fixed_ips?: unknown;
                        floating_ips?: unknown;
                        injected_file_content_bytes?: unknown;
                        injected_file_path_bytes?: unknown;
                        injected_files?: unknown;
                        instances?: unknown;
                        key_pairs?: unknown;
                        metadata_items?: unknown;
                        ram?: unknown;
                        security_group_rules?: unknown;
                        security_groups?: unknown;
                        server_group_members?: unknown;
                        server_groups?: unknown;
                    } & {
                        [key: string]: unknown;
                    };
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        quota_class_set: {
                            cores?: number;
                            fixed_ips?: number;
                            floating_ips?: number;
                            injected_file_content_bytes?: number;
                            injected_file_path_bytes?: number;
                            injected_files?: number;
                            instances?: number;
                            key_pairs?: number;
                            metadata_items?: number;
                            ram?: number;
                            security_group_rules?: number;
                            security_groups?: number;
                            server_group_members?: number;
                            server_groups?: number;
                        };
                    };
                };
            };
        };
    };
    "compute.quota-sets.show": {
        parameters: {
            query?: {
                /** @description A user of the project (per-user quotas). */
                user_id?: unknown;
            };
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        quota_set: {
                            id: string;
                            cores?: number;
                            fixed_ips?: number;
                            floating_ips?: number;
                            injected_file_content_bytes?: number;
                            injected_file_path_bytes?: number;
                            injected_files?: number;
                            instances?: number;
                            key_pairs?: number;
                            metadata_items?: number;
                            ram?: number;
                            security_group_rules?: number;
                            security_groups?: number;
                            server_group_members?: number;
                            server_groups?: number;
                        };
                    };
                };
            };
        };
    };
    "compute.quota-sets.update": {
        parameters: {
            query?: {
                /** @description A user of the project (per-user quotas). */
                user_id?: unknown;
            };
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    quota_set: {
                        cores?: unknown;
                        fixed_ips?: unknown;
                        floating_ips?: unknown;
                        injected_file_content_bytes?: unknown;
                        injected_file_path_bytes?: unknown;
                        injected_files?: unknown;
                        instances?: unknown;
                        key_pairs?: unknown;
                        metadata_items?: unknown;
                        ram?: unknown;
                        security_group_rules?: unknown;
                        security_groups?: unknown;
                        server_group_members?: unknown;
                        server_groups?: unknown;
                        /** @description Skip the usage check. */
                        force?: unknown;
                    } & {
                        [key: string]: unknown;
                    };
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        quota_set: {
                            cores?: number;
                            fixed_ips?: number;
                            floating_ips?: number;
                            injected_file_content_bytes?: number;
                            injected_file_path_bytes?: number;
                            injected_files?: number;
                            instances?: number;
                            key_pairs?: number;
                            metadata_items?: number;
                            ram?: number;
                            security_group_rules?: number;
                            security_groups?: number;
                            server_group_members?: number;
                            server_groups?: number;
                        };
                    };
                };
            };
        };
    };
    "compute.quota-sets.delete": {
        parameters: {
            query?: {
                /** @description A user of the project (per-user quotas). */
                user_id?: unknown;
            };
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No body */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "compute.quota-sets.defaults": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        quota_set: {
                            id: string;
                            cores?: number;
                            fixed_ips?: number;
                            floating_ips?: number;
                            injected_file_content_bytes?: number;
                            injected_file_path_bytes?: number;
                            injected_files?: number;
                            instances?: number;
                            key_pairs?: number;
                            metadata_items?: number;
                            ram?: number;
                            security_group_rules?: number;
                            security_groups?: number;
                            server_group_members?: number;
                            server_groups?: number;
                        };
                    };
                };
            };
        };
    };
    "compute.quota-sets.detail": {
        parameters: {
            query?: {
                /** @description A user of the project (per-user quotas). */
                user_id?: unknown;
            };
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        quota_set: {
                            id: string;
                            cores?: {
                                in_use: number;
                                limit: number;
                                reserved: number;
                            };
                            fixed_ips?: {
                                in_use: number;
                                limit: number;
                                reserved: number;
                            };
                            floating_ips?: {
                                in_use: number;
                                limit: number;
                                reserved: number;
                            };
                            injected_file_content_bytes?: {
                                in_use: number;
                                limit: number;
                                reserved: number;
                            };
                            injected_file_path_bytes?: {
                                in_use: number;
                                limit: number;
                                reserved: number;
                            };
                            injected_files?: {
                                in_use: number;
                                limit: number;
                                reserved: number;
                            };
                            instances?: {
                                in_use: number;
                                limit: number;
                                reserved: number;
                            };
                            key_pairs?: {
                                in_use: number;
                                limit: number;
                                reserved: number;
                            };
                            metadata_items?: {
                                in_use: number;
                                limit: number;
                                reserved: number;
                            };
                            ram?: {
                                in_use: number;
                                limit: number;
                                reserved: number;
                            };
                            security_group_rules?: {
                                in_use: number;
                                limit: number;
                                reserved: number;
                            };
                            security_groups?: {
                                in_use: number;
                                limit: number;
                                reserved: number;
                            };
                            server_group_members?: {
                                in_use: number;
                                limit: number;
                                reserved: number;
                            };
                            server_groups?: {
                                in_use: number;
                                limit: number;
                                reserved: number;
                            };
                        };
                    };
                };
            };
        };
    };
    "compute.os_security_group_rules.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    security_group_rule: {
                        group_id?: string | null;
                        parent_group_id: string;
                        to_port?: unknown;
                        from_port?: unknown;
                        ip_protocol?: unknown;
                        cidr?: unknown;
                    } & {
                        [key: string]: unknown;
                    };
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        security_group_rule: {
                            id: string;
                            parent_group_id: string;
                            ip_protocol: string | null;
                            from_port: number | null;
                            to_port: number | null;
                            group: {
                                name?: string;
                                tenant_id?: string;
                            };
                            ip_range: {
                                cidr?: string;
                            };
                        };
                    };
                };
            };
        };
    };
    "compute.os_security_group_rules.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "compute.os_security_groups.list": {
        parameters: {
            query?: {
                limit?: string;
                offset?: string;
                all_tenants?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        security_groups: {
                            id: string;
                            name: string;
                            description: string | null;
                            tenant_id: string;
                            rules: {
                                id: string;
                                parent_group_id: string;
                                ip_protocol: string | null;
                                from_port: number | null;
                                to_port: number | null;
                                group: {
                                    name?: string;
                                    tenant_id?: string;
                                };
                                ip_range: {
                                    cidr?: string;
                                };
                            }[];
                        }[];
                    };
                };
            };
        };
    };
    "compute.os_security_groups.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    security_group: {
                        name: string;
                        description: string;
                    } & {
                        [key: string]: unknown;
                    };
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        security_group: {
                            id: string;
                            name: string;
                            description: string | null;
                            tenant_id: string;
                            rules: {
                                id: string;
                                parent_group_id: string;
                                ip_protocol: string | null;
                                from_port: number | null;
                                to_port: number | null;
                                group: {
                                    name?: string;
                                    tenant_id?: string;
                                };
                                ip_range: {
                                    cidr?: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
    };
    "compute.os_security_groups.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        security_group: {
                            id: string;
                            name: string;
                            description: string | null;
                            tenant_id: string;
                            rules: {
                                id: string;
                                parent_group_id: string;
                                ip_protocol: string | null;
                                from_port: number | null;
                                to_port: number | null;
                                group: {
                                    name?: string;
                                    tenant_id?: string;
                                };
                                ip_range: {
                                    cidr?: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
    };
    "compute.os_security_groups.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    security_group: {
                        name: string;
                        description: string;
                    } & {
                        [key: string]: unknown;
                    };
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        security_group: {
                            id: string;
                            name: string;
                            description: string | null;
                            tenant_id: string;
                            rules: {
                                id: string;
                                parent_group_id: string;
                                ip_protocol: string | null;
                                from_port: number | null;
                                to_port: number | null;
                                group: {
                                    name?: string;
                                    tenant_id?: string;
                                };
                                ip_range: {
                                    cidr?: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
    };
    "compute.os_security_groups.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "compute.server_external_events.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Events {name, server_uuid, status?, tag?}; names: network-changed, network-vif-plugged, network-vif-unplugged, network-vif-deleted, volume-extended (2.51+), power-update (2.76+), accelerator-request-bound (2.82+), volume-reimaged (2.93+) */
                    events: unknown;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        events: {
                            name: string;
                            server_uuid: string;
                            /** @enum {string} */
                            status: "failed" | "completed" | "in-progress";
                            tag?: string;
                            code: 200 | 400 | 404 | 422;
                        }[];
                    };
                };
            };
            /** @description Multi-Status */
            207: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        events: {
                            name: string;
                            server_uuid: string;
                            /** @enum {string} */
                            status: "failed" | "completed" | "in-progress";
                            tag?: string;
                            code: 200 | 400 | 404 | 422;
                        }[];
                    };
                };
            };
        };
    };
    "compute.server_groups.list": {
        parameters: {
            query?: {
                /** @description Every project's groups (admins). */
                all_projects?: unknown;
                /** @description At most this many groups (capped at 1000). */
                limit?: unknown;
                /** @description Skip this many groups. */
                offset?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        server_groups: {
                            id: string;
                            name: string;
                            /** @description Before 2.64 */
                            policies?: string[];
                            /** @description 2.64+ */
                            policy?: string;
                            /** @description 2.64+ */
                            rules?: {
                                max_server_per_host?: number;
                            };
                            /** @description Before 2.64: always empty */
                            metadata?: Record<string, never>;
                            members: string[];
                            /** @description 2.13+ */
                            project_id?: string;
                            /** @description 2.13+ */
                            user_id?: string;
                        }[];
                    };
                };
            };
        };
    };
    "compute.server_groups.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    server_group: {
                        /** @description 1-255 printable characters, no leading or trailing whitespace. */
                        name: unknown;
                        /** @description Before 2.64: a list of one policy: affinity or anti-affinity (2.15+: also soft-affinity, soft-anti-affinity). */
                        policies?: unknown;
                        /** @description 2.64+: affinity, anti-affinity, soft-affinity or soft-anti-affinity. */
                        policy?: unknown;
                        /** @description 2.64+: {max_server_per_host: n}, for anti-affinity only. */
                        rules?: unknown;
                    } & {
                        [key: string]: unknown;
                    };
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        server_group: {
                            id: string;
                            name: string;
                            /** @description Before 2.64 */
                            policies?: string[];
                            /** @description 2.64+ */
                            policy?: string;
                            /** @description 2.64+ */
                            rules?: {
                                max_server_per_host?: number;
                            };
                            /** @description Before 2.64: always empty */
                            metadata?: Record<string, never>;
                            members: string[];
                            /** @description 2.13+ */
                            project_id?: string;
                            /** @description 2.13+ */
                            user_id?: string;
                        };
                    };
                };
            };
        };
    };
    "compute.server_groups.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_group_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        server_group: {
                            id: string;
                            name: string;
                            /** @description Before 2.64 */
                            policies?: string[];
                            /** @description 2.64+ */
                            policy?: string;
                            /** @description 2.64+ */
                            rules?: {
                                max_server_per_host?: number;
                            };
                            /** @description Before 2.64: always empty */
                            metadata?: Record<string, never>;
                            members: string[];
                            /** @description 2.13+ */
                            project_id?: string;
                            /** @description 2.13+ */
                            user_id?: string;
                        };
                    };
                };
            };
        };
    };
    "compute.server_groups.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_group_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "compute.services.list": {
        parameters: {
            query?: {
                /** @description Only the services of this host. */
                host?: string;
                /** @description Only the services with this binary, e.g. nova-compute. */
                binary?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        services: {
                            binary: string;
                            host: string;
                            /** @description Integer before 2.53, UUID from 2.53. */
                            id: number | string;
                            zone: string;
                            /** @enum {string} */
                            status: "enabled" | "disabled";
                            /** @enum {string} */
                            state: "up" | "down";
                            updated_at: string | null;
                            disabled_reason: string | null;
                            /** @description From 2.11. */
                            forced_down?: boolean;
                        }[];
                    };
                };
            };
        };
    };
    "compute.services.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Before 2.53 the action (enable, disable, disable-log-reason, force-down) for PUT and the integer id for DELETE; from 2.53 the service's UUID. */
                service_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Before 2.53: the service's host. */
                    host?: unknown;
                    /** @description Before 2.53: the service's binary (only nova-compute can change). */
                    binary?: unknown;
                    /** @description Why the service is disabled (disable-log-reason; from 2.53 with status disabled). */
                    disabled_reason?: unknown;
                    /** @description force-down (2.11-2.52), or from 2.53. */
                    forced_down?: unknown;
                    /** @description From 2.53: enabled or disabled. */
                    status?: unknown;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        service: {
                            binary: string;
                            host: string;
                            /** @description Integer before 2.53, UUID from 2.53. */
                            id: number | string;
                            zone: string;
                            /** @enum {string} */
                            status: "enabled" | "disabled";
                            /** @enum {string} */
                            state: "up" | "down";
                            updated_at: string | null;
                            disabled_reason: string | null;
                            /** @description From 2.11. */
                            forced_down?: boolean;
                        };
                    } | {
                        service: {
                            host: string;
                            binary: string;
                            /** @enum {string} */
                            status?: "enabled" | "disabled";
                            disabled_reason?: string;
                            forced_down?: boolean;
                        };
                    };
                };
            };
        };
    };
    "compute.services.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Before 2.53 the action (enable, disable, disable-log-reason, force-down) for PUT and the integer id for DELETE; from 2.53 the service's UUID. */
                service_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "compute.simple_tenant_usage.list": {
        parameters: {
            query?: {
                /** @description Period start, %Y-%m-%dT%H:%M:%S[.%f] or %Y-%m-%d %H:%M:%S.%f, UTC (default: now). */
                start?: unknown;
                /** @description Period end, same formats (default: now; later than now counts as now). */
                end?: unknown;
                /** @description Most instances to count (2.40+). */
                limit?: unknown;
                /** @description Last instance id of the previous page (2.40+). */
                marker?: unknown;
                /** @description 1: include server_usages. */
                detailed?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenant_usages: {
                            tenant_id: string;
                            /** @description With detailed=1 (always on show) */
                            server_usages?: {
                                instance_id: string;
                                name: string;
                                hours: number;
                                memory_mb: number;
                                local_gb: number;
                                vcpus: number;
                                tenant_id: string;
                                flavor: string;
                                started_at: string;
                                ended_at: string | null;
                                state: string;
                                uptime: number;
                            }[];
                            total_local_gb_usage: number;
                            total_vcpus_usage: number;
                            total_memory_mb_usage: number;
                            total_hours: number;
                            start: string;
                            stop: string;
                        }[];
                        /** @description 2.40+ */
                        tenant_usages_links?: {
                            rel: string;
                            href: string;
                        }[];
                    };
                };
            };
        };
    };
    "compute.simple_tenant_usage.show": {
        parameters: {
            query?: {
                /** @description Period start, %Y-%m-%dT%H:%M:%S[.%f] or %Y-%m-%d %H:%M:%S.%f, UTC (default: now). */
                start?: unknown;
                /** @description Period end, same formats (default: now; later than now counts as now). */
                end?: unknown;
                /** @description Most instances to count (2.40+). */
                limit?: unknown;
                /** @description Last instance id of the previous page (2.40+). */
                marker?: unknown;
            };
            header?: never;
            path: {
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenant_usage: {
                            tenant_id: string;
                            /** @description With detailed=1 (always on show) */
                            server_usages: {
                                instance_id: string;
                                name: string;
                                hours: number;
                                memory_mb: number;
                                local_gb: number;
                                vcpus: number;
                                tenant_id: string;
                                flavor: string;
                                started_at: string;
                                ended_at: string | null;
                                state: string;
                                uptime: number;
                            }[];
                            total_local_gb_usage: number;
                            total_vcpus_usage: number;
                            total_memory_mb_usage: number;
                            total_hours: number;
                            start: string;
                            stop: string;
                        } | Record<string, never>;
                        /** @description 2.40+ */
                        tenant_usage_links?: {
                            rel: string;
                            href: string;
                        }[];
                    };
                };
            };
        };
    };
    "compute.os-snapshots.list": {
        parameters: {
            query?: {
                limit?: string | string[];
                offset?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        snapshots: {
                            id: string;
                            volumeId: string;
                            status: string;
                            size: number;
                            createdAt: string;
                            displayName: string | null;
                            displayDescription: string | null;
                        }[];
                    };
                };
            };
        };
    };
    "compute.os-snapshots.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    snapshot: {
                        volume_id: string;
                        force?: boolean | ("0" | "1" | "True" | "TRUE" | "true" | "ON" | "On" | "on" | "YES" | "Yes" | "yes" | "False" | "FALSE" | "false" | "OFF" | "Off" | "off" | "NO" | "No" | "no");
                        display_name?: string;
                        display_description?: string;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        snapshot: {
                            id: string;
                            volumeId: string;
                            status: string;
                            size: number;
                            createdAt: string;
                            displayName: string | null;
                            displayDescription: string | null;
                        };
                    };
                };
            };
        };
    };
    "compute.os-snapshots.detail": {
        parameters: {
            query?: {
                limit?: string | string[];
                offset?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        snapshots: {
                            id: string;
                            volumeId: string;
                            status: string;
                            size: number;
                            createdAt: string;
                            displayName: string | null;
                            displayDescription: string | null;
                        }[];
                    };
                };
            };
        };
    };
    "compute.os-snapshots.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        snapshot: {
                            id: string;
                            volumeId: string;
                            status: string;
                            size: number;
                            createdAt: string;
                            displayName: string | null;
                            displayDescription: string | null;
                        };
                    };
                };
            };
        };
    };
    "compute.os-snapshots.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No body */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "compute.os_tenant_networks.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        networks: {
                            id: string;
                            cidr: string;
                            label: string;
                        }[];
                    };
                };
            };
        };
    };
    "compute.os_tenant_networks.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Gone */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        computeFault: {
                            /** @enum {number} */
                            code: 410;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "compute.os_tenant_networks.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        network: {
                            id: string;
                            cidr: string;
                            label: string;
                        };
                    };
                };
            };
        };
    };
    "compute.os_tenant_networks.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Gone */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        computeFault: {
                            /** @enum {number} */
                            code: 410;
                            message: string;
                        };
                    };
                };
            };
        };
    };
    "compute.os-volumes.list": {
        parameters: {
            query?: {
                limit?: string | string[];
                offset?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        volumes: {
                            id: string;
                            status: string;
                            size: number;
                            availabilityZone: string;
                            createdAt: string;
                            attachments: {
                                id?: string;
                                volumeId?: string;
                                serverId?: string;
                                device?: string;
                            }[];
                            displayName: string | null;
                            displayDescription: string | null;
                            volumeType: string | null;
                            snapshotId: string | null;
                            metadata: {
                                [key: string]: string;
                            };
                        }[];
                    };
                };
            };
        };
    };
    "compute.os-volumes.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    volume: {
                        volume_type?: string;
                        metadata?: {
                            [key: string]: unknown;
                        };
                        snapshot_id?: string;
                        size: number | string;
                        availability_zone?: string;
                        display_name?: string;
                        display_description?: string;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        volume: {
                            id: string;
                            status: string;
                            size: number;
                            availabilityZone: string;
                            createdAt: string;
                            attachments: {
                                id?: string;
                                volumeId?: string;
                                serverId?: string;
                                device?: string;
                            }[];
                            displayName: string | null;
                            displayDescription: string | null;
                            volumeType: string | null;
                            snapshotId: string | null;
                            metadata: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
    };
    "compute.os-volumes.detail": {
        parameters: {
            query?: {
                limit?: string | string[];
                offset?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        volumes: {
                            id: string;
                            status: string;
                            size: number;
                            availabilityZone: string;
                            createdAt: string;
                            attachments: {
                                id?: string;
                                volumeId?: string;
                                serverId?: string;
                                device?: string;
                            }[];
                            displayName: string | null;
                            displayDescription: string | null;
                            volumeType: string | null;
                            snapshotId: string | null;
                            metadata: {
                                [key: string]: string;
                            };
                        }[];
                    };
                };
            };
        };
    };
    "compute.os-volumes.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        volume: {
                            id: string;
                            status: string;
                            size: number;
                            availabilityZone: string;
                            createdAt: string;
                            attachments: {
                                id?: string;
                                volumeId?: string;
                                serverId?: string;
                                device?: string;
                            }[];
                            displayName: string | null;
                            displayDescription: string | null;
                            volumeType: string | null;
                            snapshotId: string | null;
                            metadata: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
    };
    "compute.os-volumes.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No body */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "compute.volumes_boot.list": {
        parameters: {
            query?: {
                limit?: string;
                marker?: string;
                sort_key?: string | string[];
                sort_dir?: string | string[];
                "changes-since"?: string;
                "changes-before"?: string;
                all_tenants?: string;
                name?: string;
                status?: string | string[];
                image?: string;
                flavor?: string;
                ip?: string;
                ip6?: string;
                reservation_id?: string;
                host?: string;
                node?: string;
                tags?: string;
                "tags-any"?: string;
                "not-tags"?: string;
                "not-tags-any"?: string;
                deleted?: string;
                locked?: string;
                project_id?: string;
                tenant_id?: string;
                user_id?: string;
                availability_zone?: string;
                key_name?: string;
                vm_state?: string;
                task_state?: string;
                power_state?: string;
                hostname?: string;
                uuid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        servers: {
                            id: string;
                            name: string;
                            links: {
                                rel: string;
                                href: string;
                            }[];
                        }[];
                        servers_links?: {
                            rel: string;
                            href: string;
                        }[];
                    };
                };
            };
        };
    };
    "compute.volumes_boot.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    server: {
                        name: string;
                        imageRef?: string;
                        flavorRef: string | number;
                        adminPass?: string;
                        /** @description Key/value metadata; keys 1-255 of [a-zA-Z0-9-_:. ], values up to 255 characters. */
                        metadata?: {
                            [key: string]: string;
                        };
                        networks: {
                            fixed_ip?: string;
                            port?: string | null;
                            uuid?: string;
                            tag?: string;
                        }[] | ("none" | "auto");
                        /** @enum {string} */
                        "OS-DCF:diskConfig"?: "AUTO" | "MANUAL";
                        accessIPv4?: string;
                        accessIPv6?: string;
                        availability_zone?: string;
                        block_device_mapping?: {
                            virtual_name?: string;
                            volume_id?: string;
                            snapshot_id?: string;
                            volume_size?: number | string;
                            device_name?: string;
                            delete_on_termination?: boolean | ("0" | "1" | "True" | "TRUE" | "true" | "ON" | "On" | "on" | "YES" | "Yes" | "yes" | "False" | "FALSE" | "false" | "OFF" | "Off" | "off" | "NO" | "No" | "no");
                            no_device?: unknown;
                            connection_info?: string;
                        }[];
                        block_device_mapping_v2?: {
                            virtual_name?: string;
                            volume_id?: string;
                            snapshot_id?: string;
                            volume_size?: number | string;
                            device_name?: string;
                            delete_on_termination?: boolean | ("0" | "1" | "True" | "TRUE" | "true" | "ON" | "On" | "on" | "YES" | "Yes" | "yes" | "False" | "FALSE" | "false" | "OFF" | "Off" | "off" | "NO" | "No" | "no");
                            no_device?: unknown;
                            connection_info?: string;
                            /** @enum {string} */
                            source_type?: "volume" | "image" | "snapshot" | "blank";
                            uuid?: string;
                            image_id?: string;
                            /** @enum {string} */
                            destination_type?: "local" | "volume";
                            guest_format?: string;
                            device_type?: string;
                            disk_bus?: string;
                            boot_index?: number | string | null;
                            tag?: string;
                            volume_type?: string | null;
                        }[];
                        config_drive?: boolean | ("0" | "1" | "True" | "TRUE" | "true" | "ON" | "On" | "on" | "YES" | "Yes" | "yes" | "False" | "FALSE" | "false" | "OFF" | "Off" | "off" | "NO" | "No" | "no");
                        key_name?: string;
                        min_count?: number | string;
                        max_count?: number | string;
                        return_reservation_id?: boolean | ("0" | "1" | "True" | "TRUE" | "true" | "ON" | "On" | "on" | "YES" | "Yes" | "yes" | "False" | "FALSE" | "false" | "OFF" | "Off" | "off" | "NO" | "No" | "no");
                        security_groups?: {
                            name?: string;
                        }[];
                        user_data?: string;
                        description?: string | null;
                        tags?: string[];
                        trusted_image_certificates?: string[] | null;
                        host?: string;
                        hypervisor_hostname?: string;
                        hostname?: string;
                    };
                    "os:scheduler_hints"?: {
                        group?: string[] | string;
                        different_host?: string | string[];
                        same_host?: string | string[];
                        query?: string | {
                            [key: string]: unknown;
                        };
                        target_cell?: string;
                        different_cell?: string | string[];
                        build_near_host_ip?: string;
                        cidr?: string;
                    } & {
                        [key: string]: unknown;
                    };
                    "OS-SCH-HNT:scheduler_hints"?: {
                        group?: string[] | string;
                        different_host?: string | string[];
                        same_host?: string | string[];
                        query?: string | {
                            [key: string]: unknown;
                        };
                        target_cell?: string;
                        different_cell?: string | string[];
                        build_near_host_ip?: string;
                        cidr?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        server: {
                            id: string;
                            links: {
                                rel: string;
                                href: string;
                            }[];
                            "OS-DCF:diskConfig": string;
                            security_groups: {
                                name: string;
                            }[];
                            adminPass: string;
                        };
                    } | {
                        reservation_id: string;
                    };
                };
            };
        };
    };
    "compute.volumes_boot.detail": {
        parameters: {
            query?: {
                limit?: string;
                marker?: string;
                sort_key?: string | string[];
                sort_dir?: string | string[];
                "changes-since"?: string;
                "changes-before"?: string;
                all_tenants?: string;
                name?: string;
                status?: string | string[];
                image?: string;
                flavor?: string;
                ip?: string;
                ip6?: string;
                reservation_id?: string;
                host?: string;
                node?: string;
                tags?: string;
                "tags-any"?: string;
                "not-tags"?: string;
                "not-tags-any"?: string;
                deleted?: string;
                locked?: string;
                project_id?: string;
                tenant_id?: string;
                user_id?: string;
                availability_zone?: string;
                key_name?: string;
                vm_state?: string;
                task_state?: string;
                power_state?: string;
                hostname?: string;
                uuid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        servers: ({
                            id: string;
                            name: string;
                            status: string;
                            tenant_id: string;
                            user_id: string;
                            links: {
                                rel: string;
                                href: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        })[];
                        servers_links?: {
                            rel: string;
                            href: string;
                        }[];
                    };
                };
            };
        };
    };
    "compute.volumes_boot.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A server; fields vary with the microversion as in Nova's API reference. */
                        server: {
                            id: string;
                            name: string;
                            status: string;
                            tenant_id: string;
                            user_id: string;
                            links: {
                                rel: string;
                                href: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    "compute.volumes_boot.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    server: {
                        name?: string;
                        /** @enum {string} */
                        "OS-DCF:diskConfig"?: "AUTO" | "MANUAL";
                        accessIPv4?: string;
                        accessIPv6?: string;
                        description?: string | null;
                        hostname?: string;
                        pinned_availability_zone?: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A server; fields vary with the microversion as in Nova's API reference. */
                        server: {
                            id: string;
                            name: string;
                            status: string;
                            tenant_id: string;
                            user_id: string;
                            links: {
                                rel: string;
                                href: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    "compute.volumes_boot.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "compute.volumes_boot.action": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    "os-stop": unknown;
                } | {
                    "os-start": unknown;
                } | {
                    reboot: {
                        /** @enum {string} */
                        type: "HARD" | "Hard" | "hard" | "SOFT" | "Soft" | "soft";
                    };
                } | {
                    pause: unknown;
                } | {
                    unpause: unknown;
                } | {
                    suspend: unknown;
                } | {
                    resume: unknown;
                } | {
                    lock: null | {
                        locked_reason?: string;
                    };
                } | {
                    unlock: unknown;
                } | {
                    resize: {
                        flavorRef: string | number;
                        /** @enum {string} */
                        "OS-DCF:diskConfig"?: "AUTO" | "MANUAL";
                    };
                } | {
                    confirmResize: unknown;
                } | {
                    revertResize: unknown;
                } | {
                    migrate: null | {
                        host?: string | null;
                    };
                } | {
                    "os-migrateLive": {
                        block_migration: "auto" | (boolean | ("0" | "1" | "True" | "TRUE" | "true" | "ON" | "On" | "on" | "YES" | "Yes" | "yes" | "False" | "FALSE" | "false" | "OFF" | "Off" | "off" | "NO" | "No" | "no"));
                        host: string | null;
                    };
                } | {
                    evacuate: {
                        host?: string;
                        adminPass?: string;
                    };
                } | {
                    createImage: {
                        name: string;
                        /** @description Key/value metadata; keys 1-255 of [a-zA-Z0-9-_:. ], values up to 255 characters. */
                        metadata?: {
                            [key: string]: string;
                        };
                    };
                } | {
                    createBackup: {
                        name: string;
                        backup_type: string;
                        rotation: number | string;
                        /** @description Key/value metadata; keys 1-255 of [a-zA-Z0-9-_:. ], values up to 255 characters. */
                        metadata?: {
                            [key: string]: string;
                        };
                    };
                } | {
                    shelve: unknown;
                } | {
                    shelveOffload: unknown;
                } | {
                    unshelve: null | {
                        availability_zone?: string | null;
                        host?: string;
                    };
                } | {
                    rebuild: {
                        name?: string;
                        imageRef: string;
                        adminPass?: string;
                        /** @description Key/value metadata; keys 1-255 of [a-zA-Z0-9-_:. ], values up to 255 characters. */
                        metadata?: {
                            [key: string]: string;
                        };
                        preserve_ephemeral?: boolean | ("0" | "1" | "True" | "TRUE" | "true" | "ON" | "On" | "on" | "YES" | "Yes" | "yes" | "False" | "FALSE" | "false" | "OFF" | "Off" | "off" | "NO" | "No" | "no");
                        /** @enum {string} */
                        "OS-DCF:diskConfig"?: "AUTO" | "MANUAL";
                        accessIPv4?: string;
                        accessIPv6?: string;
                        description?: string | null;
                        key_name?: string | null;
                        user_data?: string | null;
                        trusted_image_certificates?: string[] | null;
                        hostname?: string;
                    };
                } | {
                    restore: unknown;
                } | {
                    forceDelete: unknown;
                } | {
                    rescue: null | {
                        adminPass?: string;
                        rescue_image_ref?: string;
                    };
                } | {
                    unrescue: unknown;
                } | {
                    "os-getConsoleOutput": {
                        length?: unknown;
                    };
                } | {
                    changePassword: {
                        adminPass: string;
                    };
                } | {
                    "os-resetState": {
                        /** @enum {string} */
                        state: "active" | "error";
                    };
                } | {
                    trigger_crash_dump: null;
                } | ({
                    addSecurityGroup: {
                        name: string;
                    };
                } & {
                    [key: string]: unknown;
                }) | ({
                    removeSecurityGroup: {
                        name: string;
                    };
                } & {
                    [key: string]: unknown;
                }) | {
                    "os-getVNCConsole": {
                        /** @enum {string} */
                        type: "novnc" | "xvpvnc";
                    };
                } | {
                    "os-getSPICEConsole": {
                        /** @enum {string} */
                        type: "spice-html5";
                    };
                } | {
                    "os-getSerialConsole": {
                        /** @enum {string} */
                        type: "serial";
                    };
                } | ({
                    "os-getRDPConsole": unknown;
                } & {
                    [key: string]: unknown;
                }) | {
                    addFloatingIp: {
                        address: string;
                        fixed_address?: string;
                    };
                } | {
                    removeFloatingIp: {
                        address: string;
                    };
                };
            };
        };
        responses: {
            /** @description Actions answering with a body (e.g. os-getConsoleOutput, rebuild). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Accepted: the action runs asynchronously. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    } | null;
                };
            };
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "compute.servers.list": {
        parameters: {
            query?: {
                limit?: string;
                marker?: string;
                sort_key?: string | string[];
                sort_dir?: string | string[];
                "changes-since"?: string;
                "changes-before"?: string;
                all_tenants?: string;
                name?: string;
                status?: string | string[];
                image?: string;
                flavor?: string;
                ip?: string;
                ip6?: string;
                reservation_id?: string;
                host?: string;
                node?: string;
                tags?: string;
                "tags-any"?: string;
                "not-tags"?: string;
                "not-tags-any"?: string;
                deleted?: string;
                locked?: string;
                project_id?: string;
                tenant_id?: string;
                user_id?: string;
                availability_zone?: string;
                key_name?: string;
                vm_state?: string;
                task_state?: string;
                power_state?: string;
                hostname?: string;
                uuid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        servers: {
                            id: string;
                            name: string;
                            links: {
                                rel: string;
                                href: string;
                            }[];
                        }[];
                        servers_links?: {
                            rel: string;
                            href: string;
                        }[];
                    };
                };
            };
        };
    };
    "compute.servers.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    server: {
                        name: string;
                        imageRef?: string;
                        flavorRef: string | number;
                        adminPass?: string;
                        /** @description Key/value metadata; keys 1-255 of [a-zA-Z0-9-_:. ], values up to 255 characters. */
                        metadata?: {
                            [key: string]: string;
                        };
                        networks: {
                            fixed_ip?: string;
                            port?: string | null;
                            uuid?: string;
                            tag?: string;
                        }[] | ("none" | "auto");
                        /** @enum {string} */
                        "OS-DCF:diskConfig"?: "AUTO" | "MANUAL";
                        accessIPv4?: string;
                        accessIPv6?: string;
                        availability_zone?: string;
                        block_device_mapping?: {
                            virtual_name?: string;
                            volume_id?: string;
                            snapshot_id?: string;
                            volume_size?: number | string;
                            device_name?: string;
                            delete_on_termination?: boolean | ("0" | "1" | "True" | "TRUE" | "true" | "ON" | "On" | "on" | "YES" | "Yes" | "yes" | "False" | "FALSE" | "false" | "OFF" | "Off" | "off" | "NO" | "No" | "no");
                            no_device?: unknown;
                            connection_info?: string;
                        }[];
                        block_device_mapping_v2?: {
                            virtual_name?: string;
                            volume_id?: string;
                            snapshot_id?: string;
                            volume_size?: number | string;
                            device_name?: string;
                            delete_on_termination?: boolean | ("0" | "1" | "True" | "TRUE" | "true" | "ON" | "On" | "on" | "YES" | "Yes" | "yes" | "False" | "FALSE" | "false" | "OFF" | "Off" | "off" | "NO" | "No" | "no");
                            no_device?: unknown;
                            connection_info?: string;
                            /** @enum {string} */
                            source_type?: "volume" | "image" | "snapshot" | "blank";
                            uuid?: string;
                            image_id?: string;
                            /** @enum {string} */
                            destination_type?: "local" | "volume";
                            guest_format?: string;
                            device_type?: string;
                            disk_bus?: string;
                            boot_index?: number | string | null;
                            tag?: string;
                            volume_type?: string | null;
                        }[];
                        config_drive?: boolean | ("0" | "1" | "True" | "TRUE" | "true" | "ON" | "On" | "on" | "YES" | "Yes" | "yes" | "False" | "FALSE" | "false" | "OFF" | "Off" | "off" | "NO" | "No" | "no");
                        key_name?: string;
                        min_count?: number | string;
                        max_count?: number | string;
                        return_reservation_id?: boolean | ("0" | "1" | "True" | "TRUE" | "true" | "ON" | "On" | "on" | "YES" | "Yes" | "yes" | "False" | "FALSE" | "false" | "OFF" | "Off" | "off" | "NO" | "No" | "no");
                        security_groups?: {
                            name?: string;
                        }[];
                        user_data?: string;
                        description?: string | null;
                        tags?: string[];
                        trusted_image_certificates?: string[] | null;
                        host?: string;
                        hypervisor_hostname?: string;
                        hostname?: string;
                    };
                    "os:scheduler_hints"?: {
                        group?: string[] | string;
                        different_host?: string | string[];
                        same_host?: string | string[];
                        query?: string | {
                            [key: string]: unknown;
                        };
                        target_cell?: string;
                        different_cell?: string | string[];
                        build_near_host_ip?: string;
                        cidr?: string;
                    } & {
                        [key: string]: unknown;
                    };
                    "OS-SCH-HNT:scheduler_hints"?: {
                        group?: string[] | string;
                        different_host?: string | string[];
                        same_host?: string | string[];
                        query?: string | {
                            [key: string]: unknown;
                        };
                        target_cell?: string;
                        different_cell?: string | string[];
                        build_near_host_ip?: string;
                        cidr?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        server: {
                            id: string;
                            links: {
                                rel: string;
                                href: string;
                            }[];
                            "OS-DCF:diskConfig": string;
                            security_groups: {
                                name: string;
                            }[];
                            adminPass: string;
                        };
                    } | {
                        reservation_id: string;
                    };
                };
            };
        };
    };
    "compute.servers.detail": {
        parameters: {
            query?: {
                limit?: string;
                marker?: string;
                sort_key?: string | string[];
                sort_dir?: string | string[];
                "changes-since"?: string;
                "changes-before"?: string;
                all_tenants?: string;
                name?: string;
                status?: string | string[];
                image?: string;
                flavor?: string;
                ip?: string;
                ip6?: string;
                reservation_id?: string;
                host?: string;
                node?: string;
                tags?: string;
                "tags-any"?: string;
                "not-tags"?: string;
                "not-tags-any"?: string;
                deleted?: string;
                locked?: string;
                project_id?: string;
                tenant_id?: string;
                user_id?: string;
                availability_zone?: string;
                key_name?: string;
                vm_state?: string;
                task_state?: string;
                power_state?: string;
                hostname?: string;
                uuid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        servers: ({
                            id: string;
                            name: string;
                            status: string;
                            tenant_id: string;
                            user_id: string;
                            links: {
                                rel: string;
                                href: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        })[];
                        servers_links?: {
                            rel: string;
                            href: string;
                        }[];
                    };
                };
            };
        };
    };
    "compute.servers.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A server; fields vary with the microversion as in Nova's API reference. */
                        server: {
                            id: string;
                            name: string;
                            status: string;
                            tenant_id: string;
                            user_id: string;
                            links: {
                                rel: string;
                                href: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    "compute.servers.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    server: {
                        name?: string;
                        /** @enum {string} */
                        "OS-DCF:diskConfig"?: "AUTO" | "MANUAL";
                        accessIPv4?: string;
                        accessIPv6?: string;
                        description?: string | null;
                        hostname?: string;
                        pinned_availability_zone?: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A server; fields vary with the microversion as in Nova's API reference. */
                        server: {
                            id: string;
                            name: string;
                            status: string;
                            tenant_id: string;
                            user_id: string;
                            links: {
                                rel: string;
                                href: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    "compute.servers.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "compute.servers.action": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    "os-stop": unknown;
                } | {
                    "os-start": unknown;
                } | {
                    reboot: {
                        /** @enum {string} */
                        type: "HARD" | "Hard" | "hard" | "SOFT" | "Soft" | "soft";
                    };
                } | {
                    pause: unknown;
                } | {
                    unpause: unknown;
                } | {
                    suspend: unknown;
                } | {
                    resume: unknown;
                } | {
                    lock: null | {
                        locked_reason?: string;
                    };
                } | {
                    unlock: unknown;
                } | {
                    resize: {
                        flavorRef: string | number;
                        /** @enum {string} */
                        "OS-DCF:diskConfig"?: "AUTO" | "MANUAL";
                    };
                } | {
                    confirmResize: unknown;
                } | {
                    revertResize: unknown;
                } | {
                    migrate: null | {
                        host?: string | null;
                    };
                } | {
                    "os-migrateLive": {
                        block_migration: "auto" | (boolean | ("0" | "1" | "True" | "TRUE" | "true" | "ON" | "On" | "on" | "YES" | "Yes" | "yes" | "False" | "FALSE" | "false" | "OFF" | "Off" | "off" | "NO" | "No" | "no"));
                        host: string | null;
                    };
                } | {
                    evacuate: {
                        host?: string;
                        adminPass?: string;
                    };
                } | {
                    createImage: {
                        name: string;
                        /** @description Key/value metadata; keys 1-255 of [a-zA-Z0-9-_:. ], values up to 255 characters. */
                        metadata?: {
                            [key: string]: string;
                        };
                    };
                } | {
                    createBackup: {
                        name: string;
                        backup_type: string;
                        rotation: number | string;
                        /** @description Key/value metadata; keys 1-255 of [a-zA-Z0-9-_:. ], values up to 255 characters. */
                        metadata?: {
                            [key: string]: string;
                        };
                    };
                } | {
                    shelve: unknown;
                } | {
                    shelveOffload: unknown;
                } | {
                    unshelve: null | {
                        availability_zone?: string | null;
                        host?: string;
                    };
                } | {
                    rebuild: {
                        name?: string;
                        imageRef: string;
                        adminPass?: string;
                        /** @description Key/value metadata; keys 1-255 of [a-zA-Z0-9-_:. ], values up to 255 characters. */
                        metadata?: {
                            [key: string]: string;
                        };
                        preserve_ephemeral?: boolean | ("0" | "1" | "True" | "TRUE" | "true" | "ON" | "On" | "on" | "YES" | "Yes" | "yes" | "False" | "FALSE" | "false" | "OFF" | "Off" | "off" | "NO" | "No" | "no");
                        /** @enum {string} */
                        "OS-DCF:diskConfig"?: "AUTO" | "MANUAL";
                        accessIPv4?: string;
                        accessIPv6?: string;
                        description?: string | null;
                        key_name?: string | null;
                        user_data?: string | null;
                        trusted_image_certificates?: string[] | null;
                        hostname?: string;
                    };
                } | {
                    restore: unknown;
                } | {
                    forceDelete: unknown;
                } | {
                    rescue: null | {
                        adminPass?: string;
                        rescue_image_ref?: string;
                    };
                } | {
                    unrescue: unknown;
                } | {
                    "os-getConsoleOutput": {
                        length?: unknown;
                    };
                } | {
                    changePassword: {
                        adminPass: string;
                    };
                } | {
                    "os-resetState": {
                        /** @enum {string} */
                        state: "active" | "error";
                    };
                } | {
                    trigger_crash_dump: null;
                } | ({
                    addSecurityGroup: {
                        name: string;
                    };
                } & {
                    [key: string]: unknown;
                }) | ({
                    removeSecurityGroup: {
                        name: string;
                    };
                } & {
                    [key: string]: unknown;
                }) | {
                    "os-getVNCConsole": {
                        /** @enum {string} */
                        type: "novnc" | "xvpvnc";
                    };
                } | {
                    "os-getSPICEConsole": {
                        /** @enum {string} */
                        type: "spice-html5";
                    };
                } | {
                    "os-getSerialConsole": {
                        /** @enum {string} */
                        type: "serial";
                    };
                } | ({
                    "os-getRDPConsole": unknown;
                } & {
                    [key: string]: unknown;
                }) | {
                    addFloatingIp: {
                        address: string;
                        fixed_address?: string;
                    };
                } | {
                    removeFloatingIp: {
                        address: string;
                    };
                };
            };
        };
        responses: {
            /** @description Actions answering with a body (e.g. os-getConsoleOutput, rebuild). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Accepted: the action runs asynchronously. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    } | null;
                };
            };
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "compute.servers.diagnostics.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        state: string;
                        driver: string;
                        hypervisor: string | null;
                        hypervisor_os: string | null;
                        uptime: number | null;
                        config_drive: boolean;
                        num_cpus: number | null;
                        num_nics: number | null;
                        num_disks: number | null;
                        cpu_details: {
                            id: number | null;
                            time: number | null;
                            utilisation: number | null;
                        }[];
                        nic_details: {
                            mac_address: string | null;
                            rx_octets: number | null;
                            rx_errors: number | null;
                            rx_drop: number | null;
                            rx_packets: number | null;
                            rx_rate: number | null;
                            tx_octets: number | null;
                            tx_errors: number | null;
                            tx_drop: number | null;
                            tx_packets: number | null;
                            tx_rate: number | null;
                        }[];
                        disk_details: {
                            read_bytes: number | null;
                            read_requests: number | null;
                            write_bytes: number | null;
                            write_requests: number | null;
                            errors_count: number | null;
                        }[];
                        memory_details: {
                            maximum: number | null;
                            used: number | null;
                        };
                    } | {
                        [key: string]: number;
                    };
                };
            };
        };
    };
    "compute.servers.ips.list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        addresses: {
                            [key: string]: {
                                version: number;
                                addr: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    "compute.servers.ips.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
                network_label: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: {
                            version: number;
                            addr: string;
                        }[];
                    };
                };
            };
        };
    };
    "compute.servers.metadata.list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        metadata: {
                            [key: string]: string;
                        };
                    };
                };
            };
        };
    };
    "compute.servers.metadata.replace": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Key/value metadata; keys 1-255 of [a-zA-Z0-9-_:. ], values up to 255 characters. */
                    metadata: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        metadata: {
                            [key: string]: string;
                        };
                    };
                };
            };
        };
    };
    "compute.servers.metadata.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Key/value metadata; keys 1-255 of [a-zA-Z0-9-_:. ], values up to 255 characters. */
                    metadata: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        metadata: {
                            [key: string]: string;
                        };
                    };
                };
            };
        };
    };
    "compute.servers.metadata.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        meta: {
                            [key: string]: string;
                        };
                    };
                };
            };
        };
    };
    "compute.servers.metadata.set": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Key/value metadata; keys 1-255 of [a-zA-Z0-9-_:. ], values up to 255 characters. */
                    meta: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        meta: {
                            [key: string]: string;
                        };
                    };
                };
            };
        };
    };
    "compute.servers.metadata.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "compute.servers.migrations.list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        migrations: {
                            created_at: string;
                            dest_compute: string | null;
                            dest_host: string | null;
                            dest_node: string | null;
                            disk_processed_bytes: number | null;
                            disk_remaining_bytes: number | null;
                            disk_total_bytes: number | null;
                            id: number;
                            memory_processed_bytes: number | null;
                            memory_remaining_bytes: number | null;
                            memory_total_bytes: number | null;
                            server_uuid: string;
                            source_compute: string | null;
                            source_node: string | null;
                            status: string;
                            updated_at: string | null;
                            /** @description 2.59 */
                            uuid?: string;
                            /** @description 2.80 */
                            user_id?: string;
                            /** @description 2.80 */
                            project_id?: string;
                        }[];
                    };
                };
            };
        };
    };
    "compute.servers.migrations.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
                migration_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        migration: {
                            created_at: string;
                            dest_compute: string | null;
                            dest_host: string | null;
                            dest_node: string | null;
                            disk_processed_bytes: number | null;
                            disk_remaining_bytes: number | null;
                            disk_total_bytes: number | null;
                            id: number;
                            memory_processed_bytes: number | null;
                            memory_remaining_bytes: number | null;
                            memory_total_bytes: number | null;
                            server_uuid: string;
                            source_compute: string | null;
                            source_node: string | null;
                            status: string;
                            updated_at: string | null;
                            /** @description 2.59 */
                            uuid?: string;
                            /** @description 2.80 */
                            user_id?: string;
                            /** @description 2.80 */
                            project_id?: string;
                        };
                    };
                };
            };
        };
    };
    "compute.servers.migrations.abort": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
                migration_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "compute.servers.migrations.force_complete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
                migration_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    force_complete: null;
                };
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "compute.servers.actions.list": {
        parameters: {
            query?: {
                limit?: string;
                marker?: string;
                "changes-since"?: string;
                "changes-before"?: string;
            };
            header?: never;
            path: {
                server_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        instanceActions: ({
                            action: string;
                            request_id: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        links?: {
                            rel: string;
                            href: string;
                        }[];
                    };
                };
            };
        };
    };
    "compute.servers.actions.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
                request_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        instanceAction: {
                            action: string;
                            request_id: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    "compute.servers.interfaces.list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        interfaceAttachments: {
                            net_id: string;
                            port_id: string;
                            mac_addr: string;
                            port_state: string;
                            fixed_ips: {
                                subnet_id: string;
                                ip_address: string;
                            }[] | null;
                            /** @description From 2.70. */
                            tag?: string | null;
                        }[];
                    };
                };
            };
        };
    };
    "compute.servers.interfaces.create": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    interfaceAttachment?: {
                        net_id?: string;
                        port_id?: string;
                        fixed_ips?: {
                            ip_address: string;
                        }[];
                        tag?: string;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        interfaceAttachment: {
                            net_id: string;
                            port_id: string;
                            mac_addr: string;
                            port_state: string;
                            fixed_ips: {
                                subnet_id: string;
                                ip_address: string;
                            }[] | null;
                            /** @description From 2.70. */
                            tag?: string | null;
                        };
                    };
                };
            };
        };
    };
    "compute.servers.interfaces.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
                port_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        interfaceAttachment: {
                            net_id: string;
                            port_id: string;
                            mac_addr: string;
                            port_state: string;
                            fixed_ips: {
                                subnet_id: string;
                                ip_address: string;
                            }[] | null;
                            /** @description From 2.70. */
                            tag?: string | null;
                        };
                    };
                };
            };
        };
    };
    "compute.servers.interfaces.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
                port_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "compute.servers.security_groups.list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        security_groups: {
                            id: string;
                            name: string;
                            description: string | null;
                            tenant_id: string;
                            rules: {
                                id: string;
                                parent_group_id: string;
                                ip_protocol: string | null;
                                from_port: number | null;
                                to_port: number | null;
                                group: {
                                    name?: string;
                                    tenant_id?: string;
                                };
                                ip_range: {
                                    cidr?: string;
                                };
                            }[];
                        }[];
                    };
                };
            };
        };
    };
    "compute.servers.password.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
        };
    };
    "compute.servers.password.clear": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "compute.servers.volume-attachments.list": {
        parameters: {
            query?: {
                limit?: string | string[];
                offset?: string | string[];
            };
            header?: never;
            path: {
                server_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        volumeAttachments: {
                            /** @description Before 2.89 (the volume id). */
                            id?: string;
                            volumeId: string;
                            serverId: string;
                            device?: string | null;
                            /** @description From 2.70. */
                            tag?: string | null;
                            /** @description From 2.79. */
                            delete_on_termination?: boolean;
                            /** @description From 2.89. */
                            attachment_id?: string;
                            /** @description From 2.89. */
                            bdm_uuid?: string;
                        }[];
                    };
                };
            };
        };
    };
    "compute.servers.volume-attachments.create": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    volumeAttachment: {
                        volumeId: string;
                        device?: string | null;
                        tag?: string;
                        delete_on_termination?: boolean | ("0" | "1" | "True" | "TRUE" | "true" | "ON" | "On" | "on" | "YES" | "Yes" | "yes" | "False" | "FALSE" | "false" | "OFF" | "Off" | "off" | "NO" | "No" | "no");
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        volumeAttachment: {
                            id: string;
                            serverId: string;
                            volumeId: string;
                            device: string | null;
                            tag?: string | null;
                            delete_on_termination?: boolean;
                        };
                    };
                };
            };
            /** @description No body (2.101) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "compute.servers.volume-attachments.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
                volume_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        volumeAttachment: {
                            /** @description Before 2.89 (the volume id). */
                            id?: string;
                            volumeId: string;
                            serverId: string;
                            device?: string | null;
                            /** @description From 2.70. */
                            tag?: string | null;
                            /** @description From 2.79. */
                            delete_on_termination?: boolean;
                            /** @description From 2.89. */
                            attachment_id?: string;
                            /** @description From 2.89. */
                            bdm_uuid?: string;
                        };
                    };
                };
            };
        };
    };
    "compute.servers.volume-attachments.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
                volume_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    volumeAttachment: {
                        volumeId: string;
                        device?: string | null;
                        tag?: string;
                        delete_on_termination?: boolean | ("0" | "1" | "True" | "TRUE" | "true" | "ON" | "On" | "on" | "YES" | "Yes" | "yes" | "False" | "FALSE" | "false" | "OFF" | "Off" | "off" | "NO" | "No" | "no");
                        serverId?: string;
                        id?: string;
                    };
                };
            };
        };
        responses: {
            /** @description No body */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "compute.servers.volume-attachments.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
                volume_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No body */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "compute.servers.remote_consoles.create": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    remote_console: {
                        /** @enum {string} */
                        protocol: "vnc" | "spice" | "serial" | "rdp" | "mks";
                        /** @enum {string} */
                        type: "novnc" | "xvpvnc" | "spice-html5" | "serial" | "rdp-html5" | "webmks" | "spice-direct";
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        remote_console: {
                            protocol: string;
                            type: string;
                            url: string;
                        };
                    };
                };
            };
        };
    };
    "compute.servers.tags.list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tags: string[];
                    };
                };
            };
        };
    };
    "compute.servers.tags.replace": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    tags: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tags: string[];
                    };
                };
            };
        };
    };
    "compute.servers.tags.clear": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "compute.servers.tags.check": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
                tag: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "compute.servers.tags.add": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
                tag: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "compute.servers.tags.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server_id: string;
                tag: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "identity.versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Multiple Choices */
            300: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        versions: {
                            values: {
                                id: string;
                                status: string;
                                updated: string;
                                links: {
                                    rel: string;
                                    href: string;
                                    type?: string;
                                }[];
                                "media-types": {
                                    base: string;
                                    type: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
    };
    "identity.version.v3": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: {
                            id: string;
                            status: string;
                            updated: string;
                            links: {
                                rel: string;
                                href: string;
                                type?: string;
                            }[];
                            "media-types": {
                                base: string;
                                type: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    "identity.auth.catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        catalog: {
                            id: string;
                            type: string;
                            name: string;
                            endpoints: {
                                id: string;
                                interface: string;
                                region: string;
                                region_id: string;
                                url: string;
                            }[];
                        }[];
                        links: {
                            self: string;
                            previous: string | null;
                            next: string | null;
                        };
                    };
                };
            };
        };
    };
    "identity.auth.projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        projects: {
                            id: string;
                            name: string;
                            domain_id: string;
                            description: string;
                            enabled: boolean;
                            parent_id: string;
                            is_domain: boolean;
                            tags: string[];
                            options: {
                                [key: string]: unknown;
                            };
                            links: {
                                self: string;
                            };
                        }[];
                        links: {
                            self: string;
                            previous: string | null;
                            next: string | null;
                        };
                    };
                };
            };
        };
    };
    "identity.tokens.validate": {
        parameters: {
            query?: {
                nocatalog?: string;
                allow_expired?: string;
            };
            header?: {
                "x-subject-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: {
                            methods: string[];
                            user: {
                                id: string;
                                name: string;
                                domain: {
                                    id: string;
                                    name: string;
                                };
                                password_expires_at: string | null;
                            };
                            audit_ids: string[];
                            issued_at: string;
                            expires_at: string;
                            project?: {
                                id: string;
                                name: string;
                                domain: {
                                    id: string;
                                    name: string;
                                };
                            };
                            is_domain?: boolean;
                            roles?: {
                                id: string;
                                name: string;
                            }[];
                            catalog?: {
                                id: string;
                                type: string;
                                name: string;
                                endpoints: {
                                    id: string;
                                    interface: string;
                                    region: string;
                                    region_id: string;
                                    url: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
    };
    "identity.tokens.create": {
        parameters: {
            query?: {
                nocatalog?: string;
                allow_expired?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    auth: {
                        identity: {
                            methods: string[];
                            password?: {
                                user: {
                                    id?: string;
                                    name?: string;
                                    domain?: {
                                        id?: string;
                                        name?: string;
                                    };
                                    password: string;
                                };
                            };
                            token?: {
                                id: string;
                            };
                        };
                        scope?: "unscoped" | {
                            project?: {
                                id?: string;
                                name?: string;
                                domain?: {
                                    id?: string;
                                    name?: string;
                                };
                            };
                            domain?: {
                                id?: string;
                                name?: string;
                            };
                            system?: {
                                all: boolean;
                            };
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: {
                            methods: string[];
                            user: {
                                id: string;
                                name: string;
                                domain: {
                                    id: string;
                                    name: string;
                                };
                                password_expires_at: string | null;
                            };
                            audit_ids: string[];
                            issued_at: string;
                            expires_at: string;
                            project?: {
                                id: string;
                                name: string;
                                domain: {
                                    id: string;
                                    name: string;
                                };
                            };
                            is_domain?: boolean;
                            roles?: {
                                id: string;
                                name: string;
                            }[];
                            catalog?: {
                                id: string;
                                type: string;
                                name: string;
                                endpoints: {
                                    id: string;
                                    interface: string;
                                    region: string;
                                    region_id: string;
                                    url: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
    };
    "identity.tokens.revoke": {
        parameters: {
            query?: never;
            header?: {
                "x-subject-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "identity.tokens.check": {
        parameters: {
            query?: never;
            header?: {
                "x-subject-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "identity.domains.list": {
        parameters: {
            query?: {
                name?: string;
                enabled?: "0" | "1" | "True" | "TRUE" | "true" | "False" | "FALSE" | "false" | "" | "y" | "Y" | "n" | "N" | "on" | "ON" | "off" | "OFF" | "yes" | "no";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        domains: {
                            id: string;
                            name: string;
                            description: string;
                            enabled: boolean;
                            tags: string[];
                            options: {
                                [key: string]: unknown;
                            };
                            links: {
                                self: string;
                            };
                        }[];
                        links: {
                            self: string;
                            previous: string | null;
                            next: string | null;
                        };
                    };
                };
            };
        };
    };
    "identity.domains.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                domain_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        domain: {
                            id: string;
                            name: string;
                            description: string;
                            enabled: boolean;
                            tags: string[];
                            options: {
                                [key: string]: unknown;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
    };
    "identity.projects.list": {
        parameters: {
            query?: {
                name?: string;
                domain_id?: string;
                enabled?: "0" | "1" | "True" | "TRUE" | "true" | "False" | "FALSE" | "false" | "" | "y" | "Y" | "n" | "N" | "on" | "ON" | "off" | "OFF" | "yes" | "no";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        projects: {
                            id: string;
                            name: string;
                            domain_id: string;
                            description: string;
                            enabled: boolean;
                            parent_id: string;
                            is_domain: boolean;
                            tags: string[];
                            options: {
                                [key: string]: unknown;
                            };
                            links: {
                                self: string;
                            };
                        }[];
                        links: {
                            self: string;
                            previous: string | null;
                            next: string | null;
                        };
                    };
                };
            };
        };
    };
    "identity.projects.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    project: {
                        name: string;
                        description?: string | null;
                        domain_id?: string | null;
                        enabled?: boolean;
                        /** @enum {boolean} */
                        is_domain?: false;
                        parent_id?: string | null;
                    };
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        project: {
                            id: string;
                            name: string;
                            domain_id: string;
                            description: string;
                            enabled: boolean;
                            parent_id: string;
                            is_domain: boolean;
                            tags: string[];
                            options: {
                                [key: string]: unknown;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
    };
    "identity.projects.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        project: {
                            id: string;
                            name: string;
                            domain_id: string;
                            description: string;
                            enabled: boolean;
                            parent_id: string;
                            is_domain: boolean;
                            tags: string[];
                            options: {
                                [key: string]: unknown;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
    };
    "identity.projects.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "identity.projects.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    project: {
                        id?: string;
                        name?: string;
                        description?: string | null;
                        enabled?: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        project: {
                            id: string;
                            name: string;
                            domain_id: string;
                            description: string;
                            enabled: boolean;
                            parent_id: string;
                            is_domain: boolean;
                            tags: string[];
                            options: {
                                [key: string]: unknown;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
    };
    "identity.grants.list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        roles: {
                            id: string;
                            name: string;
                            domain_id: null;
                            description: string | null;
                            options: {
                                [key: string]: unknown;
                            };
                            links: {
                                self: string;
                            };
                        }[];
                        links: {
                            self: string;
                            previous: string | null;
                            next: string | null;
                        };
                    };
                };
            };
        };
    };
    "identity.grants.check": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
                user_id: string;
                role_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "identity.grants.create": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
                user_id: string;
                role_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "identity.grants.revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
                user_id: string;
                role_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "identity.grants.check_head": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
                user_id: string;
                role_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "identity.role_assignments.list": {
        parameters: {
            query?: {
                "user.id"?: string;
                "group.id"?: string;
                "role.id"?: string;
                "scope.project.id"?: string;
                "scope.domain.id"?: string;
                "scope.system"?: string;
                effective?: string;
                include_names?: string;
                include_subtree?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        role_assignments: {
                            scope: {
                                project: {
                                    id: string;
                                    name: string;
                                    domain: {
                                        id: string;
                                        name: string;
                                    };
                                } | {
                                    id: string;
                                };
                            };
                            user: {
                                id: string;
                                name: string;
                                domain: {
                                    id: string;
                                    name: string;
                                };
                            } | {
                                id: string;
                            };
                            role: {
                                id: string;
                                name: string;
                            } | {
                                id: string;
                            };
                            links: {
                                assignment: string;
                                prior_role?: string;
                            };
                        }[];
                        links: {
                            self: string;
                            previous: string | null;
                            next: string | null;
                        };
                    };
                };
            };
        };
    };
    "identity.role_inferences.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        role_inferences: {
                            prior_role: {
                                id: string;
                                name: string;
                                links: {
                                    self: string;
                                };
                            };
                            implies: {
                                id: string;
                                name: string;
                                links: {
                                    self: string;
                                };
                            }[];
                        }[];
                    };
                };
            };
        };
    };
    "identity.roles.list": {
        parameters: {
            query?: {
                name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        roles: {
                            id: string;
                            name: string;
                            domain_id: null;
                            description: string | null;
                            options: {
                                [key: string]: unknown;
                            };
                            links: {
                                self: string;
                            };
                        }[];
                        links: {
                            self: string;
                            previous: string | null;
                            next: string | null;
                        };
                    };
                };
            };
        };
    };
    "identity.roles.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                role_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        role: {
                            id: string;
                            name: string;
                            domain_id: null;
                            description: string | null;
                            options: {
                                [key: string]: unknown;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
    };
    "identity.users.list": {
        parameters: {
            query?: {
                name?: string;
                domain_id?: string;
                enabled?: "0" | "1" | "True" | "TRUE" | "true" | "False" | "FALSE" | "false" | "" | "y" | "Y" | "n" | "N" | "on" | "ON" | "off" | "OFF" | "yes" | "no";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        users: {
                            id: string;
                            name: string;
                            domain_id: string;
                            enabled: boolean;
                            password_expires_at: string | null;
                            options: {
                                [key: string]: unknown;
                            };
                            default_project_id?: string;
                            email?: string;
                            description?: string;
                            links: {
                                self: string;
                            };
                        }[];
                        links: {
                            self: string;
                            previous: string | null;
                            next: string | null;
                        };
                    };
                };
            };
        };
    };
    "identity.users.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    user: {
                        name: string;
                        domain_id?: string;
                        password?: string | null;
                        enabled?: boolean;
                        email?: string | null;
                        description?: string | null;
                        default_project_id?: string | null;
                    };
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            id: string;
                            name: string;
                            domain_id: string;
                            enabled: boolean;
                            password_expires_at: string | null;
                            options: {
                                [key: string]: unknown;
                            };
                            default_project_id?: string;
                            email?: string;
                            description?: string;
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
    };
    "identity.users.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            id: string;
                            name: string;
                            domain_id: string;
                            enabled: boolean;
                            password_expires_at: string | null;
                            options: {
                                [key: string]: unknown;
                            };
                            default_project_id?: string;
                            email?: string;
                            description?: string;
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
    };
    "identity.users.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "identity.users.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    user: {
                        id?: string;
                        name?: string;
                        password?: string | null;
                        enabled?: boolean;
                        email?: string | null;
                        description?: string | null;
                        default_project_id?: string | null;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            id: string;
                            name: string;
                            domain_id: string;
                            enabled: boolean;
                            password_expires_at: string | null;
                            options: {
                                [key: string]: unknown;
                            };
                            default_project_id?: string;
                            email?: string;
                            description?: string;
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
    };
    "identity.users.projects": {
        parameters: {
            query?: {
                name?: string;
                domain_id?: string;
                enabled?: "0" | "1" | "True" | "TRUE" | "true" | "False" | "FALSE" | "false" | "" | "y" | "Y" | "n" | "N" | "on" | "ON" | "off" | "OFF" | "yes" | "no";
            };
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        projects: {
                            id: string;
                            name: string;
                            domain_id: string;
                            description: string;
                            enabled: boolean;
                            parent_id: string;
                            is_domain: boolean;
                            tags: string[];
                            options: {
                                [key: string]: unknown;
                            };
                            links: {
                                self: string;
                            };
                        }[];
                        links: {
                            self: string;
                            previous: string | null;
                            next: string | null;
                        };
                    };
                };
            };
        };
    };
    "image.versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Multiple Choices */
            300: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        versions: {
                            id: string;
                            status: string;
                            links: {
                                rel: string;
                                href: string;
                                type?: string;
                            }[];
                        }[];
                    };
                };
            };
        };
    };
    "image.images.list": {
        parameters: {
            query?: {
                limit?: string | string[];
                marker?: string | string[];
                name?: string | string[];
                visibility?: string | string[];
                member_status?: string | string[];
                owner?: string | string[];
                status?: string | string[];
                tag?: string | string[];
                os_hidden?: string | string[];
                protected?: string | string[];
                size_min?: string | string[];
                size_max?: string | string[];
                sort?: string | string[];
                sort_key?: string | string[];
                sort_dir?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        images: ({
                            id: string;
                            name: string | null;
                            /** @description queued, saving, active, killed, deleted, uploading, importing, pending_delete, deactivated */
                            status: string;
                            /** @description community, public, private, shared */
                            visibility: string;
                            protected: boolean;
                            os_hidden: boolean;
                            checksum: string | null;
                            os_hash_algo: string | null;
                            os_hash_value: string | null;
                            size: number | null;
                            virtual_size: number | null;
                            min_disk: number;
                            min_ram: number;
                            disk_format: string | null;
                            container_format: string | null;
                            owner: string | null;
                            created_at: string;
                            updated_at: string;
                            tags: string[];
                            self: string;
                            file: string;
                            schema: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        first: string;
                        next?: string;
                        schema: string;
                    };
                };
            };
        };
    };
    "image.images.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Image attributes; any other key is an extra property with a string value. */
        requestBody: {
            content: {
                "application/json": {
                    id?: string;
                    name?: string | null;
                    /** @enum {string} */
                    visibility?: "community" | "public" | "private" | "shared";
                    protected?: boolean;
                    os_hidden?: boolean;
                    owner?: string | null;
                    container_format?: ("ami" | "ari" | "aki" | "bare" | "ovf" | "ova" | "docker" | "compressed") | null;
                    disk_format?: ("ami" | "ari" | "aki" | "vhd" | "vhdx" | "vmdk" | "raw" | "qcow2" | "vdi" | "iso" | "ploop") | null;
                    min_disk?: number;
                    min_ram?: number;
                    tags?: string[];
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string | null;
                        /** @description queued, saving, active, killed, deleted, uploading, importing, pending_delete, deactivated */
                        status: string;
                        /** @description community, public, private, shared */
                        visibility: string;
                        protected: boolean;
                        os_hidden: boolean;
                        checksum: string | null;
                        os_hash_algo: string | null;
                        os_hash_value: string | null;
                        size: number | null;
                        virtual_size: number | null;
                        min_disk: number;
                        min_ram: number;
                        disk_format: string | null;
                        container_format: string | null;
                        owner: string | null;
                        created_at: string;
                        updated_at: string;
                        tags: string[];
                        self: string;
                        file: string;
                        schema: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    "image.images.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                image_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string | null;
                        /** @description queued, saving, active, killed, deleted, uploading, importing, pending_delete, deactivated */
                        status: string;
                        /** @description community, public, private, shared */
                        visibility: string;
                        protected: boolean;
                        os_hidden: boolean;
                        checksum: string | null;
                        os_hash_algo: string | null;
                        os_hash_value: string | null;
                        size: number | null;
                        virtual_size: number | null;
                        min_disk: number;
                        min_ram: number;
                        disk_format: string | null;
                        container_format: string | null;
                        owner: string | null;
                        created_at: string;
                        updated_at: string;
                        tags: string[];
                        self: string;
                        file: string;
                        schema: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    "image.images.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                image_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "image.images.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                image_id: string;
            };
            cookie?: never;
        };
        /** @description JSON patch (application/openstack-images-v2.1-json-patch) */
        requestBody: {
            content: {
                "application/json": ({
                    /** @enum {string} */
                    op?: "add" | "remove" | "replace";
                    path?: string;
                    value?: unknown;
                } & {
                    [key: string]: unknown;
                })[];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string | null;
                        /** @description queued, saving, active, killed, deleted, uploading, importing, pending_delete, deactivated */
                        status: string;
                        /** @description community, public, private, shared */
                        visibility: string;
                        protected: boolean;
                        os_hidden: boolean;
                        checksum: string | null;
                        os_hash_algo: string | null;
                        os_hash_value: string | null;
                        size: number | null;
                        virtual_size: number | null;
                        min_disk: number;
                        min_ram: number;
                        disk_format: string | null;
                        container_format: string | null;
                        owner: string | null;
                        created_at: string;
                        updated_at: string;
                        tags: string[];
                        self: string;
                        file: string;
                        schema: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    "image.images.deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                image_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "image.images.reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                image_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "image.data.download": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                image_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description image data (application/octet-stream) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "image.data.upload": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                image_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "image.images.import": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                image_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
        };
    };
    "image.members.list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                image_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        members: {
                            created_at: string;
                            image_id: string;
                            member_id: string;
                            schema: string;
                            status: string;
                            updated_at: string;
                        }[];
                        schema: string;
                    };
                };
            };
        };
    };
    "image.members.create": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                image_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    member?: unknown;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created_at: string;
                        image_id: string;
                        member_id: string;
                        schema: string;
                        status: string;
                        updated_at: string;
                    };
                };
            };
        };
    };
    "image.members.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                image_id: string;
                member_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created_at: string;
                        image_id: string;
                        member_id: string;
                        schema: string;
                        status: string;
                        updated_at: string;
                    };
                };
            };
        };
    };
    "image.members.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                image_id: string;
                member_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    status?: unknown;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created_at: string;
                        image_id: string;
                        member_id: string;
                        schema: string;
                        status: string;
                        updated_at: string;
                    };
                };
            };
        };
    };
    "image.members.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                image_id: string;
                member_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "image.data.stage": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                image_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
        };
    };
    "image.tags.add": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                image_id: string;
                tag_value: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "image.tags.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                image_id: string;
                tag_value: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "image.info.import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        "import-methods": {
                            description: string;
                            type: string;
                            value: string[];
                        };
                    };
                };
            };
        };
    };
    "image.schemas.image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        properties: {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    "image.schemas.images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        properties: {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    "image.schemas.member": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        properties: {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    "image.schemas.members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        properties: {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    "network.versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        versions: {
                            id: string;
                            status: string;
                            links: {
                                rel: string;
                                href: string;
                                type?: string;
                            }[];
                        }[];
                    };
                };
            };
        };
    };
    "network.resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        resources: {
                            name: string;
                            collection: string;
                            links: {
                                rel: string;
                                href: string;
                            }[];
                        }[];
                    };
                };
            };
        };
    };
    "network.extensions.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        extensions: {
                            alias: string;
                            name: string;
                            description: string;
                            updated: string;
                            links: unknown[];
                        }[];
                    };
                };
            };
        };
    };
    "network.extensions.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                alias: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        extension: {
                            alias: string;
                            name: string;
                            description: string;
                            updated: string;
                            links: unknown[];
                        };
                    };
                };
            };
        };
    };
    "network.floatingips.list": {
        parameters: {
            query?: {
                fields?: string | string[];
                sort_key?: string | string[];
                sort_dir?: string | string[];
                limit?: string | string[];
                marker?: string | string[];
                page_reverse?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        floatingips: {
                            id?: string;
                            tenant_id?: string;
                            project_id?: string;
                            floating_ip_address?: string;
                            floating_network_id?: string;
                            router_id?: string | null;
                            port_id?: string | null;
                            fixed_ip_address?: string | null;
                            status?: string;
                            description?: string;
                            port_details?: {
                                name: string;
                                network_id: string;
                                mac_address: string;
                                admin_state_up: boolean;
                                status: string;
                                device_id: string;
                                device_owner: string;
                            } | null;
                            tags?: string[];
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                        }[];
                        floatingips_links?: {
                            rel: string;
                            href: string;
                        }[];
                    };
                };
            };
        };
    };
    "network.floatingips.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    floatingip?: {
                        floating_network_id?: string;
                        floating_ip_address?: unknown;
                        subnet_id?: unknown;
                        port_id?: unknown;
                        fixed_ip_address?: unknown;
                        description?: string;
                        project_id?: string;
                        tenant_id?: string;
                    } & {
                        [key: string]: unknown;
                    };
                    floatingips?: ({
                        floating_network_id?: string;
                        floating_ip_address?: unknown;
                        subnet_id?: unknown;
                        port_id?: unknown;
                        fixed_ip_address?: unknown;
                        description?: string;
                        project_id?: string;
                        tenant_id?: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        floatingip?: {
                            id?: string;
                            tenant_id?: string;
                            project_id?: string;
                            floating_ip_address?: string;
                            floating_network_id?: string;
                            router_id?: string | null;
                            port_id?: string | null;
                            fixed_ip_address?: string | null;
                            status?: string;
                            description?: string;
                            port_details?: {
                                name: string;
                                network_id: string;
                                mac_address: string;
                                admin_state_up: boolean;
                                status: string;
                                device_id: string;
                                device_owner: string;
                            } | null;
                            tags?: string[];
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                        };
                        floatingips?: {
                            id?: string;
                            tenant_id?: string;
                            project_id?: string;
                            floating_ip_address?: string;
                            floating_network_id?: string;
                            router_id?: string | null;
                            port_id?: string | null;
                            fixed_ip_address?: string | null;
                            status?: string;
                            description?: string;
                            port_details?: {
                                name: string;
                                network_id: string;
                                mac_address: string;
                                admin_state_up: boolean;
                                status: string;
                                device_id: string;
                                device_owner: string;
                            } | null;
                            tags?: string[];
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                        }[];
                    };
                };
            };
        };
    };
    "network.floatingips.show": {
        parameters: {
            query?: {
                fields?: string | string[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        floatingip: {
                            id?: string;
                            tenant_id?: string;
                            project_id?: string;
                            floating_ip_address?: string;
                            floating_network_id?: string;
                            router_id?: string | null;
                            port_id?: string | null;
                            fixed_ip_address?: string | null;
                            status?: string;
                            description?: string;
                            port_details?: {
                                name: string;
                                network_id: string;
                                mac_address: string;
                                admin_state_up: boolean;
                                status: string;
                                device_id: string;
                                device_owner: string;
                            } | null;
                            tags?: string[];
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                        };
                    };
                };
            };
        };
    };
    "network.floatingips.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    floatingip: {
                        floating_network_id?: string;
                        floating_ip_address?: unknown;
                        subnet_id?: unknown;
                        port_id?: unknown;
                        fixed_ip_address?: unknown;
                        description?: string;
                        project_id?: string;
                        tenant_id?: string;
                    } & {
                        [key: string]: unknown;
                    };
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        floatingip: {
                            id?: string;
                            tenant_id?: string;
                            project_id?: string;
                            floating_ip_address?: string;
                            floating_network_id?: string;
                            router_id?: string | null;
                            port_id?: string | null;
                            fixed_ip_address?: string | null;
                            status?: string;
                            description?: string;
                            port_details?: {
                                name: string;
                                network_id: string;
                                mac_address: string;
                                admin_state_up: boolean;
                                status: string;
                                device_id: string;
                                device_owner: string;
                            } | null;
                            tags?: string[];
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                        };
                    };
                };
            };
        };
    };
    "network.floatingips.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "network.ip_availabilities.list": {
        parameters: {
            query?: {
                fields?: string | string[];
                sort_key?: string | string[];
                sort_dir?: string | string[];
                limit?: string | string[];
                marker?: string | string[];
                page_reverse?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        network_ip_availabilities: {
                            network_id?: string;
                            network_name?: string;
                            tenant_id?: string;
                            project_id?: string;
                            total_ips?: number;
                            used_ips?: number;
                            subnet_ip_availability?: {
                                subnet_id: string;
                                subnet_name: string;
                                cidr: string;
                                ip_version: number;
                                total_ips: number;
                                used_ips: number;
                            }[];
                        }[];
                    };
                };
            };
        };
    };
    "network.ip_availabilities.show": {
        parameters: {
            query?: {
                fields?: string | string[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        network_ip_availability: {
                            network_id?: string;
                            network_name?: string;
                            tenant_id?: string;
                            project_id?: string;
                            total_ips?: number;
                            used_ips?: number;
                            subnet_ip_availability?: {
                                subnet_id: string;
                                subnet_name: string;
                                cidr: string;
                                ip_version: number;
                                total_ips: number;
                                used_ips: number;
                            }[];
                        };
                    };
                };
            };
        };
    };
    "network.networks.list": {
        parameters: {
            query?: {
                fields?: string | string[];
                sort_key?: string | string[];
                sort_dir?: string | string[];
                limit?: string | string[];
                marker?: string | string[];
                page_reverse?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        networks: {
                            id?: string;
                            name?: string;
                            tenant_id?: string;
                            project_id?: string;
                            admin_state_up?: boolean;
                            mtu?: number;
                            status?: string;
                            subnets?: string[];
                            shared?: boolean;
                            availability_zone_hints?: string[];
                            availability_zones?: string[];
                            ipv4_address_scope?: string | null;
                            ipv6_address_scope?: string | null;
                            "router:external"?: boolean;
                            description?: string;
                            port_security_enabled?: boolean;
                            is_default?: boolean;
                            l2_adjacency?: boolean;
                            tags?: string[];
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                            "provider:network_type"?: string;
                            "provider:physical_network"?: string | null;
                            "provider:segmentation_id"?: number | null;
                        }[];
                        networks_links?: {
                            rel: string;
                            href: string;
                        }[];
                    };
                };
            };
        };
    };
    "network.networks.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    network?: {
                        name?: string;
                        description?: string;
                        admin_state_up?: boolean;
                        shared?: boolean;
                        "router:external"?: boolean;
                        mtu?: number;
                        port_security_enabled?: boolean;
                        is_default?: boolean;
                        "provider:network_type"?: string;
                        "provider:physical_network"?: string | null;
                        "provider:segmentation_id"?: number | null;
                        availability_zone_hints?: string[];
                        project_id?: string;
                        tenant_id?: string;
                    } & {
                        [key: string]: unknown;
                    };
                    networks?: ({
                        name?: string;
                        description?: string;
                        admin_state_up?: boolean;
                        shared?: boolean;
                        "router:external"?: boolean;
                        mtu?: number;
                        port_security_enabled?: boolean;
                        is_default?: boolean;
                        "provider:network_type"?: string;
                        "provider:physical_network"?: string | null;
                        "provider:segmentation_id"?: number | null;
                        availability_zone_hints?: string[];
                        project_id?: string;
                        tenant_id?: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        network?: {
                            id?: string;
                            name?: string;
                            tenant_id?: string;
                            project_id?: string;
                            admin_state_up?: boolean;
                            mtu?: number;
                            status?: string;
                            subnets?: string[];
                            shared?: boolean;
                            availability_zone_hints?: string[];
                            availability_zones?: string[];
                            ipv4_address_scope?: string | null;
                            ipv6_address_scope?: string | null;
                            "router:external"?: boolean;
                            description?: string;
                            port_security_enabled?: boolean;
                            is_default?: boolean;
                            l2_adjacency?: boolean;
                            tags?: string[];
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                            "provider:network_type"?: string;
                            "provider:physical_network"?: string | null;
                            "provider:segmentation_id"?: number | null;
                        };
                        networks?: {
                            id?: string;
                            name?: string;
                            tenant_id?: string;
                            project_id?: string;
                            admin_state_up?: boolean;
                            mtu?: number;
                            status?: string;
                            subnets?: string[];
                            shared?: boolean;
                            availability_zone_hints?: string[];
                            availability_zones?: string[];
                            ipv4_address_scope?: string | null;
                            ipv6_address_scope?: string | null;
                            "router:external"?: boolean;
                            description?: string;
                            port_security_enabled?: boolean;
                            is_default?: boolean;
                            l2_adjacency?: boolean;
                            tags?: string[];
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                            "provider:network_type"?: string;
                            "provider:physical_network"?: string | null;
                            "provider:segmentation_id"?: number | null;
                        }[];
                    };
                };
            };
        };
    };
    "network.networks.show": {
        parameters: {
            query?: {
                fields?: string | string[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        network: {
                            id?: string;
                            name?: string;
                            tenant_id?: string;
                            project_id?: string;
                            admin_state_up?: boolean;
                            mtu?: number;
                            status?: string;
                            subnets?: string[];
                            shared?: boolean;
                            availability_zone_hints?: string[];
                            availability_zones?: string[];
                            ipv4_address_scope?: string | null;
                            ipv6_address_scope?: string | null;
                            "router:external"?: boolean;
                            description?: string;
                            port_security_enabled?: boolean;
                            is_default?: boolean;
                            l2_adjacency?: boolean;
                            tags?: string[];
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                            "provider:network_type"?: string;
                            "provider:physical_network"?: string | null;
                            "provider:segmentation_id"?: number | null;
                        };
                    };
                };
            };
        };
    };
    "network.networks.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    network: {
                        name?: string;
                        description?: string;
                        admin_state_up?: boolean;
                        shared?: boolean;
                        "router:external"?: boolean;
                        mtu?: number;
                        port_security_enabled?: boolean;
                        is_default?: boolean;
                        "provider:network_type"?: string;
                        "provider:physical_network"?: string | null;
                        "provider:segmentation_id"?: number | null;
                        availability_zone_hints?: string[];
                        project_id?: string;
                        tenant_id?: string;
                    } & {
                        [key: string]: unknown;
                    };
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        network: {
                            id?: string;
                            name?: string;
                            tenant_id?: string;
                            project_id?: string;
                            admin_state_up?: boolean;
                            mtu?: number;
                            status?: string;
                            subnets?: string[];
                            shared?: boolean;
                            availability_zone_hints?: string[];
                            availability_zones?: string[];
                            ipv4_address_scope?: string | null;
                            ipv6_address_scope?: string | null;
                            "router:external"?: boolean;
                            description?: string;
                            port_security_enabled?: boolean;
                            is_default?: boolean;
                            l2_adjacency?: boolean;
                            tags?: string[];
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                            "provider:network_type"?: string;
                            "provider:physical_network"?: string | null;
                            "provider:segmentation_id"?: number | null;
                        };
                    };
                };
            };
        };
    };
    "network.networks.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "network.ports.list": {
        parameters: {
            query?: {
                fields?: string | string[];
                sort_key?: string | string[];
                sort_dir?: string | string[];
                limit?: string | string[];
                marker?: string | string[];
                page_reverse?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ports: {
                            id?: string;
                            name?: string;
                            network_id?: string;
                            tenant_id?: string;
                            project_id?: string;
                            mac_address?: string;
                            admin_state_up?: boolean;
                            status?: string;
                            device_id?: string;
                            device_owner?: string;
                            fixed_ips?: {
                                subnet_id: string;
                                ip_address: string;
                            }[];
                            allowed_address_pairs?: {
                                ip_address: string;
                                mac_address: string;
                            }[];
                            extra_dhcp_opts?: {
                                opt_name: string;
                                opt_value: string | null;
                                ip_version: number;
                            }[];
                            security_groups?: string[];
                            description?: string;
                            "binding:vnic_type"?: string;
                            port_security_enabled?: boolean;
                            ip_allocation?: string;
                            tags?: string[];
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                            "binding:host_id"?: string;
                            "binding:vif_type"?: string;
                            "binding:vif_details"?: {
                                [key: string]: unknown;
                            };
                            "binding:profile"?: {
                                [key: string]: unknown;
                            };
                        }[];
                        ports_links?: {
                            rel: string;
                            href: string;
                        }[];
                    };
                };
            };
        };
    };
    "network.ports.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    port?: {
                        name?: string;
                        description?: string;
                        network_id?: string;
                        admin_state_up?: boolean;
                        mac_address?: string;
                        fixed_ips?: {
                            [key: string]: unknown;
                        }[];
                        device_id?: string;
                        device_owner?: string;
                        "binding:host_id"?: string;
                        "binding:vnic_type"?: string;
                        "binding:profile"?: {
                            [key: string]: unknown;
                        } | null;
                        security_groups?: string[] | null;
                        port_security_enabled?: boolean;
                        allowed_address_pairs?: {
                            [key: string]: unknown;
                        }[] | null;
                        extra_dhcp_opts?: {
                            [key: string]: unknown;
                        }[] | null;
                        project_id?: string;
                        tenant_id?: string;
                    } & {
                        [key: string]: unknown;
                    };
                    ports?: ({
                        name?: string;
                        description?: string;
                        network_id?: string;
                        admin_state_up?: boolean;
                        mac_address?: string;
                        fixed_ips?: {
                            [key: string]: unknown;
                        }[];
                        device_id?: string;
                        device_owner?: string;
                        "binding:host_id"?: string;
                        "binding:vnic_type"?: string;
                        "binding:profile"?: {
                            [key: string]: unknown;
                        } | null;
                        security_groups?: string[] | null;
                        port_security_enabled?: boolean;
                        allowed_address_pairs?: {
                            [key: string]: unknown;
                        }[] | null;
                        extra_dhcp_opts?: {
                            [key: string]: unknown;
                        }[] | null;
                        project_id?: string;
                        tenant_id?: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        port?: {
                            id?: string;
                            name?: string;
                            network_id?: string;
                            tenant_id?: string;
                            project_id?: string;
                            mac_address?: string;
                            admin_state_up?: boolean;
                            status?: string;
                            device_id?: string;
                            device_owner?: string;
                            fixed_ips?: {
                                subnet_id: string;
                                ip_address: string;
                            }[];
                            allowed_address_pairs?: {
                                ip_address: string;
                                mac_address: string;
                            }[];
                            extra_dhcp_opts?: {
                                opt_name: string;
                                opt_value: string | null;
                                ip_version: number;
                            }[];
                            security_groups?: string[];
                            description?: string;
                            "binding:vnic_type"?: string;
                            port_security_enabled?: boolean;
                            ip_allocation?: string;
                            tags?: string[];
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                            "binding:host_id"?: string;
                            "binding:vif_type"?: string;
                            "binding:vif_details"?: {
                                [key: string]: unknown;
                            };
                            "binding:profile"?: {
                                [key: string]: unknown;
                            };
                        };
                        ports?: {
                            id?: string;
                            name?: string;
                            network_id?: string;
                            tenant_id?: string;
                            project_id?: string;
                            mac_address?: string;
                            admin_state_up?: boolean;
                            status?: string;
                            device_id?: string;
                            device_owner?: string;
                            fixed_ips?: {
                                subnet_id: string;
                                ip_address: string;
                            }[];
                            allowed_address_pairs?: {
                                ip_address: string;
                                mac_address: string;
                            }[];
                            extra_dhcp_opts?: {
                                opt_name: string;
                                opt_value: string | null;
                                ip_version: number;
                            }[];
                            security_groups?: string[];
                            description?: string;
                            "binding:vnic_type"?: string;
                            port_security_enabled?: boolean;
                            ip_allocation?: string;
                            tags?: string[];
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                            "binding:host_id"?: string;
                            "binding:vif_type"?: string;
                            "binding:vif_details"?: {
                                [key: string]: unknown;
                            };
                            "binding:profile"?: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
        };
    };
    "network.ports.show": {
        parameters: {
            query?: {
                fields?: string | string[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        port: {
                            id?: string;
                            name?: string;
                            network_id?: string;
                            tenant_id?: string;
                            project_id?: string;
                            mac_address?: string;
                            admin_state_up?: boolean;
                            status?: string;
                            device_id?: string;
                            device_owner?: string;
                            fixed_ips?: {
                                subnet_id: string;
                                ip_address: string;
                            }[];
                            allowed_address_pairs?: {
                                ip_address: string;
                                mac_address: string;
                            }[];
                            extra_dhcp_opts?: {
                                opt_name: string;
                                opt_value: string | null;
                                ip_version: number;
                            }[];
                            security_groups?: string[];
                            description?: string;
                            "binding:vnic_type"?: string;
                            port_security_enabled?: boolean;
                            ip_allocation?: string;
                            tags?: string[];
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                            "binding:host_id"?: string;
                            "binding:vif_type"?: string;
                            "binding:vif_details"?: {
                                [key: string]: unknown;
                            };
                            "binding:profile"?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    "network.ports.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    port: {
                        name?: string;
                        description?: string;
                        network_id?: string;
                        admin_state_up?: boolean;
                        mac_address?: string;
                        fixed_ips?: {
                            [key: string]: unknown;
                        }[];
                        device_id?: string;
                        device_owner?: string;
                        "binding:host_id"?: string;
                        "binding:vnic_type"?: string;
                        "binding:profile"?: {
                            [key: string]: unknown;
                        } | null;
                        security_groups?: string[] | null;
                        port_security_enabled?: boolean;
                        allowed_address_pairs?: {
                            [key: string]: unknown;
                        }[] | null;
                        extra_dhcp_opts?: {
                            [key: string]: unknown;
                        }[] | null;
                        project_id?: string;
                        tenant_id?: string;
                    } & {
                        [key: string]: unknown;
                    };
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        port: {
                            id?: string;
                            name?: string;
                            network_id?: string;
                            tenant_id?: string;
                            project_id?: string;
                            mac_address?: string;
                            admin_state_up?: boolean;
                            status?: string;
                            device_id?: string;
                            device_owner?: string;
                            fixed_ips?: {
                                subnet_id: string;
                                ip_address: string;
                            }[];
                            allowed_address_pairs?: {
                                ip_address: string;
                                mac_address: string;
                            }[];
                            extra_dhcp_opts?: {
                                opt_name: string;
                                opt_value: string | null;
                                ip_version: number;
                            }[];
                            security_groups?: string[];
                            description?: string;
                            "binding:vnic_type"?: string;
                            port_security_enabled?: boolean;
                            ip_allocation?: string;
                            tags?: string[];
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                            "binding:host_id"?: string;
                            "binding:vif_type"?: string;
                            "binding:vif_details"?: {
                                [key: string]: unknown;
                            };
                            "binding:profile"?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    "network.ports.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "network.quotas.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        quotas: {
                            floatingip: number;
                            network: number;
                            port: number;
                            rbac_policy: number;
                            router: number;
                            security_group: number;
                            security_group_rule: number;
                            subnet: number;
                            subnetpool: number;
                            project_id: string;
                            tenant_id: string;
                        }[];
                    };
                };
            };
        };
    };
    "network.quotas.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Not Implemented */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        NeutronError: {
                            type: string;
                            message: string;
                            detail: string;
                        };
                    };
                };
            };
        };
    };
    "network.quotas.project": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        project: {
                            project_id: string;
                        };
                    };
                };
            };
        };
    };
    "network.quotas.tenant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenant: {
                            tenant_id: string;
                        };
                    };
                };
            };
        };
    };
    "network.quotas.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        quota: {
                            floatingip: number;
                            network: number;
                            port: number;
                            rbac_policy: number;
                            router: number;
                            security_group: number;
                            security_group_rule: number;
                            subnet: number;
                            subnetpool: number;
                        };
                    };
                };
            };
        };
    };
    "network.quotas.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    quota: {
                        floatingip?: number;
                        network?: number;
                        port?: number;
                        rbac_policy?: number;
                        router?: number;
                        security_group?: number;
                        security_group_rule?: number;
                        subnet?: number;
                        subnetpool?: number;
                        check_limit?: unknown;
                        force?: unknown;
                    };
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        quota: {
                            floatingip: number;
                            network: number;
                            port: number;
                            rbac_policy: number;
                            router: number;
                            security_group: number;
                            security_group_rule: number;
                            subnet: number;
                            subnetpool: number;
                        };
                    };
                };
            };
        };
    };
    "network.quotas.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "network.quotas.defaults": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        quota: {
                            floatingip: number;
                            network: number;
                            port: number;
                            rbac_policy: number;
                            router: number;
                            security_group: number;
                            security_group_rule: number;
                            subnet: number;
                            subnetpool: number;
                        };
                    };
                };
            };
        };
    };
    "network.quotas.details": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        quota: {
                            floatingip: {
                                limit: number;
                                used: number;
                                reserved: number;
                            };
                            network: {
                                limit: number;
                                used: number;
                                reserved: number;
                            };
                            port: {
                                limit: number;
                                used: number;
                                reserved: number;
                            };
                            rbac_policy: {
                                limit: number;
                                used: number;
                                reserved: number;
                            };
                            router: {
                                limit: number;
                                used: number;
                                reserved: number;
                            };
                            security_group: {
                                limit: number;
                                used: number;
                                reserved: number;
                            };
                            security_group_rule: {
                                limit: number;
                                used: number;
                                reserved: number;
                            };
                            subnet: {
                                limit: number;
                                used: number;
                                reserved: number;
                            };
                            subnetpool: {
                                limit: number;
                                used: number;
                                reserved: number;
                            };
                        };
                    };
                };
            };
        };
    };
    "network.quotas.details_json": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        quota: {
                            floatingip: {
                                limit: number;
                                used: number;
                                reserved: number;
                            };
                            network: {
                                limit: number;
                                used: number;
                                reserved: number;
                            };
                            port: {
                                limit: number;
                                used: number;
                                reserved: number;
                            };
                            rbac_policy: {
                                limit: number;
                                used: number;
                                reserved: number;
                            };
                            router: {
                                limit: number;
                                used: number;
                                reserved: number;
                            };
                            security_group: {
                                limit: number;
                                used: number;
                                reserved: number;
                            };
                            security_group_rule: {
                                limit: number;
                                used: number;
                                reserved: number;
                            };
                            subnet: {
                                limit: number;
                                used: number;
                                reserved: number;
                            };
                            subnetpool: {
                                limit: number;
                                used: number;
                                reserved: number;
                            };
                        };
                    };
                };
            };
        };
    };
    "network.routers.list": {
        parameters: {
            query?: {
                fields?: string | string[];
                sort_key?: string | string[];
                sort_dir?: string | string[];
                limit?: string | string[];
                marker?: string | string[];
                page_reverse?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        routers: {
                            id?: string;
                            name?: string;
                            tenant_id?: string;
                            project_id?: string;
                            admin_state_up?: boolean;
                            status?: string;
                            external_gateway_info?: {
                                network_id: string;
                                enable_snat: boolean;
                                external_fixed_ips: {
                                    subnet_id: string;
                                    ip_address: string;
                                }[];
                            } | null;
                            description?: string;
                            routes?: {
                                destination: string;
                                nexthop: string;
                            }[];
                            tags?: string[];
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                        }[];
                        routers_links?: {
                            rel: string;
                            href: string;
                        }[];
                    };
                };
            };
        };
    };
    "network.routers.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    router?: {
                        name?: string;
                        description?: string;
                        admin_state_up?: boolean;
                        external_gateway_info?: unknown;
                        routes?: unknown;
                        project_id?: string;
                        tenant_id?: string;
                    } & {
                        [key: string]: unknown;
                    };
                    routers?: ({
                        name?: string;
                        description?: string;
                        admin_state_up?: boolean;
                        external_gateway_info?: unknown;
                        routes?: unknown;
                        project_id?: string;
                        tenant_id?: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        router?: {
                            id?: string;
                            name?: string;
                            tenant_id?: string;
                            project_id?: string;
                            admin_state_up?: boolean;
                            status?: string;
                            external_gateway_info?: {
                                network_id: string;
                                enable_snat: boolean;
                                external_fixed_ips: {
                                    subnet_id: string;
                                    ip_address: string;
                                }[];
                            } | null;
                            description?: string;
                            routes?: {
                                destination: string;
                                nexthop: string;
                            }[];
                            tags?: string[];
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                        };
                        routers?: {
                            id?: string;
                            name?: string;
                            tenant_id?: string;
                            project_id?: string;
                            admin_state_up?: boolean;
                            status?: string;
                            external_gateway_info?: {
                                network_id: string;
                                enable_snat: boolean;
                                external_fixed_ips: {
                                    subnet_id: string;
                                    ip_address: string;
                                }[];
                            } | null;
                            description?: string;
                            routes?: {
                                destination: string;
                                nexthop: string;
                            }[];
                            tags?: string[];
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                        }[];
                    };
                };
            };
        };
    };
    "network.routers.show": {
        parameters: {
            query?: {
                fields?: string | string[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        router: {
                            id?: string;
                            name?: string;
                            tenant_id?: string;
                            project_id?: string;
                            admin_state_up?: boolean;
                            status?: string;
                            external_gateway_info?: {
                                network_id: string;
                                enable_snat: boolean;
                                external_fixed_ips: {
                                    subnet_id: string;
                                    ip_address: string;
                                }[];
                            } | null;
                            description?: string;
                            routes?: {
                                destination: string;
                                nexthop: string;
                            }[];
                            tags?: string[];
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                        };
                    };
                };
            };
        };
    };
    "network.routers.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    router: {
                        name?: string;
                        description?: string;
                        admin_state_up?: boolean;
                        external_gateway_info?: unknown;
                        routes?: unknown;
                        project_id?: string;
                        tenant_id?: string;
                    } & {
                        [key: string]: unknown;
                    };
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        router: {
                            id?: string;
                            name?: string;
                            tenant_id?: string;
                            project_id?: string;
                            admin_state_up?: boolean;
                            status?: string;
                            external_gateway_info?: {
                                network_id: string;
                                enable_snat: boolean;
                                external_fixed_ips: {
                                    subnet_id: string;
                                    ip_address: string;
                                }[];
                            } | null;
                            description?: string;
                            routes?: {
                                destination: string;
                                nexthop: string;
                            }[];
                            tags?: string[];
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                        };
                    };
                };
            };
        };
    };
    "network.routers.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "network.routers.add_interface": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    subnet_id?: string;
                    port_id?: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        tenant_id: string;
                        project_id: string;
                        port_id: string;
                        network_id: string;
                        subnet_id: string;
                        subnet_ids: string[];
                    };
                };
            };
        };
    };
    "network.routers.remove_interface": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    subnet_id?: string;
                    port_id?: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        tenant_id: string;
                        project_id: string;
                        port_id: string;
                        network_id: string;
                        subnet_id: string;
                        subnet_ids: string[];
                    };
                };
            };
        };
    };
    "network.security_group_rules.list": {
        parameters: {
            query?: {
                fields?: string | string[];
                sort_key?: string | string[];
                sort_dir?: string | string[];
                limit?: string | string[];
                marker?: string | string[];
                page_reverse?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        security_group_rules: {
                            id?: string;
                            tenant_id?: string;
                            project_id?: string;
                            security_group_id?: string;
                            ethertype?: string;
                            direction?: string;
                            protocol?: string | null;
                            port_range_min?: number | null;
                            port_range_max?: number | null;
                            remote_ip_prefix?: string | null;
                            remote_address_group_id?: string | null;
                            normalized_cidr?: string | null;
                            remote_group_id?: string | null;
                            description?: string;
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                        }[];
                        security_group_rules_links?: {
                            rel: string;
                            href: string;
                        }[];
                    };
                };
            };
        };
    };
    "network.security_group_rules.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    security_group_rule?: {
                        security_group_id?: string;
                        direction?: string;
                        ethertype?: string;
                        protocol?: string | number | null;
                        port_range_min?: number | string | null;
                        port_range_max?: number | string | null;
                        remote_ip_prefix?: string | null;
                        remote_group_id?: string | null;
                        remote_address_group_id?: string | null;
                        description?: string;
                        project_id?: string;
                        tenant_id?: string;
                    } & {
                        [key: string]: unknown;
                    };
                    security_group_rules?: ({
                        security_group_id?: string;
                        direction?: string;
                        ethertype?: string;
                        protocol?: string | number | null;
                        port_range_min?: number | string | null;
                        port_range_max?: number | string | null;
                        remote_ip_prefix?: string | null;
                        remote_group_id?: string | null;
                        remote_address_group_id?: string | null;
                        description?: string;
                        project_id?: string;
                        tenant_id?: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        security_group_rule?: {
                            id?: string;
                            tenant_id?: string;
                            project_id?: string;
                            security_group_id?: string;
                            ethertype?: string;
                            direction?: string;
                            protocol?: string | null;
                            port_range_min?: number | null;
                            port_range_max?: number | null;
                            remote_ip_prefix?: string | null;
                            remote_address_group_id?: string | null;
                            normalized_cidr?: string | null;
                            remote_group_id?: string | null;
                            description?: string;
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                        };
                        security_group_rules?: {
                            id?: string;
                            tenant_id?: string;
                            project_id?: string;
                            security_group_id?: string;
                            ethertype?: string;
                            direction?: string;
                            protocol?: string | null;
                            port_range_min?: number | null;
                            port_range_max?: number | null;
                            remote_ip_prefix?: string | null;
                            remote_address_group_id?: string | null;
                            normalized_cidr?: string | null;
                            remote_group_id?: string | null;
                            description?: string;
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                        }[];
                    };
                };
            };
        };
    };
    "network.security_group_rules.show": {
        parameters: {
            query?: {
                fields?: string | string[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        security_group_rule: {
                            id?: string;
                            tenant_id?: string;
                            project_id?: string;
                            security_group_id?: string;
                            ethertype?: string;
                            direction?: string;
                            protocol?: string | null;
                            port_range_min?: number | null;
                            port_range_max?: number | null;
                            remote_ip_prefix?: string | null;
                            remote_address_group_id?: string | null;
                            normalized_cidr?: string | null;
                            remote_group_id?: string | null;
                            description?: string;
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                        };
                    };
                };
            };
        };
    };
    "network.security_group_rules.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    security_group_rule: {
                        security_group_id?: string;
                        direction?: string;
                        ethertype?: string;
                        protocol?: string | number | null;
                        port_range_min?: number | string | null;
                        port_range_max?: number | string | null;
                        remote_ip_prefix?: string | null;
                        remote_group_id?: string | null;
                        remote_address_group_id?: string | null;
                        description?: string;
                        project_id?: string;
                        tenant_id?: string;
                    } & {
                        [key: string]: unknown;
                    };
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        security_group_rule: {
                            id?: string;
                            tenant_id?: string;
                            project_id?: string;
                            security_group_id?: string;
                            ethertype?: string;
                            direction?: string;
                            protocol?: string | null;
                            port_range_min?: number | null;
                            port_range_max?: number | null;
                            remote_ip_prefix?: string | null;
                            remote_address_group_id?: string | null;
                            normalized_cidr?: string | null;
                            remote_group_id?: string | null;
                            description?: string;
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                        };
                    };
                };
            };
        };
    };
    "network.security_group_rules.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "network.security_groups.list": {
        parameters: {
            query?: {
                fields?: string | string[];
                sort_key?: string | string[];
                sort_dir?: string | string[];
                limit?: string | string[];
                marker?: string | string[];
                page_reverse?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        security_groups: {
                            id?: string;
                            name?: string;
                            stateful?: boolean;
                            tenant_id?: string;
                            project_id?: string;
                            description?: string;
                            shared?: boolean;
                            security_group_rules?: {
                                id?: string;
                                tenant_id?: string;
                                project_id?: string;
                                security_group_id?: string;
                                ethertype?: string;
                                direction?: string;
                                protocol?: string | null;
                                port_range_min?: number | null;
                                port_range_max?: number | null;
                                remote_ip_prefix?: string | null;
                                remote_address_group_id?: string | null;
                                normalized_cidr?: string | null;
                                remote_group_id?: string | null;
                                description?: string;
                                created_at?: string;
                                updated_at?: string;
                                revision_number?: number;
                            }[];
                            tags?: string[];
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                        }[];
                        security_groups_links?: {
                            rel: string;
                            href: string;
                        }[];
                    };
                };
            };
        };
    };
    "network.security_groups.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    security_group?: {
                        name?: string;
                        description?: string;
                        stateful?: boolean;
                        project_id?: string;
                        tenant_id?: string;
                    } & {
                        [key: string]: unknown;
                    };
                    security_groups?: ({
                        name?: string;
                        description?: string;
                        stateful?: boolean;
                        project_id?: string;
                        tenant_id?: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        security_group?: {
                            id?: string;
                            name?: string;
                            stateful?: boolean;
                            tenant_id?: string;
                            project_id?: string;
                            description?: string;
                            shared?: boolean;
                            security_group_rules?: {
                                id?: string;
                                tenant_id?: string;
                                project_id?: string;
                                security_group_id?: string;
                                ethertype?: string;
                                direction?: string;
                                protocol?: string | null;
                                port_range_min?: number | null;
                                port_range_max?: number | null;
                                remote_ip_prefix?: string | null;
                                remote_address_group_id?: string | null;
                                normalized_cidr?: string | null;
                                remote_group_id?: string | null;
                                description?: string;
                                created_at?: string;
                                updated_at?: string;
                                revision_number?: number;
                            }[];
                            tags?: string[];
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                        };
                        security_groups?: {
                            id?: string;
                            name?: string;
                            stateful?: boolean;
                            tenant_id?: string;
                            project_id?: string;
                            description?: string;
                            shared?: boolean;
                            security_group_rules?: {
                                id?: string;
                                tenant_id?: string;
                                project_id?: string;
                                security_group_id?: string;
                                ethertype?: string;
                                direction?: string;
                                protocol?: string | null;
                                port_range_min?: number | null;
                                port_range_max?: number | null;
                                remote_ip_prefix?: string | null;
                                remote_address_group_id?: string | null;
                                normalized_cidr?: string | null;
                                remote_group_id?: string | null;
                                description?: string;
                                created_at?: string;
                                updated_at?: string;
                                revision_number?: number;
                            }[];
                            tags?: string[];
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                        }[];
                    };
                };
            };
        };
    };
    "network.security_groups.show": {
        parameters: {
            query?: {
                fields?: string | string[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        security_group: {
                            id?: string;
                            name?: string;
                            stateful?: boolean;
                            tenant_id?: string;
                            project_id?: string;
                            description?: string;
                            shared?: boolean;
                            security_group_rules?: {
                                id?: string;
                                tenant_id?: string;
                                project_id?: string;
                                security_group_id?: string;
                                ethertype?: string;
                                direction?: string;
                                protocol?: string | null;
                                port_range_min?: number | null;
                                port_range_max?: number | null;
                                remote_ip_prefix?: string | null;
                                remote_address_group_id?: string | null;
                                normalized_cidr?: string | null;
                                remote_group_id?: string | null;
                                description?: string;
                                created_at?: string;
                                updated_at?: string;
                                revision_number?: number;
                            }[];
                            tags?: string[];
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                        };
                    };
                };
            };
        };
    };
    "network.security_groups.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    security_group: {
                        name?: string;
                        description?: string;
                        stateful?: boolean;
                        project_id?: string;
                        tenant_id?: string;
                    } & {
                        [key: string]: unknown;
                    };
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        security_group: {
                            id?: string;
                            name?: string;
                            stateful?: boolean;
                            tenant_id?: string;
                            project_id?: string;
                            description?: string;
                            shared?: boolean;
                            security_group_rules?: {
                                id?: string;
                                tenant_id?: string;
                                project_id?: string;
                                security_group_id?: string;
                                ethertype?: string;
                                direction?: string;
                                protocol?: string | null;
                                port_range_min?: number | null;
                                port_range_max?: number | null;
                                remote_ip_prefix?: string | null;
                                remote_address_group_id?: string | null;
                                normalized_cidr?: string | null;
                                remote_group_id?: string | null;
                                description?: string;
                                created_at?: string;
                                updated_at?: string;
                                revision_number?: number;
                            }[];
                            tags?: string[];
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                        };
                    };
                };
            };
        };
    };
    "network.security_groups.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "network.subnets.list": {
        parameters: {
            query?: {
                fields?: string | string[];
                sort_key?: string | string[];
                sort_dir?: string | string[];
                limit?: string | string[];
                marker?: string | string[];
                page_reverse?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subnets: {
                            id?: string;
                            name?: string;
                            tenant_id?: string;
                            project_id?: string;
                            network_id?: string;
                            ip_version?: number;
                            subnetpool_id?: string | null;
                            enable_dhcp?: boolean;
                            ipv6_ra_mode?: string | null;
                            ipv6_address_mode?: string | null;
                            gateway_ip?: string | null;
                            cidr?: string;
                            allocation_pools?: {
                                start: string;
                                end: string;
                            }[];
                            host_routes?: {
                                destination: string;
                                nexthop: string;
                            }[];
                            dns_nameservers?: string[];
                            description?: string;
                            service_types?: string[];
                            tags?: string[];
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                        }[];
                        subnets_links?: {
                            rel: string;
                            href: string;
                        }[];
                    };
                };
            };
        };
    };
    "network.subnets.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    subnet?: {
                        name?: string;
                        description?: string;
                        network_id?: string;
                        ip_version?: number;
                        cidr?: string;
                        gateway_ip?: string | null;
                        allocation_pools?: {
                            [key: string]: unknown;
                        }[];
                        enable_dhcp?: boolean;
                        dns_nameservers?: string[];
                        host_routes?: {
                            [key: string]: unknown;
                        }[];
                        ipv6_ra_mode?: string | null;
                        ipv6_address_mode?: string | null;
                        subnetpool_id?: string | null;
                        service_types?: string[];
                        project_id?: string;
                        tenant_id?: string;
                    } & {
                        [key: string]: unknown;
                    };
                    subnets?: ({
                        name?: string;
                        description?: string;
                        network_id?: string;
                        ip_version?: number;
                        cidr?: string;
                        gateway_ip?: string | null;
                        allocation_pools?: {
                            [key: string]: unknown;
                        }[];
                        enable_dhcp?: boolean;
                        dns_nameservers?: string[];
                        host_routes?: {
                            [key: string]: unknown;
                        }[];
                        ipv6_ra_mode?: string | null;
                        ipv6_address_mode?: string | null;
                        subnetpool_id?: string | null;
                        service_types?: string[];
                        project_id?: string;
                        tenant_id?: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subnet?: {
                            id?: string;
                            name?: string;
                            tenant_id?: string;
                            project_id?: string;
                            network_id?: string;
                            ip_version?: number;
                            subnetpool_id?: string | null;
                            enable_dhcp?: boolean;
                            ipv6_ra_mode?: string | null;
                            ipv6_address_mode?: string | null;
                            gateway_ip?: string | null;
                            cidr?: string;
                            allocation_pools?: {
                                start: string;
                                end: string;
                            }[];
                            host_routes?: {
                                destination: string;
                                nexthop: string;
                            }[];
                            dns_nameservers?: string[];
                            description?: string;
                            service_types?: string[];
                            tags?: string[];
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                        };
                        subnets?: {
                            id?: string;
                            name?: string;
                            tenant_id?: string;
                            project_id?: string;
                            network_id?: string;
                            ip_version?: number;
                            subnetpool_id?: string | null;
                            enable_dhcp?: boolean;
                            ipv6_ra_mode?: string | null;
                            ipv6_address_mode?: string | null;
                            gateway_ip?: string | null;
                            cidr?: string;
                            allocation_pools?: {
                                start: string;
                                end: string;
                            }[];
                            host_routes?: {
                                destination: string;
                                nexthop: string;
                            }[];
                            dns_nameservers?: string[];
                            description?: string;
                            service_types?: string[];
                            tags?: string[];
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                        }[];
                    };
                };
            };
        };
    };
    "network.subnets.show": {
        parameters: {
            query?: {
                fields?: string | string[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subnet: {
                            id?: string;
                            name?: string;
                            tenant_id?: string;
                            project_id?: string;
                            network_id?: string;
                            ip_version?: number;
                            subnetpool_id?: string | null;
                            enable_dhcp?: boolean;
                            ipv6_ra_mode?: string | null;
                            ipv6_address_mode?: string | null;
                            gateway_ip?: string | null;
                            cidr?: string;
                            allocation_pools?: {
                                start: string;
                                end: string;
                            }[];
                            host_routes?: {
                                destination: string;
                                nexthop: string;
                            }[];
                            dns_nameservers?: string[];
                            description?: string;
                            service_types?: string[];
                            tags?: string[];
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                        };
                    };
                };
            };
        };
    };
    "network.subnets.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    subnet: {
                        name?: string;
                        description?: string;
                        network_id?: string;
                        ip_version?: number;
                        cidr?: string;
                        gateway_ip?: string | null;
                        allocation_pools?: {
                            [key: string]: unknown;
                        }[];
                        enable_dhcp?: boolean;
                        dns_nameservers?: string[];
                        host_routes?: {
                            [key: string]: unknown;
                        }[];
                        ipv6_ra_mode?: string | null;
                        ipv6_address_mode?: string | null;
                        subnetpool_id?: string | null;
                        service_types?: string[];
                        project_id?: string;
                        tenant_id?: string;
                    } & {
                        [key: string]: unknown;
                    };
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subnet: {
                            id?: string;
                            name?: string;
                            tenant_id?: string;
                            project_id?: string;
                            network_id?: string;
                            ip_version?: number;
                            subnetpool_id?: string | null;
                            enable_dhcp?: boolean;
                            ipv6_ra_mode?: string | null;
                            ipv6_address_mode?: string | null;
                            gateway_ip?: string | null;
                            cidr?: string;
                            allocation_pools?: {
                                start: string;
                                end: string;
                            }[];
                            host_routes?: {
                                destination: string;
                                nexthop: string;
                            }[];
                            dns_nameservers?: string[];
                            description?: string;
                            service_types?: string[];
                            tags?: string[];
                            created_at?: string;
                            updated_at?: string;
                            revision_number?: number;
                        };
                    };
                };
            };
        };
    };
    "network.subnets.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "placement.versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        versions: {
                            id: string;
                            max_version: string;
                            min_version: string;
                            status: string;
                            links: {
                                rel: string;
                                href: string;
                            }[];
                        }[];
                    };
                };
            };
        };
    };
    "placement.allocation_candidates.list": {
        parameters: {
            query?: {
                /** @description `RC:amount,...` (suffixed resources<S> groups from 1.25). */
                resources?: string | string[];
                /** @description Most allocation requests to return (1.16). */
                limit?: string | string[];
                /** @description Traits of the group (1.17; required<S> from 1.25). */
                required?: string | string[];
                /** @description Aggregates of the group (1.21; member_of<S> from 1.25). */
                member_of?: string | string[];
                /** @description Provider whose tree must satisfy the group (1.31). */
                in_tree?: string | string[];
                /** @description `none` or `isolate`; required with two or more numbered groups (1.25). */
                group_policy?: string | string[];
                /** @description Traits the root provider must (not) have (1.35). */
                root_required?: string | string[];
                /** @description Suffixes of groups to satisfy within one subtree (1.36). */
                same_subtree?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        allocation_requests: ({
                            allocations: {
                                [key: string]: {
                                    resources: {
                                        [key: string]: number;
                                    };
                                };
                            };
                            /** @description 1.34+ */
                            mappings?: {
                                [key: string]: string[];
                            };
                        } | {
                            allocations: {
                                resource_provider: {
                                    uuid: string;
                                };
                                resources: {
                                    [key: string]: number;
                                };
                            }[];
                        })[];
                        provider_summaries: {
                            [key: string]: {
                                resources: {
                                    [key: string]: {
                                        capacity: number;
                                        used: number;
                                    };
                                };
                                /** @description 1.17+ */
                                traits?: string[];
                                /** @description 1.29+ */
                                parent_provider_uuid?: string | null;
                                /** @description 1.29+ */
                                root_provider_uuid?: string;
                            };
                        };
                    };
                };
            };
        };
    };
    "placement.allocations.consumer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Consumer (instance or migration) UUID. */
                consumer_uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        allocations: {
                            [key: string]: {
                                resources: {
                                    [key: string]: number;
                                };
                                generation: number;
                            };
                        };
                        /** @description 1.12+, when there are allocations */
                        project_id?: string;
                        /** @description 1.12+, when there are allocations */
                        user_id?: string;
                        /** @description 1.28+ */
                        consumer_generation?: number;
                        /** @description 1.38+ */
                        consumer_type?: string;
                    };
                };
            };
        };
    };
    "placement.resource_classes.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        resource_classes: {
                            name: string;
                            links: {
                                rel: string;
                                href: string;
                            }[];
                        }[];
                    };
                };
            };
        };
    };
    "placement.resource_classes.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        links: {
                            rel: string;
                            href: string;
                        }[];
                    };
                };
            };
        };
    };
    "placement.resource_providers.list": {
        parameters: {
            query?: {
                /** @description Exact provider name. */
                name?: string | string[];
                /** @description Provider UUID. */
                uuid?: string | string[];
                /** @description Aggregate UUID, `in:` list, `!uuid` or `!in:` list (1.3; repeatable 1.24; forbidden 1.32). */
                member_of?: string | string[];
                /** @description `RC:amount,...` the provider must have room for (1.4). */
                resources?: string | string[];
                /** @description UUID of a provider whose tree to list (1.14). */
                in_tree?: string | string[];
                /** @description Traits, `!TRAIT` forbidden (1.22), `in:A,B` any-of (1.39) (1.18). */
                required?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        resource_providers: {
                            uuid: string;
                            name: string;
                            generation: number;
                            links: {
                                rel: string;
                                href: string;
                            }[];
                            /** @description 1.14+ */
                            parent_provider_uuid?: string | null;
                            /** @description 1.14+ */
                            root_provider_uuid?: string;
                        }[];
                    };
                };
            };
        };
    };
    "placement.resource_providers.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Resource provider UUID. */
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        uuid: string;
                        name: string;
                        generation: number;
                        links: {
                            rel: string;
                            href: string;
                        }[];
                        /** @description 1.14+ */
                        parent_provider_uuid?: string | null;
                        /** @description 1.14+ */
                        root_provider_uuid?: string;
                    };
                };
            };
        };
    };
    "placement.aggregates.provider": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Resource provider UUID. */
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aggregates: string[];
                        /** @description 1.19+ */
                        resource_provider_generation?: number;
                    };
                };
            };
        };
    };
    "placement.allocations.provider": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Resource provider UUID. */
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        allocations: {
                            [key: string]: {
                                resources: {
                                    [key: string]: number;
                                };
                                /** @description 1.28+ */
                                consumer_generation?: number;
                            };
                        };
                        resource_provider_generation: number;
                    };
                };
            };
        };
    };
    "placement.inventories.list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Resource provider UUID. */
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        resource_provider_generation: number;
                        inventories: {
                            [key: string]: {
                                total: number;
                                reserved: number;
                                min_unit: number;
                                max_unit: number;
                                step_size: number;
                                allocation_ratio: number;
                            };
                        };
                    };
                };
            };
        };
    };
    "placement.inventories.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Resource provider UUID. */
                uuid: string;
                /** @description Resource class name, e.g. VCPU. */
                resource_class: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        total: number;
                        reserved: number;
                        min_unit: number;
                        max_unit: number;
                        step_size: number;
                        allocation_ratio: number;
                        resource_provider_generation?: number;
                    };
                };
            };
        };
    };
    "placement.traits.provider": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Resource provider UUID. */
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        traits: string[];
                        resource_provider_generation?: number;
                    };
                };
            };
        };
    };
    "placement.usages.provider": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Resource provider UUID. */
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        resource_provider_generation: number;
                        usages: {
                            [key: string]: number;
                        };
                    };
                };
            };
        };
    };
    "placement.traits.list": {
        parameters: {
            query?: {
                /** @description `in:A,B` or `startswith:PREFIX`. */
                name?: string | string[];
                /** @description `true`: only traits some provider has; `false`: only unused ones. */
                associated?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        traits: string[];
                        resource_provider_generation?: number;
                    };
                };
            };
        };
    };
    "placement.traits.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "placement.usages.total": {
        parameters: {
            query?: {
                /** @description Project whose consumers' usage to sum (required). */
                project_id?: string | string[];
                /** @description Only this user's consumers. */
                user_id?: string | string[];
                /** @description Group and filter by consumer type; `all`, `unknown` (1.38). */
                consumer_type?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description By resource class; from 1.38 by consumer type, each with a consumer_count. */
                        usages: {
                            [key: string]: number | {
                                [key: string]: number;
                            };
                        };
                    };
                };
            };
        };
    };
    "sim.console": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/html */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    "sim.console.file": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JavaScript or CSS */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    "sim.clock.show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clock: components["schemas"]["SimClock"];
                    };
                };
            };
        };
    };
    "sim.clock.update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    mode?: "real" | "speed" | "manual";
                    /** @description With mode speed (or alone: switches to speed mode). */
                    speed?: number;
                    /**
                     * Format: date-time
                     * @description Jump to this time.
                     */
                    set?: string;
                    /** @description Seconds, or an ISO 8601 duration (PT90S, P1DT2H): move on, firing every step due on the way in time order. */
                    advance?: number | string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clock: components["schemas"]["SimClock"];
                    };
                };
            };
        };
    };
    "sim.events.list": {
        parameters: {
            query?: {
                /** @description Only events after this id (the `last` of the previous answer). */
                since?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        events: components["schemas"]["SimEvent"][];
                        /** @description Pass as since to get what comes next. */
                        last: number;
                    };
                };
            };
        };
    };
    "sim.faults.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        faults: components["schemas"]["SimFault"][];
                    };
                };
            };
        };
    };
    "sim.faults.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default {} */
                    match?: {
                        /** @description build, resize, migrate, live-migrate, evacuate, reboot, rebuild, snapshot, delete, or any other action key of src/compute/lifecycle.ts. */
                        action?: string;
                        host?: string;
                        az?: string;
                        /** @description Flavor id or name. */
                        flavor?: string;
                        /** @description Image id. */
                        image?: string;
                        /** @description Project id. */
                        project?: string;
                        /** @description Servers with this metadata key. */
                        metadata_key?: string;
                    };
                    effect: {
                        /** @enum {string} */
                        type: "fail" | "hang" | "delay" | "no_valid_host" | "claim_conflict";
                        /** @description fail: the fault's code (default 500). */
                        code?: number;
                        /** @description fail: the fault's message. */
                        message?: string;
                        /** @description fail: the fault's details (admins see them). */
                        details?: string;
                        /** @description delay: added to the step's time. */
                        delay_ms?: number;
                        /** @description delay: up to this much more or less, at random. */
                        jitter_ms?: number;
                    };
                    /** @description Chance the rule fires when it matches (default 1), drawn from the seed's stream when a seed is set. */
                    probability?: number;
                    /** @description Fires at most this many times (default: no limit). */
                    count?: number;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        fault: components["schemas"]["SimFault"];
                    };
                };
            };
        };
    };
    "sim.faults.clear": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "sim.faults.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fault_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "sim.health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimHealth"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimHealth"];
                };
            };
        };
    };
    "sim.hosts.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        hosts: components["schemas"]["SimHost"][];
                    };
                };
            };
        };
    };
    "sim.hosts.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    hosts: {
                        /** @description One host of this name, or name1..nameN with count; unnamed: computeN. */
                        name?: string;
                        count?: number;
                        vcpus?: number;
                        ram_mb?: number;
                        disk_gb?: number;
                        cpu_allocation_ratio?: number;
                        ram_allocation_ratio?: number;
                        disk_allocation_ratio?: number;
                        reserved_host_memory_mb?: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        hosts: components["schemas"]["SimHost"][];
                    };
                };
            };
        };
    };
    "sim.hosts.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                host_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "sim.hosts.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                host_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    vcpus?: number;
                    ram_mb?: number;
                    disk_gb?: number;
                    cpu_allocation_ratio?: number;
                    ram_allocation_ratio?: number;
                    disk_allocation_ratio?: number;
                    reserved_host_memory_mb?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        host: components["schemas"]["SimHost"];
                    };
                };
            };
        };
    };
    "sim.hosts.down": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                host_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        host: {
                            name: string;
                            /** @enum {string} */
                            state: "up" | "down";
                        };
                    };
                };
            };
        };
    };
    "sim.hosts.up": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                host_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        host: {
                            name: string;
                            /** @enum {string} */
                            state: "up" | "down";
                        };
                    };
                };
            };
        };
    };
    "sim.http_faults.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        http_faults: components["schemas"]["SimHttpFault"][];
                    };
                };
            };
        };
    };
    "sim.http_faults.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default {} */
                    match?: {
                        /** @description A regular expression over the request path (without the query string), e.g. ^/compute/v2.1/servers$. */
                        path?: string;
                        /** @enum {string} */
                        service?: "identity" | "compute" | "image" | "network" | "placement" | "root";
                        method?: string;
                    };
                    effect: {
                        /** @description Answer this status with the service's own error body. */
                        status?: number;
                        message?: string;
                        /** @description Wait this long first. */
                        latency_ms?: number;
                    };
                    /** @description Chance the rule fires when it matches (default 1), drawn from the seed's stream when a seed is set. */
                    probability?: number;
                    /** @description Fires at most this many times (default: no limit). */
                    count?: number;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        http_fault: components["schemas"]["SimHttpFault"];
                    };
                };
            };
        };
    };
    "sim.http_faults.clear": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "sim.http_faults.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fault_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "sim.requests.list": {
        parameters: {
            query?: {
                /** @description The last this many (default all kept, up to 500). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        requests: components["schemas"]["SimRequest"][];
                    };
                };
            };
        };
    };
    "sim.reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Keep the caller's token valid across the reset (default true). */
                    keep_token?: boolean;
                    /** @description Seed the randomness from here on (UUIDs, addresses, scheduler tie-breaks, fault probabilities); default the --seed setting. */
                    seed?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reset: {
                            /** @description Rows in each table after the reset. */
                            tables: {
                                [key: string]: number;
                            };
                            /** @description The seed the randomness now comes from, or null. */
                            seed: number | null;
                        };
                    };
                };
            };
        };
    };
    "sim.scheduler.decisions.list": {
        parameters: {
            query?: {
                /** @description Only the decisions for this instance. */
                instance_uuid?: string;
                /** @description At most this many, newest first. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        decisions: components["schemas"]["SchedulerDecision"][];
                    };
                };
            };
        };
    };
    "sim.scheduler.decisions.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                decision_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        decision: components["schemas"]["SchedulerDecision"];
                    };
                };
            };
        };
    };
    "sim.snapshots.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        snapshots: components["schemas"]["SimSnapshot"][];
                    };
                };
            };
        };
    };
    "sim.snapshots.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        snapshot: components["schemas"]["SimSnapshot"];
                    };
                };
            };
        };
    };
    "sim.snapshots.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        snapshot: components["schemas"]["SimSnapshot"];
                    };
                };
            };
        };
    };
    "sim.snapshots.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "sim.snapshots.restore": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    keep_token?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        snapshot: components["schemas"]["SimSnapshot"];
                    };
                };
            };
        };
    };
    "volume.versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Multiple Choices */
            300: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        versions: {
                            id: string;
                            status: string;
                            version: string;
                            min_version: string;
                            updated: string;
                            links: {
                                rel: string;
                                href: string;
                                type?: string;
                            }[];
                            "media-types": {
                                base: string;
                                type: string;
                            }[];
                        }[];
                    };
                };
            };
        };
    };
    "volume.version.v3": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        versions: {
                            id: string;
                            status: string;
                            version: string;
                            min_version: string;
                            updated: string;
                            links: {
                                rel: string;
                                href: string;
                                type?: string;
                            }[];
                            "media-types": {
                                base: string;
                                type: string;
                            }[];
                        }[];
                    };
                };
            };
        };
    };
    "volume.limits.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        limits: {
                            rate: unknown[];
                            absolute: {
                                [key: string]: number;
                            };
                        };
                    };
                };
            };
        };
    };
    "volume.quota-sets.show": {
        parameters: {
            query?: {
                usage?: string | string[];
            };
            header?: never;
            path: {
                project_id: string;
                target_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        quota_set: {
                            [key: string]: number | string | {
                                limit: number;
                                in_use: number;
                                reserved: number;
                            };
                        };
                    };
                };
            };
        };
    };
    "volume.quota-sets.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
                target_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    quota_set: {
                        [key: string]: number | string;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        quota_set: {
                            [key: string]: number | string | {
                                limit: number;
                                in_use: number;
                                reserved: number;
                            };
                        };
                    };
                };
            };
        };
    };
    "volume.quota-sets.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
                target_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No body */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "volume.quota-sets.defaults": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
                target_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        quota_set: {
                            [key: string]: number | string | {
                                limit: number;
                                in_use: number;
                                reserved: number;
                            };
                        };
                    };
                };
            };
        };
    };
    "volume.snapshots.list": {
        parameters: {
            query?: {
                all_tenants?: string | string[];
                volume_id?: string | string[];
                limit?: string | string[];
            };
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        snapshots: ({
                            id: string;
                            created_at: string;
                            updated_at: string | null;
                            name: string | null;
                            description: string | null;
                            volume_id: string;
                            status: string;
                            size: number;
                            metadata: {
                                [key: string]: string;
                            };
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
        };
    };
    "volume.snapshots.create": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    snapshot: {
                        volume_id: string;
                        force?: boolean | string;
                        name?: string | null;
                        description?: string | null;
                        display_name?: string | null;
                        display_description?: string | null;
                        metadata?: {
                            [key: string]: string;
                        } | null;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        snapshot: {
                            id: string;
                            created_at: string;
                            updated_at: string | null;
                            name: string | null;
                            description: string | null;
                            volume_id: string;
                            status: string;
                            size: number;
                            metadata: {
                                [key: string]: string;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    "volume.snapshots.detail": {
        parameters: {
            query?: {
                all_tenants?: string | string[];
                volume_id?: string | string[];
                limit?: string | string[];
            };
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        snapshots: ({
                            id: string;
                            created_at: string;
                            updated_at: string | null;
                            name: string | null;
                            description: string | null;
                            volume_id: string;
                            status: string;
                            size: number;
                            metadata: {
                                [key: string]: string;
                            };
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
        };
    };
    "volume.snapshots.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
                snapshot_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        snapshot: {
                            id: string;
                            created_at: string;
                            updated_at: string | null;
                            name: string | null;
                            description: string | null;
                            volume_id: string;
                            status: string;
                            size: number;
                            metadata: {
                                [key: string]: string;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    "volume.snapshots.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
                snapshot_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    snapshot: {
                        name?: string | null;
                        description?: string | null;
                        display_name?: string | null;
                        display_description?: string | null;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        snapshot: {
                            id: string;
                            created_at: string;
                            updated_at: string | null;
                            name: string | null;
                            description: string | null;
                            volume_id: string;
                            status: string;
                            size: number;
                            metadata: {
                                [key: string]: string;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    "volume.snapshots.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
                snapshot_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No body */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "volume.types.list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        volume_types: {
                            id: string;
                            name: string;
                            is_public: boolean;
                            description: string | null;
                            extra_specs: {
                                [key: string]: string;
                            };
                            qos_specs_id?: string | null;
                            "os-volume-type-access:is_public": boolean;
                        }[];
                    };
                };
            };
        };
    };
    "volume.types.default": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        volume_type: {
                            id: string;
                            name: string;
                            is_public: boolean;
                            description: string | null;
                            extra_specs: {
                                [key: string]: string;
                            };
                            qos_specs_id?: string | null;
                            "os-volume-type-access:is_public": boolean;
                        };
                    };
                };
            };
        };
    };
    "volume.types.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
                type_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        volume_type: {
                            id: string;
                            name: string;
                            is_public: boolean;
                            description: string | null;
                            extra_specs: {
                                [key: string]: string;
                            };
                            qos_specs_id?: string | null;
                            "os-volume-type-access:is_public": boolean;
                        };
                    };
                };
            };
        };
    };
    "volume.volumes.list": {
        parameters: {
            query?: {
                all_tenants?: string | string[];
                limit?: string | string[];
                marker?: string | string[];
                with_count?: string | string[];
                name?: string | string[];
                status?: string | string[];
                bootable?: string | string[];
            };
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        volumes: {
                            id: string;
                            name: string | null;
                            links: {
                                rel: string;
                                href: string;
                            }[];
                        }[];
                        volumes_links?: {
                            rel: string;
                            href: string;
                        }[];
                        count?: number;
                    };
                };
            };
        };
    };
    "volume.volumes.create": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    volume: {
                        name?: string | null;
                        description?: string | null;
                        display_name?: string | null;
                        display_description?: string | null;
                        volume_type?: string | null;
                        metadata?: {
                            [key: string]: string;
                        } | null;
                        snapshot_id?: string | null;
                        source_volid?: string | null;
                        consistencygroup_id?: string | null;
                        size?: (number | string) | null;
                        availability_zone?: string | null;
                        multiattach?: boolean | string | null;
                        image_id?: string | null;
                        imageRef?: string | null;
                    } & {
                        [key: string]: unknown;
                    };
                    "OS-SCH-HNT:scheduler_hints"?: {
                        [key: string]: unknown;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        volume: {
                            id: string;
                            status: string;
                            size: number;
                            availability_zone: string;
                            created_at: string;
                            updated_at: string | null;
                            name: string | null;
                            description: string | null;
                            volume_type: string | null;
                            snapshot_id: string | null;
                            source_volid: string | null;
                            metadata: {
                                [key: string]: string;
                            };
                            links: {
                                rel: string;
                                href: string;
                            }[];
                            user_id: string;
                            bootable: string;
                            encrypted: boolean;
                            replication_status: string | null;
                            consistencygroup_id: string | null;
                            multiattach: boolean;
                            attachments: {
                                id: string;
                                attachment_id: string;
                                volume_id: string;
                                server_id: string;
                                host_name: string | null;
                                device: string | null;
                                attached_at: string | null;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    "volume.volumes.detail": {
        parameters: {
            query?: {
                all_tenants?: string | string[];
                limit?: string | string[];
                marker?: string | string[];
                with_count?: string | string[];
                name?: string | string[];
                status?: string | string[];
                bootable?: string | string[];
            };
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        volumes: ({
                            id: string;
                            status: string;
                            size: number;
                            availability_zone: string;
                            created_at: string;
                            updated_at: string | null;
                            name: string | null;
                            description: string | null;
                            volume_type: string | null;
                            snapshot_id: string | null;
                            source_volid: string | null;
                            metadata: {
                                [key: string]: string;
                            };
                            links: {
                                rel: string;
                                href: string;
                            }[];
                            user_id: string;
                            bootable: string;
                            encrypted: boolean;
                            replication_status: string | null;
                            consistencygroup_id: string | null;
                            multiattach: boolean;
                            attachments: {
                                id: string;
                                attachment_id: string;
                                volume_id: string;
                                server_id: string;
                                host_name: string | null;
                                device: string | null;
                                attached_at: string | null;
                            }[];
                        } & {
                            [key: string]: unknown;
                        })[];
                        volumes_links?: {
                            rel: string;
                            href: string;
                        }[];
                        count?: number;
                    };
                };
            };
        };
    };
    "volume.volumes.show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
                volume_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        volume: {
                            id: string;
                            status: string;
                            size: number;
                            availability_zone: string;
                            created_at: string;
                            updated_at: string | null;
                            name: string | null;
                            description: string | null;
                            volume_type: string | null;
                            snapshot_id: string | null;
                            source_volid: string | null;
                            metadata: {
                                [key: string]: string;
                            };
                            links: {
                                rel: string;
                                href: string;
                            }[];
                            user_id: string;
                            bootable: string;
                            encrypted: boolean;
                            replication_status: string | null;
                            consistencygroup_id: string | null;
                            multiattach: boolean;
                            attachments: {
                                id: string;
                                attachment_id: string;
                                volume_id: string;
                                server_id: string;
                                host_name: string | null;
                                device: string | null;
                                attached_at: string | null;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    "volume.volumes.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
                volume_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    volume: {
                        name?: string | null;
                        description?: string | null;
                        display_name?: string | null;
                        display_description?: string | null;
                        metadata?: {
                            [key: string]: string;
                        } | null;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        volume: {
                            id: string;
                            status: string;
                            size: number;
                            availability_zone: string;
                            created_at: string;
                            updated_at: string | null;
                            name: string | null;
                            description: string | null;
                            volume_type: string | null;
                            snapshot_id: string | null;
                            source_volid: string | null;
                            metadata: {
                                [key: string]: string;
                            };
                            links: {
                                rel: string;
                                href: string;
                            }[];
                            user_id: string;
                            bootable: string;
                            encrypted: boolean;
                            replication_status: string | null;
                            consistencygroup_id: string | null;
                            multiattach: boolean;
                            attachments: {
                                id: string;
                                attachment_id: string;
                                volume_id: string;
                                server_id: string;
                                host_name: string | null;
                                device: string | null;
                                attached_at: string | null;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    "volume.volumes.delete": {
        parameters: {
            query?: {
                cascade?: string | string[];
            };
            header?: never;
            path: {
                project_id: string;
                volume_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No body */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "volume.volumes.action": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
                volume_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    "os-extend"?: {
                        new_size: number | string;
                    };
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description No body */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
