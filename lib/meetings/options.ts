import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AccessDenied } from "@/lib/errors";
import { validOnWhere } from "@/lib/units/validity";

const CAP = 500;

/** Units a caller may organise meetings for: their own (secretariat) or any existing one (administrator). */
export async function organiserOptions(user: SessionUser, at = new Date()) {
  if (user.role === "SECRETARIAT") return db.unit.findMany({ where: { id: user.unitId }, select: { id: true, name: true } });
  if (user.role !== "ADMIN") throw new AccessDenied();
  return db.unit.findMany({ where: { AND: [validOnWhere(at), { kind: { in: ["PROVINCE", "DISTRICT", "COMMUNE", "WARD"] } }] }, orderBy: { nameAscii: "asc" }, take: CAP, select: { id: true, name: true } });
}

/** What the forms of a meeting page pick from, all valid on the meeting's date and bounded in size. */
export async function pointFormOptions(user: SessionUser, at: Date) {
  if (user.role !== "ADMIN" && user.role !== "SECRETARIAT") throw new AccessDenied();
  const [connectionPoints, officials, units, parents] = await Promise.all([
    db.connectionPoint.findMany({ where: { retiredAt: null }, orderBy: { nameAscii: "asc" }, take: CAP, select: { id: true, name: true } }),
    db.official.findMany({
      where: { OR: [{ validTo: null }, { validTo: { gt: at } }] },
      orderBy: [{ givenName: "asc" }, { nameAscii: "asc" }],
      take: CAP,
      select: { id: true, fullName: true, title: true },
    }),
    db.unit.findMany({ where: validOnWhere(at), orderBy: { nameAscii: "asc" }, take: CAP, select: { id: true, name: true } }),
    // Units with something under them: the parents offered by the "children" and "block" pickers.
    db.unit.findMany({ where: { AND: [validOnWhere(at), { children: { some: {} } }] }, orderBy: { nameAscii: "asc" }, take: CAP, select: { id: true, name: true } }),
  ]);
  return { connectionPoints, officials, units, parents };
}

export type PointFormOptions = Awaited<ReturnType<typeof pointFormOptions>>;
