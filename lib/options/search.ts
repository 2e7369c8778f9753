import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AccessDenied } from "@/lib/errors";
import { matchAllWords } from "@/lib/text/search";
import { validOnWhere } from "@/lib/units/validity";
import { officialOn, POSTS_SELECT } from "@/lib/officials/post-on-date";
import {
  OPTION_LIMIT,
  officialLabel,
  toOptionPage,
  type OptionPage,
  type OptionQuery,
  type UnitPurpose,
} from "./query";

// The searches behind the pickers of units, officials and connection points. Each checks the caller
// as the page showing the picker does, matches every typed word against the accent-free name (so
// "nghi hai" finds "Phường Nghi Hải" and "dang" finds "Đảng…"), and returns at most OPTION_LIMIT.

const TAKE = OPTION_LIMIT + 1; // one more, to know whether there are more

function requireOffice(user: SessionUser) {
  if (user.role !== "ADMIN" && user.role !== "SECRETARIAT") throw new AccessDenied();
}

/** The units a picker with this purpose may offer the caller, as a `where`. */
function unitScope(user: SessionUser, purpose: UnitPurpose, at: Date, now: Date) {
  requireOffice(user);
  switch (purpose) {
    case "meeting":
      return validOnWhere(at);
    case "meeting-parent":
      return { AND: [validOnWhere(at), { children: { some: {} } }] };
    case "point-host":
    case "official-unit":
      // A secretariat keeps the points and officials of its own unit and those directly under it.
      return {
        AND: [validOnWhere(now), user.role === "ADMIN" ? {} : { OR: [{ id: user.unitId }, { parentId: user.unitId }] }],
      };
    case "unit-parent":
    case "account":
      if (user.role !== "ADMIN") throw new AccessDenied();
      return validOnWhere(now);
    case "unit-change":
      if (user.role !== "ADMIN") throw new AccessDenied();
      return { validTo: null };
  }
}

export async function searchUnits(
  user: SessionUser,
  query: { q: string; purpose: UnitPurpose; at?: Date },
  now = new Date(),
): Promise<OptionPage> {
  const rows = await db.unit.findMany({
    where: { AND: [unitScope(user, query.purpose, query.at ?? now, now), matchAllWords("nameAscii", query.q)] },
    orderBy: [{ nameAscii: "asc" }, { id: "asc" }],
    take: TAKE,
    select: { id: true, name: true },
  });
  return toOptionPage(rows, (u) => ({ id: u.id, label: u.name }));
}

/**
 * Officials still in post on the meeting's date (chairs, presenters), sorted the Vietnamese way: by
 * given name; only one unit's when `unit` is given (the chairs a point's host may choose).
 */
export async function searchOfficials(
  user: SessionUser,
  query: { q: string; at?: Date; unit?: string },
  now = new Date(),
): Promise<OptionPage> {
  requireOffice(user);
  const at = query.at ?? now;
  const rows = await db.official.findMany({
    where: {
      AND: [
        { OR: [{ validTo: null }, { validTo: { gt: at } }] },
        query.unit ? { unitId: query.unit } : {},
        matchAllWords("nameAscii", query.q),
      ],
    },
    orderBy: [{ givenName: "asc" }, { nameAscii: "asc" }, { id: "asc" }],
    take: TAKE,
    select: { id: true, fullName: true, title: true, posts: POSTS_SELECT },
  });
  // Labelled with the post held on the meeting's date, which a move may have changed.
  return toOptionPage(rows, (o) => ({ id: o.id, label: officialLabel(officialOn(o, at)) }));
}

/** Connection points still in use. */
export async function searchConnectionPoints(user: SessionUser, query: { q: string }): Promise<OptionPage> {
  requireOffice(user);
  const rows = await db.connectionPoint.findMany({
    where: { AND: [{ retiredAt: null }, matchAllWords("nameAscii", query.q)] },
    orderBy: [{ nameAscii: "asc" }, { id: "asc" }],
    take: TAKE,
    select: { id: true, name: true },
  });
  return toOptionPage(rows, (p) => ({ id: p.id, label: p.name }));
}

export function searchOptions(user: SessionUser, query: OptionQuery): Promise<OptionPage> {
  switch (query.list) {
    case "units":
      return searchUnits(user, query);
    case "officials":
      return searchOfficials(user, query);
    case "connection-points":
      return searchConnectionPoints(user, query);
  }
}
