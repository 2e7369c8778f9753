import { db } from "@/lib/db/client";
import { seedDemo } from "@/lib/demo/seed";
import type { SessionUser } from "@/lib/auth/roles";

/** Seeds the demo story into this file's database (once) and returns its accounts as sessions. */
export async function seedDemoOnce(now = new Date()) {
  if ((await db.user.count()) === 0) await db.$transaction((tx) => seedDemo(tx, now), { timeout: 120_000 });
  const users = await db.user.findMany({
    select: { id: true, email: true, name: true, role: true, unitId: true, officialId: true },
  });
  const byEmail = (email: string): SessionUser => {
    const u = users.find((x) => x.email === email);
    if (!u) throw new Error(`no demo user ${email}`);
    return u;
  };
  return {
    admin: byEmail("admin@hoinghi.local"),
    secretariat: byEmail("vanphong@hoinghi.local"),
    chair: byEmail("chutri@hoinghi.local"),
    nghiHai: byEmail("nghihai@hoinghi.local"),
  };
}

/** A unit representative of another unit, for cross-unit checks. */
export async function representativeOf(unitName: string): Promise<SessionUser> {
  const unit = await db.unit.findFirstOrThrow({ where: { name: unitName } });
  const user = await db.user.create({
    data: {
      email: `${unit.id}@test.local`,
      name: `Đại diện ${unit.name}`,
      role: "UNIT_REP",
      unitId: unit.id,
      passwordHash: "x",
    },
    select: { id: true, email: true, name: true, role: true, unitId: true, officialId: true },
  });
  return user;
}

/** A user of the given role in a unit (and acting as an official, for chairs), for scope checks. */
export async function userFor(
  role: SessionUser["role"],
  unitName: string,
  officialName?: string,
): Promise<SessionUser> {
  const unit = await db.unit.findFirstOrThrow({ where: { name: unitName } });
  const official = officialName ? await db.official.findFirstOrThrow({ where: { fullName: officialName } }) : null;
  const email = `${role.toLowerCase()}-${unit.id}-${official?.id ?? "x"}@test.local`;
  // The same user when asked twice in a file.
  return db.user.upsert({
    where: { email },
    create: {
      email,
      name: officialName ?? unitName,
      role,
      unitId: unit.id,
      officialId: official?.id ?? null,
      passwordHash: "x",
    },
    update: {},
    select: { id: true, email: true, name: true, role: true, unitId: true, officialId: true },
  });
}
