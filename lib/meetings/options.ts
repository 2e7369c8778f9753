import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AccessDenied } from "@/lib/errors";
import { validOnWhere } from "@/lib/units/validity";

const CAP = 500;

/** Units a caller may organise meetings for: their own (secretariat) or any existing one (administrator). */
export async function organiserOptions(user: SessionUser, at = new Date()) {
  if (user.role === "SECRETARIAT")
    return db.unit.findMany({ where: { id: user.unitId }, select: { id: true, name: true } });
  if (user.role !== "ADMIN") throw new AccessDenied();
  return db.unit.findMany({
    where: { AND: [validOnWhere(at), { kind: { in: ["PROVINCE", "DISTRICT", "COMMUNE", "WARD"] } }] },
    orderBy: { nameAscii: "asc" },
    take: CAP,
    select: { id: true, name: true },
  });
}
