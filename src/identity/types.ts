export interface Named {
  id: string;
  name: string;
}

/** Who is calling, as established from a validated Keystone token. */
export interface AuthContext {
  tokenHash: string;
  userId: string;
  userName: string;
  userDomain: Named;
  projectId: string | null;
  project: (Named & { domain: Named }) | null;
  /** Effective roles on the scoped project, implied roles expanded. */
  roles: Named[];
  roleNames: Set<string>;
  methods: string[];
  auditId: string;
  issuedAt: Date;
  expiresAt: Date;
  isAdmin: boolean;
}
