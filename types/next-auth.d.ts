import type { SessionUser } from "@/lib/auth/roles";

declare module "next-auth" {
  interface Session {
    user: SessionUser;
  }
  interface User {
    role: SessionUser["role"];
    unitId: string;
    officialId: string | null;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: SessionUser["role"];
    unitId?: string;
    officialId?: string | null;
  }
}
