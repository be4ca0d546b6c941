import crypto from "node:crypto";
import { promisify } from "node:util";
import sshpk from "sshpk";
import type { Database, Tx } from "../db/client.js";
import { isUniqueViolation, keypairsRepo, type KeypairRow } from "../db/repositories/keypairs.js";
import { Invalid, Conflict, NotFound } from "../errors.js";
import { enforceKeypairQuota, withUserLock } from "./quotas.js";

/**
 * Key pairs (nova/compute/api.py KeypairAPI, nova/crypto.py). They belong to
 * a user, not a project; names are unique per user.
 */

export type KeypairType = "ssh" | "x509";
export type Keypair = KeypairRow;

const generateKeyPair = promisify(crypto.generateKeyPair);

const colonHex = (buf: Buffer) => buf.toString("hex").replace(/(..)(?!$)/g, "$1:");

/** Algorithms an OpenSSH public key line may start with (those pyca/cryptography loads). */
const SSH_TYPES = new Set([
  "ssh-rsa",
  "ssh-dss",
  "ssh-ed25519",
  "ecdsa-sha2-nistp256",
  "ecdsa-sha2-nistp384",
  "ecdsa-sha2-nistp521",
]);

/**
 * Nova's generate_fingerprint: the key must load as an OpenSSH public key;
 * the fingerprint is the MD5 of the base64 blob (second field), colon-hex.
 */
export function sshFingerprint(publicKey: string): string {
  const parts = publicKey.split(" ");
  const blob = parts[1] ?? "";
  try {
    if (!SSH_TYPES.has(parts[0] ?? "") || !/^[A-Za-z0-9+/]+={0,2}$/.test(blob.trim())) throw new Error("not an ssh key");
    const key = sshpk.parseKey(publicKey, "ssh");
    // The declared type must be the type inside the blob.
    if (key.toString("ssh").split(" ")[0] !== parts[0]) throw new Error("type mismatch");
  } catch {
    throw new Invalid("Keypair data is invalid: failed to generate fingerprint");
  }
  return colonHex(crypto.createHash("md5").update(Buffer.from(blob, "base64")).digest());
}

/** Nova's generate_x509_fingerprint: SHA-1 of the PEM certificate's DER, colon-hex. */
export function x509Fingerprint(pem: string): string {
  try {
    if (!/-----BEGIN CERTIFICATE-----/.test(pem)) throw new Error("no PEM certificate");
    const cert = new crypto.X509Certificate(pem);
    return colonHex(crypto.createHash("sha1").update(cert.raw).digest());
  } catch {
    throw new Invalid(
      "Keypair data is invalid: failed to generate X509 fingerprint. Error message: Unable to load PEM file. " +
        "See https://cryptography.io/en/latest/faq/#why-can-t-i-import-my-pem-file for more details. MalformedFraming",
    );
  }
}

export const fingerprintOf = (publicKey: string, type: KeypairType) =>
  type === "x509" ? x509Fingerprint(publicKey) : sshFingerprint(publicKey);

/**
 * A new key pair as Nova makes one: RSA 2048, the private key in the
 * traditional PEM form paramiko writes, the public key as an OpenSSH line
 * with the comment "Generated-by-Nova". For x509, a self-signed certificate
 * for CN=<user id> (Nova returns a PKCS#12 bundle as the private key; here
 * it is the PEM private key).
 */
export async function generateKeypair(type: KeypairType, userId: string) {
  const { privateKey } = await generateKeyPair("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
  });
  const priv = sshpk.parsePrivateKey(privateKey, "pem");
  if (type === "x509") {
    const cert = sshpk.createSelfSignedCertificate(sshpk.identityFromDN(`CN=${userId}`), priv, {
      lifetime: 3650 * 24 * 3600,
    });
    const pem = cert.toString("pem");
    return { privateKey, publicKey: pem, fingerprint: x509Fingerprint(pem) };
  }
  const publicKey = `ssh-rsa ${priv.toPublic().toBuffer("rfc4253").toString("base64")} Generated-by-Nova`;
  return { privateKey, publicKey, fingerprint: sshFingerprint(publicKey) };
}

export interface CreateKeypair {
  /** The owner (the caller, or another user for an admin from 2.10). */
  userId: string;
  /** The caller's project, whose key_pairs limit applies. */
  projectId: string | null;
  name: string;
  type: KeypairType;
  /** Import this key; generate one when absent. */
  publicKey?: string;
  now: Date;
}

/** Import or generate a key pair; `privateKey` is set only when generated. */
export async function createKeypair(db: Database, req: CreateKeypair): Promise<Keypair & { privateKey?: string }> {
  // Generating (RSA) is slow: do it outside the lock, after a first quota check.
  await enforceKeypairQuota(db.prisma, req.projectId, req.userId);
  const made = req.publicKey === undefined ? await generateKeypair(req.type, req.userId) : undefined;
  const publicKey = made?.publicKey ?? req.publicKey!;
  return withUserLock(db, req.userId, async (tx) => {
    await enforceKeypairQuota(tx, req.projectId, req.userId);
    const fingerprint = made?.fingerprint ?? fingerprintOf(publicKey, req.type);
    const repo = keypairsRepo(tx);
    if (await repo.find(req.userId, req.name)) throw new Conflict(`Key pair '${req.name}' already exists.`);
    try {
      const row = await repo.create({
        userId: req.userId,
        name: req.name,
        type: req.type,
        fingerprint,
        publicKey,
        createdAt: req.now,
      });
      return made ? { ...row, privateKey: made.privateKey } : row;
    } catch (err) {
      if (isUniqueViolation(err)) throw new Conflict(`Key pair '${req.name}' already exists.`);
      throw err;
    }
  });
}

const notFound = (name: string, userId: string) => new NotFound(`Keypair ${name} not found for user ${userId}`);

export async function getKeypair(db: Tx, userId: string, name: string): Promise<Keypair> {
  const row = await keypairsRepo(db).find(userId, name);
  if (!row) throw notFound(name, userId);
  return row;
}

export async function deleteKeypair(db: Tx, userId: string, name: string): Promise<void> {
  if ((await keypairsRepo(db).delete(userId, name)) === 0) throw notFound(name, userId);
}

/** A page of a user's key pairs, by name; `marker` must name one of them. */
export async function listKeypairs(db: Tx, userId: string, page: { limit?: number; marker?: string } = {}): Promise<Keypair[]> {
  const repo = keypairsRepo(db);
  if (page.marker !== undefined && !(await repo.find(userId, page.marker))) {
    throw new Invalid(`Marker ${page.marker} could not be found.`);
  }
  return repo.list(userId, { limit: page.limit, after: page.marker });
}

/**
 * The key pair a server boots with (servers create/rebuild `key_name`):
 * Nova answers 400 "Invalid key_name provided." when the user has none by that name.
 */
export async function findKeypairForBoot(db: Tx, userId: string, name: string): Promise<{ name: string; publicKey: string; type: KeypairType }> {
  const row = await keypairsRepo(db).find(userId, name);
  if (!row) throw new Invalid("Invalid key_name provided.");
  return { name: row.name, publicKey: row.publicKey, type: row.type as KeypairType };
}

/** The key pair operations of /os-keypairs, with the database bound at start. */
export function keypairService(deps: { db: Database }) {
  const db = deps.db;
  return {
    create: (req: CreateKeypair) => createKeypair(db, req),
    get: (userId: string, name: string) => getKeypair(db.prisma, userId, name),
    delete: (userId: string, name: string) => deleteKeypair(db.prisma, userId, name),
    list: (userId: string, page: { limit?: number; marker?: string } = {}) => listKeypairs(db.prisma, userId, page),
  };
}

export type KeypairService = ReturnType<typeof keypairService>;
