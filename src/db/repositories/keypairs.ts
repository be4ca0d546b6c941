import type { Tx } from "../client.js";

/** Data access for key pairs (Nova's api_models.KeyPair). */
export const keypairSelect = {
  id: true,
  userId: true,
  name: true,
  type: true,
  fingerprint: true,
  publicKey: true,
  createdAt: true,
} as const;

export type KeypairRow = {
  id: number;
  userId: string;
  name: string;
  type: string;
  fingerprint: string;
  publicKey: string;
  createdAt: Date;
};

export function keypairsRepo(db: Tx) {
  return {
    find: (userId: string, name: string): Promise<KeypairRow | null> =>
      db.keypair.findUnique({ where: { userId_name: { userId, name } }, select: keypairSelect }),

    /** A user's key pairs by name, after `marker` (a name) when given. */
    list: (userId: string, opts: { limit?: number; after?: string } = {}): Promise<KeypairRow[]> =>
      db.keypair.findMany({
        where: { userId, ...(opts.after !== undefined ? { name: { gt: opts.after } } : {}) },
        orderBy: { name: "asc" },
        take: opts.limit,
        select: keypairSelect,
      }),

    countByUser: (userId: string) => db.keypair.count({ where: { userId } }),

    create: (data: { userId: string; name: string; type: string; fingerprint: string; publicKey: string; createdAt: Date }) =>
      db.keypair.create({ data, select: keypairSelect }),

    /** Number of rows deleted (0 or 1). */
    delete: async (userId: string, name: string) => (await db.keypair.deleteMany({ where: { userId, name } })).count,
  };
}

/** True when `err` is Prisma's unique-constraint violation (P2002). */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === "P2002";
}
