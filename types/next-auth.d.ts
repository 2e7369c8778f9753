import type { SessionUser } from "@/lib/auth/roles";

declare module "next-auth" {
  interface Session {
    user: SessionUser;
    /** The account's session version when this session was issued; see lib/auth/session.ts. */
    sessionVersion: number;
  }
  interface User {
    role: SessionUser["role"];
    unitId: string;
    officialId: string | null;
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: SessionUser["role"];
    unitId?: string;
    officialId?: string | null;
    sessionVersion?: number;
  }
}
