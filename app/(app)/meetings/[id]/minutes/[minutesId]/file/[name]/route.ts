import { currentUser } from "@/lib/auth/session";
import { renderMinutesDocx } from "@/lib/documents/minutes-docx";
import { renderMinutesPdf } from "@/lib/documents/pdf/minutes-pdf";
import { renderConclusionNoticeDocx } from "@/lib/documents/conclusion-notice-docx";
import { renderConclusionNoticePdf } from "@/lib/documents/pdf/conclusion-notice-pdf";
import { DomainError } from "@/lib/errors";
import { minutesRecord, noticeRecord } from "@/lib/minutes/record";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

// bien-ban.docx, bien-ban.pdf, thong-bao-ket-luan.docx, thong-bao-ket-luan.pdf
const FILES = {
  "bien-ban.docx": { type: DOCX, render: async (user, id) => renderMinutesDocx(await minutesRecord(user, id)) },
  "bien-ban.pdf": {
    type: "application/pdf",
    render: async (user, id) => renderMinutesPdf(await minutesRecord(user, id)),
  },
  "thong-bao-ket-luan.docx": {
    type: DOCX,
    render: async (user, id) => renderConclusionNoticeDocx(await noticeRecord(user, id)),
  },
  "thong-bao-ket-luan.pdf": {
    type: "application/pdf",
    render: async (user, id) => renderConclusionNoticePdf(await noticeRecord(user, id)),
  },
} satisfies Record<
  string,
  {
    type: string;
    render: (user: NonNullable<Awaited<ReturnType<typeof currentUser>>>, minutesId: string) => Promise<Buffer>;
  }
>;

/** The minutes or the conclusion notice as Word or PDF, for whoever may read the minutes. */
export async function GET(_request: Request, { params }: { params: Promise<{ minutesId: string; name: string }> }) {
  const user = await currentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  const { minutesId, name } = await params;
  const file = FILES[name as keyof typeof FILES];
  if (!file) return new Response("Not found", { status: 404 });
  try {
    const body = await file.render(user, minutesId);
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": file.type,
        "Content-Disposition": `attachment; filename="${name}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof DomainError)
      return new Response(error.key, { status: error.key === "errors.forbidden" ? 403 : 404 });
    throw error;
  }
}
