import { getTranslations } from "next-intl/server";
import { isDemoDatabase } from "@/lib/demo/mode";
import { DEMO_PASSWORD } from "@/lib/demo/accounts";
import { mayShowDemoPassword } from "@/lib/security/serving";

/** On every page of a demo database; it names the demo password only where the login page may (see mayShowDemoPassword). */
export async function DemoBanner() {
  if (!(await isDemoDatabase())) return null;
  const t = await getTranslations("app");
  return (
    <div
      role="status"
      className="bg-amber-300 px-4 py-1 text-center text-xs font-semibold text-amber-950 sm:py-2 sm:text-sm"
    >
      {mayShowDemoPassword(process.env) ? t("demoBanner", { password: DEMO_PASSWORD }) : t("demoBannerNoPassword")}
    </div>
  );
}
