import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { listApiTokens } from "@/lib/api-tokens/data";
import { MAX_ACTIVE_API_TOKENS } from "@/lib/api-tokens/schema";
import { formatDateTime } from "@/lib/datetime/vietnam";
import { PageHeader } from "@/components/page-header";
import { EmptyState } from "@/components/empty-state";
import { Badge } from "@/components/badge";
import { CreateApiTokenForm } from "./create-api-token-form";
import { RevokeApiToken } from "./revoke-api-token";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("apiTokens") };
}

export default async function ApiTokensPage() {
  const user = await requirePageUser(PAGES.apiTokens.roles);
  const [t, tNav, tokens] = await Promise.all([
    getTranslations("apiTokens"),
    getTranslations("nav"),
    listApiTokens(user),
  ]);
  const activeCount = tokens.filter((token) => !token.revokedAt && !token.expired).length;
  const revokedIds = tokens.filter((token) => token.revokedAt).map((token) => token.id);
  return (
    <>
      <PageHeader title={tNav("apiTokens")} intro={t("intro")} />
      <p className="mb-6 max-w-3xl text-sm text-slate-700">
        {t.rich("usage", { code: (chunks) => <code className="rounded bg-slate-100 px-1">{chunks}</code> })}
      </p>

      <section aria-labelledby="create-api-token" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="create-api-token" className="text-lg font-semibold">
          {t("createTitle")}
        </h2>
        <CreateApiTokenForm max={MAX_ACTIVE_API_TOKENS} revokedIds={revokedIds} />
      </section>

      <section aria-labelledby="api-token-list" className="mt-8">
        <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="api-token-list" className="text-lg font-semibold">
            {t("listTitle")}
          </h2>
          <p className="text-sm text-slate-600">
            {t("activeCount", { count: activeCount, max: MAX_ACTIVE_API_TOKENS })}
          </p>
        </div>
        {tokens.length === 0 ? (
          <EmptyState>{t("none")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {tokens.map((token) => (
              <li
                key={token.id}
                className="flex flex-col gap-3 px-4 py-3 sm:flex-row sm:items-start sm:justify-between"
              >
                <div className="min-w-0">
                  <p className="flex flex-wrap items-center gap-2 font-medium">
                    <span className="break-words">{token.name}</span>
                    {token.revokedAt ? (
                      <Badge tone="neutral">{t("revokedAt", { date: formatDateTime(token.revokedAt) })}</Badge>
                    ) : token.expired ? (
                      <Badge tone="warn">{t("expired")}</Badge>
                    ) : (
                      <Badge tone="good">{t("active")}</Badge>
                    )}
                  </p>
                  <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3 text-sm text-slate-700">
                    <dt className="text-slate-600">{t("prefix")}</dt>
                    <dd>
                      <code>{token.prefix}…</code>
                    </dd>
                    <dt className="text-slate-600">{t("createdAt")}</dt>
                    <dd>{formatDateTime(token.createdAt)}</dd>
                    <dt className="text-slate-600">{t("expiresAt")}</dt>
                    <dd>{formatDateTime(token.expiresAt)}</dd>
                    <dt className="text-slate-600">{t("lastUsed")}</dt>
                    <dd>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t("neverUsed")}</dd>
                  </dl>
                </div>
                <RevokeApiToken id={token.id} name={token.name} revoked={token.revokedAt !== null} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
