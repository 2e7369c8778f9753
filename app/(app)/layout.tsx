import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { DemoBanner } from "@/components/demo-banner";
import { AppHeader } from "@/components/nav/app-header";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  const t = await getTranslations("app");
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:z-10 focus:bg-white focus:p-2">
        {t("skipToContent")}
      </a>
      <DemoBanner />
      <AppHeader user={user} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
