import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { listUsers } from "@/lib/users/data";
import { formatDateTime } from "@/lib/datetime/vietnam";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/badge";
import { linkButton } from "@/components/link-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage() {
  const user = await requirePageUser(PAGES.users.roles);
  const [t, ta, tRoles, users] = await Promise.all([
    getTranslations("users"),
    getTranslations("accounts"),
    getTranslations("roles"),
    listUsers(user),
  ]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")}>
        <Link href="/admin/users/new" className={linkButton}>
          {ta("add")}
        </Link>
      </PageHeader>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {users.map((u) => (
          <li key={u.id} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
            <div className="min-w-0">
              <p className="font-medium break-words">
                <Link href={`/admin/users/${u.id}`} className="text-brand-700 underline">
                  {u.name}
                </Link>{" "}
                <span className="font-normal break-all text-slate-600">· {u.email}</span>
              </p>
              <p className="text-sm text-slate-600">
                {u.unit.name}
                {u.official && ` · ${u.official.fullName} — ${u.official.title}`} · {t("lastLogin")}:{" "}
                {u.lastLoginAt ? formatDateTime(u.lastLoginAt) : t("never")}
              </p>
            </div>
            <div className="flex shrink-0 gap-2">
              <Badge tone="info">{tRoles(u.role)}</Badge>
              {!u.active && <Badge tone="bad">{t("inactive")}</Badge>}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
