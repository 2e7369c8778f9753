import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { getTemplate } from "@/lib/templates/data";
import { orNotFound } from "@/lib/not-found";
import { PageHeader } from "@/components/page-header";
import { TemplateForm } from "@/components/templates/template-form";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("templates"))("edit") };
}

export default async function EditTemplatePage({ params }: Props) {
  const user = await requirePageUser(PAGES.templates.roles);
  const template = await orNotFound(getTemplate(user, (await params).id));
  // An old version or a retired family is not edited here: its page says why and links onward.
  if (!template.isLatest || template.status === "RETIRED") redirect(`/templates/${template.id}`);
  const t = await getTranslations("templates");
  return (
    <>
      <Link href={`/templates/${template.id}`} className="text-sm font-medium text-brand-700 underline">
        ← {template.name}
      </Link>
      <div className="mt-2">
        <PageHeader
          title={t("edit")}
          intro={
            template.meetings > 0
              ? t("editInUse", { count: template.meetings, version: template.version + 1 })
              : t("editInPlace")
          }
        />
      </div>
      <TemplateForm
        existing={{
          id: template.id,
          itemIds: template.items.map((i) => i.id),
          values: {
            name: template.name,
            kind: template.kind ?? "",
            description: template.description ?? "",
            items: template.items.map((i) => ({
              title: i.title,
              presenterRole: i.presenterRole ?? "",
              durationMinutes: i.durationMinutes,
              optional: i.optional,
              minutesSkeleton: i.minutesSkeleton ?? "",
            })),
          },
        }}
      />
    </>
  );
}
