import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { getAgenda } from "@/lib/agenda/data";
import { orNotFound } from "@/lib/not-found";
import { AgendaSheet } from "@/components/agenda/agenda-sheet";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const user = await requirePageUser();
  return orNotFound(getAgenda(user, (await params).id));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const agenda = await load(params);
  return { title: `${(await getTranslations("agenda"))("sheetLabel")} — ${agenda.title}` };
}

export default async function PrintableAgendaPage({ params }: Props) {
  const agenda = await load(params);
  const t = await getTranslations("agenda");
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-3 print:hidden">
        <Link href={`/meetings/${agenda.id}/agenda`} className="text-sm font-medium text-brand-700 underline">
          ← {t("title")}
        </Link>
      </div>
      <h1 className="sr-only">
        {t("sheetLabel")} — {agenda.title}
      </h1>
      <AgendaSheet
        label={t("sheetLabel")}
        printLabel={t("printButton")}
        emptyLabel={t("empty")}
        input={{
          parentBody: agenda.parentBody,
          issuingBody: agenda.issuingBody,
          title: agenda.title,
          startsAt: agenda.startsAt,
          endsAt: agenda.endsAt,
          location: agenda.location,
          chair: agenda.chair,
          items: agenda.items,
        }}
      />
    </div>
  );
}
