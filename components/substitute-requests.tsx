import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/roles";
import { substitutesAwaitingChair } from "@/lib/invitations/inbox";
import { decideFromForm } from "@/lib/invitations/actions";
import { formatDateTime } from "@/lib/datetime/vietnam";
import { EmptyState } from "./empty-state";

/** The chair's queue of substitutes to agree to; plain forms, so it works without client JavaScript. */
export async function SubstituteRequests({ user }: { user: SessionUser }) {
  const [t, requests] = await Promise.all([getTranslations("answers.substitutes"), substitutesAwaitingChair(user)]);
  return (
    <section aria-labelledby="substitutes" className="mb-8">
      <h2 id="substitutes" className="mb-3 text-lg font-semibold">
        {t("title")}
      </h2>
      {requests.length === 0 ? (
        <EmptyState>{t("none")}</EmptyState>
      ) : (
        <ul className="grid gap-3">
          {requests.map((r) => (
            <li key={r.id} className="rounded-lg border border-amber-200 bg-white p-4">
              <p className="text-sm text-slate-600">
                {formatDateTime(r.invitation.meeting.startsAt)} · {r.invitation.meeting.title}
              </p>
              <p className="mt-1 font-medium">
                {t("replaces", {
                  unit: r.invitation.unit.name,
                  names: r.attendees.map((a) => [a.fullName, a.title].filter(Boolean).join(" - ")).join(", "),
                  replaced: r.replaces ?? "—",
                })}
              </p>
              {r.reason && <p className="text-sm text-slate-700">{t("reason", { reason: r.reason })}</p>}
              <form action={decideFromForm} className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-end">
                <input type="hidden" name="responseId" value={r.id} />
                <label className="grow text-sm">
                  {t("note")}
                  <input
                    name="note"
                    maxLength={500}
                    className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2"
                  />
                </label>
                <button
                  name="decision"
                  value="AGREED"
                  className="min-h-11 rounded-md bg-green-700 px-4 py-2 font-semibold text-white hover:bg-green-800"
                >
                  {t("agree")}
                </button>
                <button
                  name="decision"
                  value="REFUSED"
                  className="min-h-11 rounded-md border border-red-300 bg-white px-4 py-2 font-semibold text-red-800 hover:bg-red-50"
                >
                  {t("refuse")}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
