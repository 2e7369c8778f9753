import { currentUser } from "@/lib/auth/session";
import { templateResponse } from "@/lib/import/template-response";

// An import template; everything but the session lives in the tested builder.
export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const { kind } = await params;
  return templateResponse(await currentUser(), kind, new URL(request.url).searchParams.get("format"));
}
