import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AccessDenied } from "@/lib/errors";

export async function listUsers(user: SessionUser) {
  if (user.role !== "ADMIN") throw new AccessDenied();
  return db.user.findMany({
    orderBy: [{ role: "asc" }, { email: "asc" }],
    take: 500,
    // Never the password hash: this leaves the data layer.
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      lastLoginAt: true,
      unit: { select: { name: true } },
    },
  });
}
