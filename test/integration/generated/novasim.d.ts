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
    "/compute/v2.1/os-availability-zone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List availability zones */
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
         * @description Admin only. From 2.88 the uptime is part of the hypervisor itself.
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
    "/placement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Placement API versions */
        get: operations["placement.versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
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
                            status: string;
                            min_version: string;
                            max_version: string;
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
}
