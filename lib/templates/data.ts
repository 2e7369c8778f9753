import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AccessDenied, NotFound } from "@/lib/errors";
import { totalMinutes } from "@/lib/agenda/schedule";
import { managesTemplates } from "./manage";

export type TemplateFilter = "active" | "retired";

const CAP = 500;

/**
 * The library: one line per family, its newest version, with how many versions it has had and how many
 * meetings used any of them. A family is retired when its newest version is.
 */
export async function listTemplates(user: SessionUser, filter: TemplateFilter) {
  if (!managesTemplates(user)) throw new AccessDenied();
  const rows = await db.agendaTemplate.findMany({
    orderBy: [{ familyId: "asc" }, { version: "desc" }],
    take: CAP,
    select: {
      id: true,
      familyId: true,
      version: true,
      name: true,
      kind: true,
      description: true,
      status: true,
      createdAt: true,
      items: { select: { durationMinutes: true } },
      _count: { select: { meetings: true } },
    },
  });
  const families = new Map<string, (typeof rows)[number][]>();
  for (const row of rows) families.set(row.familyId, [...(families.get(row.familyId) ?? []), row]);
  return [...families.values()]
    .map((versions) => {
      const latest = versions[0]!;
      return {
        id: latest.id,
        name: latest.name,
        kind: latest.kind,
        description: latest.description,
        status: latest.status,
        version: latest.version,
        versions: versions.length,
        itemCount: latest.items.length,
        minutes: totalMinutes(latest.items.map((i) => i.durationMinutes)),
        meetings: versions.reduce((sum, v) => sum + v._count.meetings, 0),
      };
    })
    .filter((t) => (filter === "retired" ? t.status === "RETIRED" : t.status === "ACTIVE"))
    .sort((a, b) => a.name.localeCompare(b.name, "vi"));
}

export type TemplateListItem = Awaited<ReturnType<typeof listTemplates>>[number];

/** One version with its items, the family's history and whether it may still be edited. */
export async function getTemplate(user: SessionUser, id: string) {
  if (!managesTemplates(user)) throw new AccessDenied();
  const template = await db.agendaTemplate.findUnique({
    where: { id },
    select: {
      id: true,
      familyId: true,
      version: true,
      name: true,
      kind: true,
      description: true,
      status: true,
      createdAt: true,
      items: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          title: true,
          presenterRole: true,
          durationMinutes: true,
          optional: true,
          minutesSkeleton: true,
        },
      },
      _count: { select: { meetings: true } },
    },
  });
  if (!template) throw new NotFound();
  const history = await db.agendaTemplate.findMany({
    where: { familyId: template.familyId },
    orderBy: { version: "desc" },
    select: {
      id: true,
      version: true,
      name: true,
      status: true,
      createdAt: true,
      _count: { select: { meetings: true } },
    },
  });
  const latest = history[0]!;
  const { _count, ...rest } = template;
  return {
    ...rest,
    meetings: _count.meetings,
    isLatest: latest.id === template.id,
    latestId: latest.id,
    latestVersion: latest.version,
    history: history.map(({ _count: c, ...h }) => ({ ...h, meetings: c.meetings })),
  };
}

export type TemplateDetail = Awaited<ReturnType<typeof getTemplate>>;

/** What "apply a template" offers: the newest version of every family still in use. */
export async function templateChoices(user: SessionUser) {
  if (!managesTemplates(user)) throw new AccessDenied();
  const rows = await db.agendaTemplate.findMany({
    where: { status: "ACTIVE" },
    orderBy: { name: "asc" },
    take: CAP,
    select: { id: true, name: true, version: true, kind: true, items: { select: { durationMinutes: true } } },
  });
  return rows.map(({ items, ...t }) => ({
    ...t,
    itemCount: items.length,
    minutes: totalMinutes(items.map((i) => i.durationMinutes)),
  }));
}
