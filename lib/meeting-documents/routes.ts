import "server-only";
import { Readable } from "node:stream";
import type { SessionUser } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors";
import { contentDisposition, parseRange } from "./http";
import { openDocumentFile, receiveUpload } from "./documents";
import type { DocumentStore } from "./store";

// The two routes of meeting documents, apart from Next so the tests call them with a user: the streamed
// upload (server actions would buffer the body, and cap it at their body limit) and the file itself.

const JSON_HEADERS = { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" };

function refusal(error: unknown): Response {
  if (!(error instanceof DomainError)) throw error;
  const status =
    error.key === "errors.forbidden"
      ? 403
      : error.key === "errors.notFound"
        ? 404
        : error.key.startsWith("meetingDocuments.errors.tooLarge")
          ? 413
          : error.key.startsWith("meetingDocuments.errors.content")
            ? 415
            : 422;
  return new Response(JSON.stringify({ ok: false, message: error.key, details: error.details }), {
    status,
    headers: JSON_HEADERS,
  });
}

/**
 * A cross-site page cannot post here: a browser sends Origin on every POST, and a form cannot send
 * application/octet-stream (a script of another site would need a CORS preflight, which is not answered).
 */
export function sameOrigin(request: Request, env: Record<string, string | undefined> = process.env): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let allowed = false;
  try {
    const o = new URL(origin);
    allowed = o.host === host || (env.NEXTAUTH_URL ? new URL(env.NEXTAUTH_URL).origin === o.origin : false);
  } catch {
    return false;
  }
  return allowed;
}

/** POST the file's bytes as the body (application/octet-stream); its name in X-File-Name, URI-encoded. */
export async function uploadResponse(
  user: SessionUser | null,
  request: Request,
  meetingId: string,
  options: { store?: DocumentStore } = {},
): Promise<Response> {
  if (!user) return new Response("Unauthorized", { status: 401 });
  if (!sameOrigin(request)) return new Response("Forbidden", { status: 403 });
  if (!request.headers.get("content-type")?.startsWith("application/octet-stream"))
    return new Response("Unsupported Media Type", { status: 415 });
  if (!request.body) return refusal(new DomainError("meetingDocuments.errors.empty"));
  let name = "tai-lieu";
  try {
    name = decodeURIComponent(request.headers.get("x-file-name") ?? name);
  } catch {
    // a name that is not valid percent-encoding: keep the default
  }
  try {
    const receipt = await receiveUpload(user, meetingId, request.body, name, options);
    return new Response(JSON.stringify({ ok: true, data: receipt }), { status: 201, headers: JSON_HEADERS });
  } catch (error) {
    return refusal(error);
  }
}

/**
 * GET a version of a document (`?v=N`, else the current one): inline unless `?download=1`; a
 * confidential document has no download (404) and is not cached. One byte range is honoured (206).
 */
export async function fileResponse(
  user: SessionUser | null,
  request: Request,
  documentId: string,
  options: { store?: DocumentStore } = {},
): Promise<Response> {
  if (!user) return new Response("Unauthorized", { status: 401 });
  const url = new URL(request.url);
  const v = url.searchParams.get("v");
  const versionNumber = v && /^\d{1,6}$/.test(v) ? Number(v) : undefined;
  const disposition = url.searchParams.get("download") === "1" ? "attachment" : "inline";
  try {
    const file = await openDocumentFile(user, documentId, {
      versionNumber,
      disposition,
      range: (size) => parseRange(request.headers.get("range"), size),
      store: options.store,
    });
    if (file === "unsatisfiable") return new Response(null, { status: 416, headers: { "Content-Range": "bytes */*" } });
    const headers = new Headers({
      "Content-Type": file.mimeType,
      "Content-Length": String(file.size),
      "Content-Disposition": contentDisposition(disposition, file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Accept-Ranges": "bytes",
      "Cache-Control": "private, no-store",
      // Shown in the app's own viewer frame (proxy.ts lets this path be framed by the app, and only by it).
      "X-Frame-Options": "SAMEORIGIN",
    });
    if (file.range) headers.set("Content-Range", `bytes ${file.range.start}-${file.range.end}/${file.totalSize}`);
    return new Response(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>, {
      status: file.range ? 206 : 200,
      headers,
    });
  } catch (error) {
    return refusal(error);
  }
}
