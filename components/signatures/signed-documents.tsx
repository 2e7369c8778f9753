import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/datetime/vietnam";
import { linkButton } from "@/components/link-button";

export interface SignedDocumentRow {
  id: string;
  kind: "MINUTES" | "CONCLUSION_NOTICE";
  signerName: string;
  signerRole: string;
  signedAt: Date;
  sha256: string;
  point?: string;
}

/** The signed documents, newest first, each with its download. */
export async function SignedDocuments({ documents }: { documents: SignedDocumentRow[] }) {
  const t = await getTranslations("signatures.documents");
  if (documents.length === 0) return <p className="mt-2 text-sm text-slate-600">{t("empty")}</p>;
  return (
    <>
      <ul className="mt-3 flex flex-col gap-3">
        {documents.map((d) => (
          <li key={d.id} className="rounded-md border border-slate-200 p-3">
            <p className="font-semibold">{t(`kind.${d.kind}`)}</p>
            {d.point && <p className="text-sm text-slate-700">{t("point", { name: d.point })}</p>}
            <p className="text-sm">
              {t("signedBy", {
                name: d.signerName,
                role: t(`role.${d.signerRole}` as "role.CHAIR"),
                time: formatDateTime(d.signedAt),
              })}
            </p>
            <p className="text-xs break-all text-slate-600">{t("hash", { hash: d.sha256 })}</p>
            <a href={`/signatures/${d.id}/file`} className={`${linkButton} mt-2`} download>
              {t("download", { kind: t(`kind.${d.kind}`).toLowerCase() })}
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-3">
        <Link href="/signatures/verify" className="font-medium text-brand-700 underline">
          {t("verify")}
        </Link>
      </p>
    </>
  );
}
