import { currentUser } from "@/lib/auth/session";
import { invitationLetterFor } from "@/lib/invitations/letter";
import { renderInvitationDocx } from "@/lib/documents/invitation-docx";
import { NotFound } from "@/lib/errors";
import { searchKey } from "@/lib/text/normalize";

/** The invitation letter as a Word file (Nghị định 30/2020 layout), for the caller who may see it. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; invitationId: string }> }) {
  const user = await currentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  const { id, invitationId } = await params;
  try {
    const { letter, unitName } = await invitationLetterFor(user, id, invitationId);
    const body = await renderInvitationDocx(letter);
    const filename = `giay-moi-${letter.number.replace(/[^\w-]+/g, "-")}-${searchKey(unitName).replace(/[^a-z0-9]+/g, "-")}.docx`;
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFound) return new Response("Not found", { status: 404 });
    throw error;
  }
}
