import { currentUser } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { signedDocumentFile } from "@/lib/signatures/data";

/** A signed PDF exactly as stored, for whoever may read its minutes. */
export async function GET(_request: Request, { params }: { params: Promise<{ documentId: string }> }) {
  const user = await currentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  try {
    const { fileName, content } = await signedDocumentFile(user, (await params).documentId);
    return new Response(new Uint8Array(content), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof DomainError) return new Response(error.key, { status: 404 });
    throw error;
  }
}
