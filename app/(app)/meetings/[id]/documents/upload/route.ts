import { currentUser } from "@/lib/auth/session";
import { uploadResponse } from "@/lib/meeting-documents/routes";

/** The streamed upload of a meeting document's file (the document itself is made by its server action). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return uploadResponse(await currentUser(), request, (await params).id);
}
