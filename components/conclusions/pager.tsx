import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Previous/next links; hidden when everything fits on one page. */
export async function Pager({
  page,
  pageCount,
  href,
  label,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  label: string;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("tasks");
  const link =
    "inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100";
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center gap-3">
      {page > 1 && (
        <Link href={href(page - 1)} className={link}>
          {t("previous")}
        </Link>
      )}
      <span className="text-sm text-slate-700">{t("pageOf", { page, count: pageCount })}</span>
      {page < pageCount && (
        <Link href={href(page + 1)} className={link}>
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
