import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { currentUser } from "@/lib/auth/session";
import type { Role, SessionUser } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors";
import { exceedsInputBudget } from "@/lib/input-budget";

export type ActionResult<T = undefined> =
  { ok: true; data: T } | { ok: false; message: string; fieldErrors?: Record<string, string>; details?: unknown };

export interface ActionConfig<S extends z.ZodType, T> {
  name: string;
  schema: S;
  /** Roles that may call it; "anyone" also admits callers who are not signed in. */
  roles: readonly Role[] | "anyone";
  /** Pages to refresh after a successful call. */
  revalidate?: readonly string[];
  /** Runs only after the role check, so `user` is set unless roles is "anyone". */
  run: (input: z.output<S>, user: SessionUser | null) => Promise<T>;
}

function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue; // React's own fields on progressively enhanced forms
    const values = form.getAll(key);
    out[key] = values.length > 1 ? values : values[0];
  }
  return out;
}

function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join(".") || "_form";
    // Our schemas give catalogue keys ("unitAdmin.validation.oneUnit"); anything else (a library's own English
    // text) becomes a generic key.
    out[path] ??= /^[a-z][a-zA-Z]*(\.[a-zA-Z]+)+$/.test(issue.message) ? issue.message : "validation.invalid";
  }
  return out;
}

/** The one way a mutation runs: authorise, parse, act; expected failures become catalogue keys. */
export async function runAction<S extends z.ZodType, T>(
  config: ActionConfig<S, T>,
  user: SessionUser | null,
  input: unknown,
): Promise<ActionResult<T>> {
  if (config.roles !== "anyone") {
    if (!user) return { ok: false, message: "errors.signInRequired" };
    if (!config.roles.includes(user.role)) return { ok: false, message: "errors.forbidden" };
  }
  if (exceedsInputBudget(input))
    return { ok: false, message: "errors.invalidInput", fieldErrors: { _form: "validation.tooLong" } };
  const parsed = config.schema.safeParse(input instanceof FormData ? formDataToObject(input) : input);
  if (!parsed.success) return { ok: false, message: "errors.invalidInput", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    return { ok: true, data: await config.run(parsed.data, user) };
  } catch (error) {
    if (error instanceof DomainError)
      return { ok: false, message: error.key, fieldErrors: error.fieldErrors, details: error.details };
    console.error(`action ${config.name} failed`, error);
    return { ok: false, message: "errors.unexpected" };
  }
}

/** A server action bound to the signed-in caller. Accepts a typed object or a plain form post. */
export function defineAction<S extends z.ZodType, T>(config: ActionConfig<S, T>) {
  return async (input: z.input<S> | FormData): Promise<ActionResult<T>> => {
    const result = await runAction(config, await currentUser(), input);
    if (result.ok) for (const path of config.revalidate ?? []) revalidatePath(path);
    return result;
  };
}
