import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/roles";
import { formatDate } from "@/lib/datetime/vietnam";
import { minutesAwaitingChair } from "@/lib/minutes/data";

/** The chair's queue of minutes to read and approve or return. */
export async function MinutesQueue({ user }: { user: SessionUser }) {
  const [t, items] = await Promise.all([getTranslations("minutes"), minutesAwaitingChair(user)]);
  return (
    <section aria-labelledby="minutes-queue" className="mt-6 rounded-lg border border-sky-200 bg-sky-50 p-4">
      <h2 id="minutes-queue" className="text-lg font-semibold">
        {t("review.queue")}
      </h2>
      {items.length === 0 ? (
        <p className="mt-2 text-slate-700">{t("review.queueEmpty")}</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-2">
          {items.map((m) => (
            <li key={m.id}>
              <Link href={`/meetings/${m.meetingId}/minutes/${m.id}`} className="font-medium text-brand-700 underline">
                {t("title")} {t("number")} {m.documentNumber} – {m.meeting.title}
              </Link>
              <p className="text-sm text-slate-700">
                {m.meetingPoint.connectionPoint.name}, {formatDate(m.meeting.startsAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
