import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { listNotifications } from "@/lib/notifications/data";
import { markAllReadFromForm } from "@/lib/notifications/actions";
import { formatDateTime } from "@/lib/datetime/vietnam";
import { PageHeader } from "@/components/page-header";
import { EmptyState } from "@/components/empty-state";
import { Badge } from "@/components/badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("notifications") };
}

export default async function NotificationsPage() {
  const user = await requirePageUser(PAGES.notifications.roles);
  const [t, tNav, notifications] = await Promise.all([
    getTranslations("notifications"),
    getTranslations("nav"),
    listNotifications(user),
  ]);
  const unread = notifications.some((n) => !n.readAt);
  return (
    <>
      <PageHeader title={tNav("notifications")}>
        {unread && (
          <form action={markAllReadFromForm}>
            <button
              type="submit"
              className="min-h-11 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100"
            >
              {t("markAllRead")}
            </button>
          </form>
        )}
      </PageHeader>
      {notifications.length === 0 ? (
        <EmptyState>{t("none")}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {notifications.map((n) => (
            <li key={n.id} className="flex flex-col gap-1 px-4 py-3">
              <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
                <span>{formatDateTime(n.createdAt)}</span>
                {!n.readAt && <Badge tone="info">{t("unread")}</Badge>}
              </div>
              <p className="font-medium">
                {n.link ? (
                  <Link href={n.link} className="hover:underline">
                    {n.title}
                  </Link>
                ) : (
                  n.title
                )}
              </p>
              {n.body && <p className="text-sm text-slate-700">{n.body}</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
