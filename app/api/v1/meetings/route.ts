import { apiJson, parseQuery, withApiUser } from "@/lib/api/http";
import { apiMeetingsQuerySchema } from "@/lib/meetings/api-query";
import { listMeetingsForApi } from "@/lib/meetings/api";

// GET /api/v1/meetings?from=&to=&status=&cursor=&limit= — the token owner's meetings, in start order.
export async function GET(request: Request): Promise<Response> {
  return withApiUser(request, async (user) => {
    const query = parseQuery(request, apiMeetingsQuerySchema);
    if (query instanceof Response) return query;
    return apiJson(await listMeetingsForApi(user, query));
  });
}
