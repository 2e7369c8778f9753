import { apiJson, notFound, withApiUser } from "@/lib/api/http";
import { getMeetingForApi } from "@/lib/meetings/api";

// GET /api/v1/meetings/:id — one meeting with its points and invitations; 404 outside the caller's scope.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return withApiUser(request, async (user) => {
    const { id } = await params;
    if (id.length > 40) return notFound();
    return apiJson({ data: await getMeetingForApi(user, id) });
  });
}
