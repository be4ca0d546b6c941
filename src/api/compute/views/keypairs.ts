import type { ApiVersion } from "../../../http/microversion.js";
import type { Keypair } from "../../../compute/keypairs.js";
import { naiveTime } from "../../../time-formats.js";

/** Nova's keypairs view (nova/api/openstack/compute/views/keypairs.py); `type` from 2.2. */


const typeOf = (k: Keypair, v: ApiVersion) => (v.atLeast("2.2") ? { type: k.type as "ssh" | "x509" } : {});

export const listedKeypair = (k: Keypair, v: ApiVersion) => ({
  keypair: { name: k.name, public_key: k.publicKey, fingerprint: k.fingerprint, ...typeOf(k, v) },
});

export const createdKeypair = (k: Keypair & { privateKey?: string }, v: ApiVersion) => ({
  keypair: {
    ...(k.privateKey !== undefined ? { private_key: k.privateKey } : {}),
    ...typeOf(k, v),
    name: k.name,
    public_key: k.publicKey,
    fingerprint: k.fingerprint,
    user_id: k.userId,
  },
});

export const shownKeypair = (k: Keypair, v: ApiVersion) => ({
  keypair: {
    name: k.name,
    public_key: k.publicKey,
    fingerprint: k.fingerprint,
    user_id: k.userId,
    created_at: naiveTime(k.createdAt),
    deleted: false,
    deleted_at: null,
    id: k.id,
    updated_at: null,
    ...typeOf(k, v),
  },
});

