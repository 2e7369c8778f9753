import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { invitationLetterFor } from "@/lib/invitations/letter";
import { orNotFound } from "@/lib/not-found";
import { InvitationLetterView } from "@/components/documents/invitation-letter-view";

type Props = { params: Promise<{ id: string; invitationId: string }> };

async function load(params: Props["params"]) {
  const user = await requirePageUser();
  const { id, invitationId } = await params;
  return { id, invitationId, ...(await orNotFound(invitationLetterFor(user, id, invitationId))) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { letter } = await load(params);
  return { title: (await getTranslations("documents.invitation"))("sheetLabel", { number: letter.number }) };
}

export default async function InvitationLetterPage({ params }: Props) {
  const { id, invitationId, letter } = await load(params);
  const t = await getTranslations("documents.invitation");
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-3 print:hidden">
        <Link href={`/meetings/${id}`} className="text-sm font-medium text-brand-700 underline">
          ← {letter.meetingTitle}
        </Link>
        <a
          href={`/meetings/${id}/invitations/${invitationId}/docx`}
          className="text-sm font-medium text-brand-700 underline"
        >
          {t("downloadDocx")}
        </a>
      </div>
      <h1 className="sr-only">{t("sheetLabel", { number: letter.number })}</h1>
      <InvitationLetterView
        letter={letter}
        label={t("sheetLabel", { number: letter.number })}
        printLabel={t("print")}
      />
    </div>
  );
}
