"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { handOverAction } from "@/lib/units/actions";
import { FormAlert } from "@/components/form/form-alert";
import { SelectField } from "@/components/form/select-field";
import { SubmitButton } from "@/components/form/submit-button";

interface OpenInvitation {
  id: string;
  meeting: string;
  meetingId: string;
  startsAt: string;
  point: string;
  sent: boolean;
  /** The successors it can go to: existing on the meeting's date and not yet invited to it. */
  successorIds: string[];
}

interface OpenTask {
  id: string;
  content: string;
  meeting: string;
  deadline: string | null;
}

type Props = {
  unitId: string;
  successors: { id: string; name: string }[];
  invitations: OpenInvitation[];
  tasks: OpenTask[];
};

/** The open invitations and tasks of a ceased unit, ticked, and moved together to the successor chosen. */
export function HandOverForm({ unitId, successors, invitations, tasks }: Props) {
  const t = useTranslations("unitAdmin.openWork");
  const tAll = useTranslations();
  const router = useRouter();
  const [successorId, setSuccessorId] = useState(successors[0]?.id ?? "");
  const [unticked, setUnticked] = useState<Set<string>>(new Set());
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const movable = (i: OpenInvitation) => i.successorIds.includes(successorId);
  const chosenInvitations = invitations.filter((i) => movable(i) && !unticked.has(i.id)).map((i) => i.id);
  const chosenTasks = tasks.filter((task) => !unticked.has(task.id)).map((task) => task.id);
  const count = successorId ? chosenInvitations.length + chosenTasks.length : 0;
  const toggle = (id: string) =>
    setUnticked((before) => {
      const next = new Set(before);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const successorName = successors.find((s) => s.id === successorId)?.name ?? "";

  if (invitations.length + tasks.length === 0)
    return (
      <div className="mt-3 grid gap-2">
        {result && <FormAlert tone={result.ok ? "success" : "error"} message={result.text} />}
        <p className="text-sm text-slate-800">{t("nothingLeft")}</p>
      </div>
    );
  if (successors.length === 0) return <p className="mt-2 text-sm text-slate-800">{t("noSuccessor")}</p>;
  return (
    <form
      noValidate
      className="mt-3 grid gap-4"
      onSubmit={async (event) => {
        event.preventDefault();
        setPending(true);
        setResult(null);
        const answer = await handOverAction({
          unitId,
          successorId,
          invitationIds: chosenInvitations,
          taskIds: chosenTasks,
        });
        setPending(false);
        if (answer.ok) {
          setResult({
            ok: true,
            text: t("moved", {
              invitations: answer.data.invitations,
              tasks: answer.data.tasks,
              unit: answer.data.successor,
            }),
          });
          setUnticked(new Set());
          router.refresh();
        } else {
          const meetings = (answer.details as { meetings?: string[] } | undefined)?.meetings;
          setResult({ ok: false, text: [tAll(answer.message), meetings?.join("; ")].filter(Boolean).join(" ") });
        }
      }}
    >
      {result && <FormAlert tone={result.ok ? "success" : "error"} message={result.text} />}
      {successors.length > 1 && (
        <SelectField
          label={t("successor")}
          value={successorId}
          onChange={(event) => setSuccessorId(event.target.value)}
          options={successors.map((s) => ({ value: s.id, label: s.name }))}
          className="max-w-md"
        />
      )}
      {invitations.length > 0 && (
        <fieldset>
          <legend className="text-sm font-semibold text-slate-900">
            {t("invitations", { count: invitations.length })}
          </legend>
          <ul className="mt-1 divide-y divide-amber-200">
            {invitations.map((i) => (
              <li key={i.id} className="py-2">
                <label className="flex min-h-11 items-start gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="mt-0.5 size-5 shrink-0"
                    disabled={!movable(i)}
                    checked={movable(i) && !unticked.has(i.id)}
                    onChange={() => toggle(i.id)}
                  />
                  <span>
                    <span className="font-medium">{i.meeting}</span> · {i.startsAt} · {i.point} ·{" "}
                    {i.sent ? t("sent") : t("notSent")}
                    {!movable(i) && (
                      <span className="block text-amber-900">{t("cannotMove", { unit: successorName })}</span>
                    )}
                  </span>
                </label>
                <Link href={`/meetings/${i.meetingId}`} className="ml-7 text-sm text-brand-700 underline">
                  {t("openMeeting")}
                </Link>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {tasks.length > 0 && (
        <fieldset>
          <legend className="text-sm font-semibold text-slate-900">{t("tasks", { count: tasks.length })}</legend>
          <ul className="mt-1 divide-y divide-amber-200">
            {tasks.map((task) => (
              <li key={task.id} className="py-2">
                <label className="flex min-h-11 items-start gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="mt-0.5 size-5 shrink-0"
                    checked={!unticked.has(task.id)}
                    onChange={() => toggle(task.id)}
                  />
                  <span>
                    <span className="font-medium break-words">{task.content}</span>
                    <span className="block text-slate-700">
                      {task.meeting} · {task.deadline ? t("deadline", { date: task.deadline }) : t("noDeadline")}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <div>
        <SubmitButton
          pending={pending}
          disabled={count === 0}
          label={t("submit", { count, unit: successorName })}
          pendingLabel={tAll("common.saving")}
        />
      </div>
    </form>
  );
}
