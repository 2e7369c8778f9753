import { currentUser } from "@/lib/auth/session";
import { fileResponse } from "@/lib/meeting-documents/routes";

/** A meeting document's file, for its readers: inline (PDF, images) or downloaded, with range requests. */
export async function GET(request: Request, { params }: { params: Promise<{ documentId: string }> }) {
  return fileResponse(await currentUser(), request, (await params).documentId);
}
