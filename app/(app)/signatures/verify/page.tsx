import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { PageHeader } from "@/components/page-header";
import { VerifyForm } from "@/components/signatures/verify-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("verifySignatures") };
}

export default async function VerifySignaturesPage() {
  await requirePageUser(PAGES.verifySignatures.roles);
  const t = await getTranslations("signatures.verifyPage");
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <VerifyForm />
      </section>
      <p className="mt-4 max-w-3xl text-sm text-slate-600">{t("checks")}</p>
    </>
  );
}
