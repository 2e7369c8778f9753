import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { filterWhere, mayMarkDone, ownersOf, OWNERS_SELECT, taskScope, type TaskFilter, type TaskRole } from "./scope";

export const TASKS_PAGE_SIZE = 20;

export interface TaskQuery {
  role?: TaskRole;
  filter: TaskFilter;
  /** 1-based. */
  page?: number;
}

/** One page of the caller's tasks: the nearest deadline first (none last), done ones latest first. */
export async function listTasks(user: SessionUser, query: TaskQuery, now = new Date()) {
  const where = { AND: [taskScope(user, query.role), filterWhere(query.filter, now)] };
  const total = await db.conclusion.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / TASKS_PAGE_SIZE));
  const page = Math.min(Math.max(1, query.page ?? 1), pageCount);
  const rows = await db.conclusion.findMany({
    where,
    orderBy:
      query.filter === "done"
        ? [{ doneAt: "desc" }, { id: "asc" }]
        : [
            { deadline: { sort: "asc", nulls: "last" } },
            { meeting: { startsAt: "asc" } },
            { position: "asc" },
            { id: "asc" },
          ],
    skip: (page - 1) * TASKS_PAGE_SIZE,
    take: TASKS_PAGE_SIZE,
    select: {
      id: true,
      content: true,
      deadline: true,
      status: true,
      doneAt: true,
      doneNote: true,
      version: true,
      ...OWNERS_SELECT,
      leadUnit: { select: { name: true } },
      handedOverTo: { select: { name: true } },
      handedOverAt: true,
      cooperators: { select: { unit: { select: { name: true } } }, orderBy: { unit: { name: "asc" } } },
      meeting: { select: { id: true, title: true, startsAt: true, organiserUnitId: true } },
    },
  });
  const items = rows.map(({ leadUnit, handedOverTo, cooperators, meeting, leadUnitId, minutes, ...task }) => ({
    ...task,
    leadUnit: leadUnit?.name ?? null,
    handedOverTo: handedOverTo?.name ?? null,
    cooperators: cooperators.map((c) => c.unit.name),
    meeting: { id: meeting.id, title: meeting.title, startsAt: meeting.startsAt },
    canMarkDone: mayMarkDone(
      user,
      ownersOf({ leadUnitId, handedOverToUnitId: task.handedOverToUnitId, meeting, minutes }),
    ),
  }));
  return { items, total, page, pageCount };
}

export type TaskItem = Awaited<ReturnType<typeof listTasks>>["items"][number];

/** How many tasks each tab holds (four counts, each on the (leadUnitId, status, deadline) index for a unit). */
export async function countTasks(
  user: SessionUser,
  role: TaskRole = "lead",
  now = new Date(),
): Promise<Record<TaskFilter, number>> {
  const count = (filter: TaskFilter) =>
    db.conclusion.count({ where: { AND: [taskScope(user, role), filterWhere(filter, now)] } });
  const [overdue, open, done] = await Promise.all([count("overdue"), count("open"), count("done")]);
  return { overdue, open, done, all: open + done };
}
