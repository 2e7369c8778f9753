// How the security tests call the app and judge what comes back: an action's outcome as its caller would
// read it, the same input aimed at records that do not exist, the database before and after, and
// whether a message is one the catalogue can show.
import { getURLFromRedirectError } from "next/dist/client/components/redirect";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import type { ActionResult } from "@/lib/action";
import { resolveDatabaseUrl } from "@/lib/db/url";
import { messagesFor } from "@/lib/i18n/catalogue";
import { cookiesChanged } from "@/lib/testing/next-request";
import { dumpTables, type TableDump } from "@/lib/testing/table-dump";
import type { ActorName, World } from "./world";

export type Outcome =
  | { ok: true }
  | { ok: false; message: string; fieldErrors?: Record<string, string> }
  /**
   * A form action that answers nothing: the page it was posted from shows the outcome when it renders
   * again. What it did shows in the database, or in the cookies it set.
   */
  | { ok: "unreported"; cookies: readonly string[] };

/** What the authorisation layer answers: no session, a role that may not, a record outside the caller's scope. */
export const SIGN_IN = "errors.signInRequired";
export const SCOPE_REFUSALS = ["errors.forbidden", "errors.notFound"];

/** Calls a server action as the actor, through the session layer, and reads the outcome as the page would. */
export async function callAction(
  world: World,
  actor: ActorName,
  action: (input: unknown) => Promise<unknown>,
  input: unknown,
): Promise<Outcome> {
  return world.as(actor, async () => {
    try {
      const result = (await action(input)) as ActionResult<unknown> | undefined;
      if (result === undefined) return { ok: "unreported", cookies: cookiesChanged() };
      if (result.ok) return { ok: true };
      return { ok: false, message: result.message, ...(result.fieldErrors ? { fieldErrors: result.fieldErrors } : {}) };
    } catch (error) {
      // A plain form's action answers by redirecting: ?error=<key> (and &field=<key>) when it was refused.
      if (!isRedirectError(error)) throw error;
      const url = new URL(getURLFromRedirectError(error), "http://app.invalid");
      const message = url.searchParams.get("error");
      const field = url.searchParams.get("field");
      if (!message) return { ok: true };
      return { ok: false, message, ...(field ? { fieldErrors: { field } } : {}) };
    }
  });
}

export const describeOutcome = (o: Outcome) =>
  o.ok === false ? `${o.message}${o.fieldErrors ? ` ${JSON.stringify(o.fieldErrors)}` : ""}` : String(o.ok);

/** Record ids (Prisma's cuid) in an input. */
const RECORD_ID = /^c[a-z0-9]{24}$/;
const ghostId = (id: string) => `c${"0".repeat(12)}${id.slice(13)}`;

/** The same input with every record id replaced by one that exists nowhere. */
export function ghostOf<T>(input: T): T {
  if (typeof input === "string") return (RECORD_ID.test(input) ? ghostId(input) : input) as T;
  if (input instanceof FormData) {
    const out = new FormData();
    for (const [key, value] of input.entries()) out.append(key, typeof value === "string" ? ghostOf(value) : value);
    return out as T;
  }
  if (Array.isArray(input)) return input.map(ghostOf) as T;
  if (input && typeof input === "object")
    return Object.fromEntries(Object.entries(input).map(([k, v]) => [k, ghostOf(v)])) as T;
  return input;
}

/** Every row of this test file's database. */
export const databaseDump = (): Promise<TableDump> => dumpTables(resolveDatabaseUrl(process.env));

const catalogue = messagesFor("vi");

/** Whether a key names a message of the catalogue (what the user reads instead of the key). */
export function inCatalogue(key: string): boolean {
  let node: unknown = catalogue;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
}

/**
 * What a refused call may still write, because the refusal itself is worth keeping: a wrong password
 * given again (creating an API token) counts towards the sign-in throttle and, now and then, an audit
 * row; a scheduling change its conflicts refused is recorded (who tried which other meetings); a valid
 * API token refused for a record outside its owner's scope was still used, and says when.
 */
export const BOOKKEEPING = {
  tables: ["SignInThrottle"],
  audit: ["auth.signInFailed", "meeting.conflictsRefused"],
  columns: { ApiToken: ["lastUsedAt"] } as Record<string, string[]>,
} as const;

/** Whether a row an action wrote is bookkeeping of its refusal (BOOKKEEPING), not a change of the app's data. */
export function isBookkeeping(table: string, row: Record<string, unknown> | null): boolean {
  if ((BOOKKEEPING.tables as readonly string[]).includes(table)) return true;
  return table === "AuditLog" && row !== null && (BOOKKEEPING.audit as readonly string[]).includes(String(row.action));
}
