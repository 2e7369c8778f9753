import { currentUser } from "@/lib/auth/session";
import { AccessDenied } from "@/lib/errors";
import { parseOptionQuery } from "@/lib/options/query";
import { searchOptions } from "@/lib/options/search";

// GET /api/options/{units|officials|connection-points}?q=&purpose=&at= — what a searchable picker
// offers as the user types. A read, so a route rather than a server action; signed-in session only.
// Answers 401 without a session, 403 to a role the page would refuse, 400 to a malformed query.

const NO_STORE = { "Cache-Control": "no-store" } as const;
const answer = (body: unknown, status = 200) => Response.json(body, { status, headers: NO_STORE });

export async function GET(request: Request, { params }: { params: Promise<{ list: string }> }): Promise<Response> {
  const user = await currentUser();
  if (!user) return answer({ error: "unauthorized" }, 401);
  const query = parseOptionQuery((await params).list, new URL(request.url).searchParams);
  if (!query) return answer({ error: "invalid_parameter" }, 400);
  try {
    return answer(await searchOptions(user, query));
  } catch (error) {
    if (error instanceof AccessDenied) return answer({ error: "forbidden" }, 403);
    throw error;
  }
}
