import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AccessDenied, NotFound } from "@/lib/errors";
import { officialLabel } from "@/lib/options/query";

// Never the password hash nor a token: these leave the data layer.

export async function listUsers(user: SessionUser) {
  if (user.role !== "ADMIN") throw new AccessDenied();
  return db.user.findMany({
    orderBy: [{ active: "desc" }, { role: "asc" }, { email: "asc" }],
    take: 500,
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      lastLoginAt: true,
      unit: { select: { name: true } },
      official: { select: { fullName: true, title: true } },
    },
  });
}

/** One account as the administrator's edit page shows it, with where its password stands. */
export async function userForEdit(user: SessionUser, id: string, now = new Date()) {
  if (user.role !== "ADMIN") throw new AccessDenied();
  const account = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      version: true,
      lastLoginAt: true,
      passwordHash: true,
      passwordSignIn: true,
      passwordChangedAt: true,
      createdAt: true,
      unit: { select: { id: true, name: true } },
      official: { select: { id: true, fullName: true, title: true } },
      passwordTokens: {
        where: { usedAt: null, expiresAt: { gt: now } },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { purpose: true, expiresAt: true, createdAt: true },
      },
    },
  });
  if (!account) throw new NotFound();
  const { passwordHash, passwordTokens, official, ...rest } = account;
  return {
    ...rest,
    hasPassword: passwordHash !== null,
    openLink: passwordTokens[0] ?? null,
    official: official && { id: official.id, label: officialLabel(official) },
  };
}

/** The signed-in person's own account, for their profile page. */
export async function ownProfile(user: SessionUser) {
  const account = await db.user.findUnique({
    where: { id: user.id },
    select: {
      email: true,
      name: true,
      role: true,
      phone: true,
      notificationEmail: true,
      version: true,
      passwordChangedAt: true,
      unit: { select: { name: true } },
      official: { select: { fullName: true, title: true } },
    },
  });
  if (!account) throw new NotFound();
  return account;
}
