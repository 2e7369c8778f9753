import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { PageHeader } from "@/components/page-header";
import { TemplateForm } from "@/components/templates/template-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("templates"))("create") };
}

export default async function NewTemplatePage() {
  await requirePageUser(PAGES.templates.roles);
  const t = await getTranslations("templates");
  return (
    <>
      <Link href="/templates" className="text-sm font-medium text-brand-700 underline">
        ← {t("back")}
      </Link>
      <div className="mt-2">
        <PageHeader title={t("create")} intro={t("createIntro")} />
      </div>
      <TemplateForm />
    </>
  );
}
