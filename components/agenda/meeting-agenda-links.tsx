import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { linkButton } from "@/components/link-button";

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
