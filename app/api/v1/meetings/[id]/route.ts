import { apiJson, notFound, parseQuery, withApiUser } from "@/lib/api/http";
import { apiMeetingQuerySchema } from "@/lib/meetings/api-query";
import { getMeetingForApi } from "@/lib/meetings/api";

// GET /api/v1/meetings/:id?cursor=&limit= — one meeting with a page of its points and their invitations;
// 404 outside the caller's scope.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return withApiUser(request, async (user) => {
    const { id } = await params;
    if (id.length > 40) return notFound();
    const query = parseQuery(request, apiMeetingQuerySchema);
    if (query instanceof Response) return query;
    return apiJson(await getMeetingForApi(user, id, query));
  });
}
