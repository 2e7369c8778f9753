import { getTranslations } from "next-intl/server";

/** A GET form, so a search is a URL that can be shared and works without client JavaScript. */
export async function SearchForm({ query, children }: { query: string; children?: React.ReactNode }) {
  const t = await getTranslations("common");
  return (
    <form role="search" className="mb-4 flex flex-wrap items-end gap-3">
      <div className="grow">
        <label htmlFor="q" className="block text-sm font-medium text-slate-800">
          {t("search")}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={100}
          placeholder={t("searchPlaceholder")}
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2"
        />
      </div>
      {children}
      <button
        type="submit"
        className="min-h-11 rounded-md bg-slate-800 px-4 py-2 font-semibold text-white hover:bg-slate-900"
      >
        {t("search")}
      </button>
    </form>
  );
}
