import { getTranslations } from "next-intl/server";
import { isDemoDatabase } from "@/lib/demo/mode";

export async function DemoBanner() {
  if (!(await isDemoDatabase())) return null;
  const t = await getTranslations("app");
  return (
    <div
      role="status"
      className="bg-amber-300 px-4 py-1 text-center text-xs font-semibold text-amber-950 sm:py-2 sm:text-sm"
    >
      {t("demoBanner")}
    </div>
  );
}
