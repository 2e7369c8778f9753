import "server-only";
import type { z } from "zod";
import type { SessionUser } from "@/lib/auth/roles";
import { authenticateApiToken } from "@/lib/api-tokens/data";
import { bearerToken } from "@/lib/api-tokens/token";
import { NotFound } from "@/lib/errors";
import { messagesFor } from "@/lib/i18n/catalogue";

// Conventions of the JSON API (/api/v1): a personal API token as the only credential (session cookies
// are not accepted, so no page can be made to call it on a user's behalf), JSON bodies, no caching,
// and errors as { error: { code, message } } — an English code for programs, a Vietnamese message for people.

// Plain sentences without ICU arguments, so a lookup is all it takes.
const MESSAGES = (messagesFor("vi").apiTokens as { api: Record<string, string> }).api;
const t = (key: string) => MESSAGES[key] ?? MESSAGES.invalidParameter!;

const NO_STORE = { "Cache-Control": "no-store" } as const;

export function apiJson(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

/** An error body; `messageKey` names a message under apiTokens.api in the catalogue. */
export function apiError(
  status: number,
  code: string,
  messageKey: string,
  headers: Record<string, string> = {},
): Response {
  return Response.json({ error: { code, message: t(messageKey) } }, { status, headers: { ...NO_STORE, ...headers } });
}

function unauthorized(credentialsGiven: boolean): Response {
  // RFC 6750: name the scheme; say invalid_token only when the request carried credentials.
  const challenge = credentialsGiven ? 'Bearer realm="hoinghi", error="invalid_token"' : 'Bearer realm="hoinghi"';
  return apiError(401, "unauthorized", "unauthorized", { "WWW-Authenticate": challenge });
}

/**
 * Runs a handler for the owner of the request's bearer token. Refusals are answered here: 401 without
 * a usable token, 404 for anything outside the caller's scope, and a logged, generic 500 otherwise.
 */
export async function withApiUser(
  request: Request,
  handle: (user: SessionUser) => Promise<Response>,
): Promise<Response> {
  try {
    const token = bearerToken(request.headers.get("authorization"));
    const user = token ? await authenticateApiToken(token) : null;
    if (!user) return unauthorized(request.headers.has("authorization"));
    return await handle(user);
  } catch (error) {
    if (error instanceof NotFound) return notFound();
    console.error(`API ${request.method} ${new URL(request.url).pathname} failed`, error);
    return apiError(500, "internal_error", "internal");
  }
}

export function notFound(): Response {
  return apiError(404, "not_found", "notFound");
}

/**
 * The request's query string parsed with `schema`, or a 400 naming the first wrong parameter. A
 * parameter given twice is refused rather than guessed at.
 */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> | Response {
  const params = new URL(request.url).searchParams;
  const query: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (values.length > 1) return apiError(400, "invalid_parameter", "repeatedParameter");
    query[key] = values[0]!;
  }
  const parsed = schema.safeParse(query);
  if (parsed.success) return parsed.data;
  const message = parsed.error.issues[0]?.message ?? "";
  return apiError(
    400,
    "invalid_parameter",
    message.startsWith("apiTokens.api.") ? message.slice("apiTokens.api.".length) : "invalidParameter",
  );
}
