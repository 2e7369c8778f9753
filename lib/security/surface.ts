// The app's attack surface, read from the code rather than from a list someone keeps: every server
// action (each export of a "use server" module under app/, components/ and lib/) and every route
// handler (each HTTP method a route.ts under app/ exports). The authorisation matrix and the input fuzz walk this, so an
// action or route nobody wrote an entry for fails them instead of going untested.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
const SOURCE = /\.(ts|tsx)$/;
const TEST = /\.test\.tsx?$/;
const SKIP = new Set(["node_modules", "generated"]);

/** Every source file under a folder of the project, as a path from the project root, in a stable order. */
function sourceFiles(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP.has(entry.name)) walk(rel);
      } else if (SOURCE.test(entry.name) && !TEST.test(entry.name)) out.push(rel);
    }
  };
  walk(folder);
  return out.sort();
}

/** Comments and blank space at the start of a module, before its first statement. */
const LEADING = /^(?:\s+|\/\/[^\n]*\n?|\/\*[\s\S]*?\*\/)*/;
const DIRECTIVE = /^(["'])use server\1/;

/** Whether the module's first statement is the "use server" directive: then each export is a server action. */
export function isServerActionModule(source: string): boolean {
  return DIRECTIVE.test(source.replace(LEADING, ""));
}

/** Whether a function in the module declares itself a server function (an action no test can reach). */
export function hasInlineServerFunction(source: string): boolean {
  return /\{\s*(["'])use server\1/.test(source);
}

/** "app/(app)/meetings/[id]/ics/route.ts" → "/meetings/[id]/ics": route groups leave the URL. */
export function routePattern(file: string): string {
  const segments = path.posix
    .dirname(file)
    .split("/")
    .slice(1)
    .filter((s) => !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

const CODE = ["app", "components", "lib"];
export const serverActionFiles = () => CODE.flatMap(sourceFiles).filter((f) => isServerActionModule(read(f)));
export const inlineServerFunctionFiles = () =>
  CODE.flatMap(sourceFiles).filter((f) => hasInlineServerFunction(read(f)));
export const routeFiles = () => sourceFiles("app").filter((f) => /(^|\/)route\.tsx?$/.test(f));

export interface ServerAction {
  /** The export's name, which is how the matrix names it. */
  name: string;
  file: string;
  action: (input: unknown) => Promise<unknown>;
}

export interface RouteHandler {
  /** "GET /meetings/[id]/ics" */
  key: string;
  file: string;
  method: (typeof HTTP_METHODS)[number];
  handler: (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
}

/** Every server action, loaded from its module (needs the app's environment: a database, the test mocks). */
export async function serverActions(): Promise<ServerAction[]> {
  const out: ServerAction[] = [];
  for (const file of serverActionFiles()) {
    const exports = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, action] of Object.entries(exports))
      if (typeof action === "function") out.push({ name, file, action: action as ServerAction["action"] });
  }
  return out;
}

/** Every route handler, loaded from its route.ts. */
export async function routeHandlers(): Promise<RouteHandler[]> {
  const out: RouteHandler[] = [];
  for (const file of routeFiles()) {
    const exports = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    for (const method of HTTP_METHODS)
      if (typeof exports[method] === "function")
        out.push({
          key: `${method} ${routePattern(file)}`,
          file,
          method,
          handler: exports[method] as RouteHandler["handler"],
        });
  }
  return out;
}
