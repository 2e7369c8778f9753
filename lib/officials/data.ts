import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AccessDenied } from "@/lib/errors";
import { matchAllWords } from "@/lib/text/search";

/** Current officials, searched without accents ("hoang van phuc"), sorted by given name as lists are. */
export async function listOfficials(user: SessionUser, query = "", now = new Date()) {
  if (user.role !== "ADMIN" && user.role !== "SECRETARIAT") throw new AccessDenied();
  return db.official.findMany({
    where: { AND: [matchAllWords("nameAscii", query), { OR: [{ validTo: null }, { validTo: { gt: now } }] }] },
    orderBy: [{ givenName: "asc" }, { nameAscii: "asc" }],
    take: 200,
    select: { id: true, fullName: true, title: true, unit: { select: { name: true } } },
  });
}
