import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { listUsers } from "@/lib/users/data";
import { formatDateTime } from "@/lib/datetime/vietnam";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage() {
  const user = await requirePageUser(PAGES.users.roles);
  const [t, tRoles, users] = await Promise.all([getTranslations("users"), getTranslations("roles"), listUsers(user)]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {users.map((u) => (
          <li key={u.id} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
            <div>
              <p className="font-medium">
                {u.name} <span className="font-normal text-slate-600">· {u.email}</span>
              </p>
              <p className="text-sm text-slate-600">
                {u.unit.name} · {t("lastLogin")}: {u.lastLoginAt ? formatDateTime(u.lastLoginAt) : t("never")}
              </p>
            </div>
            <div className="flex gap-2">
              <Badge tone="info">{tRoles(u.role)}</Badge>
              {!u.active && <Badge tone="bad">{t("inactive")}</Badge>}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
