import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { formatDate } from "@/lib/datetime/vietnam";
import { isDemoDatabase } from "@/lib/demo/mode";
import { signaturesAdminPage, signingHolders } from "@/lib/signatures/data";
import { removeTrustedRootAction, retireCertificateAction } from "@/lib/signatures/actions";
import { PageHeader } from "@/components/page-header";
import { EmptyState } from "@/components/empty-state";
import { Badge } from "@/components/badge";
import { ActionButton } from "@/components/minutes/action-button";
import { CertificateForm, RemoteCertificateForm, TrustedRootForm } from "@/components/signatures/admin-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("signatures") };
}

const panel = "mt-6 rounded-lg border border-slate-200 bg-white p-4";

export default async function SignaturesAdminPage() {
  await requirePageUser(PAGES.signatures.roles);
  const [t, page, holders, demo] = await Promise.all([
    getTranslations("signatures.admin"),
    signaturesAdminPage(),
    signingHolders(),
    isDemoDatabase(),
  ]);
  const derivedKey = !process.env.HOINGHI_SIGNING_KEY;
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      {derivedKey && demo && (
        <p role="status" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          {t("derivedKey")}
        </p>
      )}
      <section aria-labelledby="certificates" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="certificates" className="text-lg font-semibold">
          {t("certificates")}
        </h2>
        {page.certificates.length === 0 ? (
          <div className="mt-2">
            <EmptyState>{t("noCertificates")}</EmptyState>
          </div>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100">
            {page.certificates.map((c) => (
              <li key={c.id} className="grid gap-1 py-3">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold">{c.label}</span>
                  <Badge tone="info">{t(`kind.${c.kind}`)}</Badge>
                  {c.retiredAt && <Badge tone="neutral">{t("retired", { date: formatDate(c.retiredAt) })}</Badge>}
                </div>
                <p className="text-sm">{t("holder", { name: c.official?.fullName ?? c.unit?.name ?? "" })}</p>
                <p className="text-sm">
                  {c.subject} · {t("issuedBy", { issuer: c.issuer })} ·{" "}
                  {t("validUntil", { date: formatDate(c.notAfter) })}
                </p>
                <p className="text-xs break-all text-slate-600">{t("fingerprint", { value: c.fingerprint })}</p>
                {!c.retiredAt && (
                  <div className="mt-1">
                    <ActionButton
                      action={retireCertificateAction}
                      input={{ certificateId: c.id }}
                      label={t("retire")}
                      confirm={t("retireConfirm")}
                      style="secondary"
                    />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="register" className={panel}>
        <h2 id="register" className="mb-3 text-lg font-semibold">
          {t("register")}
        </h2>
        <CertificateForm
          officials={holders.officials.map((o) => ({ value: o.id, label: o.fullName }))}
          units={holders.units.map((u) => ({ value: u.id, label: u.name }))}
        />
      </section>
      {process.env.HOINGHI_REMOTE_SIGNING_URL && (
        <section aria-labelledby="register-remote" className={panel}>
          <h2 id="register-remote" className="mb-3 text-lg font-semibold">
            {t("registerRemote")}
          </h2>
          <RemoteCertificateForm
            officials={holders.officials.map((o) => ({ value: o.id, label: o.fullName }))}
            units={holders.units.map((u) => ({ value: u.id, label: u.name }))}
          />
        </section>
      )}
      <section aria-labelledby="roots" className={panel}>
        <h2 id="roots" className="text-lg font-semibold">
          {t("roots")}
        </h2>
        {page.roots.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">{t("noRoots")}</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100">
            {page.roots.map((r) => (
              <li key={r.id} className="grid gap-1 py-3">
                <span className="font-semibold">{r.name}</span>
                <p className="text-sm">{t("validUntil", { date: formatDate(r.notAfter) })}</p>
                <p className="text-xs break-all text-slate-600">{t("fingerprint", { value: r.fingerprint })}</p>
                <div className="mt-1">
                  <ActionButton
                    action={removeTrustedRootAction}
                    input={{ rootId: r.id }}
                    label={t("removeRoot")}
                    confirm={t("removeRootConfirm")}
                    style="secondary"
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
        <h3 className="mt-4 mb-3 font-semibold">{t("addRoot")}</h3>
        <TrustedRootForm />
      </section>
    </>
  );
}
