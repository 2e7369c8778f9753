import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TaskItem } from "@/lib/conclusions/tasks";
import { formatDate } from "@/lib/datetime/vietnam";
import { Badge } from "@/components/badge";
import { DeadlineBadge } from "./deadline-badge";
import { MarkDoneForm, ReopenForm } from "./task-forms";

/**
 * Tasks as cards (a table would scroll sideways on a 390 px phone). The meeting links only for the
 * secretariat: a representative may lead a task of a meeting their unit was not invited to.
 */
export async function TaskList({ items, now, linkMeetings }: { items: TaskItem[]; now: Date; linkMeetings: boolean }) {
  const [t, tStatus, tUnit] = await Promise.all([
    getTranslations("tasks"),
    getTranslations("conclusions.status"),
    getTranslations("unitAdmin"),
  ]);
  return (
    <ul className="flex flex-col gap-3">
      {items.map((task) => (
        <li key={task.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={task.status === "DONE" ? "good" : "neutral"}>{tStatus(task.status)}</Badge>
            {task.status === "OPEN" && <DeadlineBadge deadline={task.deadline} now={now} />}
          </div>
          <p className="mt-2 font-medium break-words whitespace-pre-line">{task.content}</p>
          <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="text-slate-600">{t("meeting")}</dt>
            <dd className="break-words">
              {linkMeetings ? (
                <Link href={`/meetings/${task.meeting.id}`} className="text-brand-700 underline">
                  {task.meeting.title}
                </Link>
              ) : (
                task.meeting.title
              )}{" "}
              ({formatDate(task.meeting.startsAt)})
            </dd>
            <dt className="text-slate-600">{t("leadUnit")}</dt>
            <dd>
              {task.leadUnit ?? t("noLeadUnit")}
              {task.handedOverTo && task.handedOverAt && (
                <span className="block text-slate-700">
                  {tUnit("handedOverTo", { unit: task.handedOverTo, date: formatDate(task.handedOverAt) })}
                </span>
              )}
            </dd>
            {task.cooperators.length > 0 && (
              <>
                <dt className="text-slate-600">{t("cooperators")}</dt>
                <dd>{task.cooperators.join(", ")}</dd>
              </>
            )}
            <dt className="text-slate-600">{t("deadline")}</dt>
            <dd>{task.deadline ? formatDate(task.deadline) : t("noDeadline")}</dd>
            {task.doneAt && (
              <>
                <dt className="text-slate-600">{t("doneAt")}</dt>
                <dd>{formatDate(task.doneAt)}</dd>
              </>
            )}
            {task.doneNote && (
              <>
                <dt className="text-slate-600">{t("result")}</dt>
                <dd className="break-words whitespace-pre-line">{task.doneNote}</dd>
              </>
            )}
          </dl>
          {task.canMarkDone && (
            <div className="mt-3">
              {task.status === "OPEN" ? (
                <MarkDoneForm id={task.id} version={task.version} />
              ) : (
                <ReopenForm id={task.id} version={task.version} />
              )}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
