import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AccessDenied } from "@/lib/errors";
import { matchAllWords } from "@/lib/text/search";

/** The registry of reusable connection points, active ones only. */
export async function listConnectionPoints(user: SessionUser, query = "") {
  if (user.role !== "ADMIN" && user.role !== "SECRETARIAT") throw new AccessDenied();
  return db.connectionPoint.findMany({
    where: { AND: [{ retiredAt: null }, matchAllWords("nameAscii", query)] },
    orderBy: { nameAscii: "asc" },
    take: 200,
    select: {
      id: true,
      name: true,
      address: true,
      room: true,
      capacity: true,
      equipment: true,
      technicianName: true,
      technicianPhone: true,
      videoLink: true,
      hostUnit: { select: { name: true } },
    },
  });
}
