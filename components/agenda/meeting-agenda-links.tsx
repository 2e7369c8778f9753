import Link from "next/link";
import { getTranslations } from "next-intl/server";

const linkButton = "inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100";

/** The meeting page's way to its agenda, printable agenda and indicators. */
export async function MeetingAgendaLinks({ meetingId }: { meetingId: string }) {
  const [ta, ti] = await Promise.all([getTranslations("agenda"), getTranslations("indicators")]);
  return (
    <nav aria-label={ta("title")} className="mt-2 flex flex-wrap gap-2">
      <Link href={`/meetings/${meetingId}/agenda`} className={linkButton}>
        {ta("title")}
      </Link>
      <Link href={`/meetings/${meetingId}/agenda/print`} className={linkButton}>
        {ta("print")}
      </Link>
      <Link href={`/meetings/${meetingId}/indicators`} className={linkButton}>
        {ti("title")}
      </Link>
    </nav>
  );
}
