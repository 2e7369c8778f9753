import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { messagesFor } from "./catalogue";

// Which namespaces of the catalogue the client components under a folder may need: the client
// components that folder's files import (directly or through other files), and everything those import
// in turn — the server actions they call and the code behind them, whose catalogue keys come back as
// results for the client to translate. A namespace counts when a string or template literal of that
// code starts with its name (`"scheduling"`, `"scheduling.conflicts.refused"`, `` `meetingKind.${k}` ``).
// An over-approximation by design: a namespace too many costs bytes, one too few shows a key.

const ROOT = path.resolve(import.meta.dirname, "../..");
const NAMESPACES = new Set(Object.keys(messagesFor("vi")));

const sourceCache = new Map<string, string>();
const read = (file: string) => {
  let text = sourceCache.get(file);
  if (text === undefined) sourceCache.set(file, (text = readFileSync(file, "utf8")));
  return text;
};

export const isClient = (file: string) => /^\s*(?:\/\/[^\n]*\n\s*)*["']use client["']/.test(read(file));

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(ROOT, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ])
    if (existsSync(candidate) && statSync(candidate).isFile() && /\.tsx?$/.test(candidate)) return candidate;
  return null;
}

function importsOf(file: string): string[] {
  const out: string[] = [];
  for (const m of read(file).matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
    const resolved = resolveImport(file, m[1]!);
    if (resolved) out.push(resolved);
  }
  return out;
}

/** Every file `roots` import, directly or not, themselves included. */
function closure(roots: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...importsOf(file));
  }
  return seen;
}

/** The code without its comments (which name keys in prose): block comments, and line comments after a space. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|\s)\/\/[^\n]*/g, "$1");

function namespacesIn(file: string): Set<string> {
  const found = new Set<string>();
  // The generated database client names its models ("Minutes"), never a key.
  if (file.includes(`${path.sep}lib${path.sep}db${path.sep}generated${path.sep}`)) return found;
  for (const m of code(read(file)).matchAll(/["'`]([A-Za-z][A-Za-z0-9]*)(?=[."'`$])/g))
    if (NAMESPACES.has(m[1]!)) found.add(m[1]!);
  return found;
}

function filesUnder(dir: string): string[] {
  if (statSync(dir).isFile()) return [dir];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((f) => path.join(dir, f))
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && statSync(f).isFile());
}

/**
 * The namespaces the client components rendered under `dirs` (folders or files, relative to the project) may need, and
 * those client components. Only client components are followed into: a server component's own texts
 * are translated on the server and never reach the browser.
 */
export function clientNeeds(dirs: string[]): { namespaces: string[]; clientFiles: string[] } {
  const reachable = closure(dirs.flatMap((d) => filesUnder(path.join(ROOT, d))));
  const clientRoots = [...reachable].filter(isClient);
  const clientSide = closure(clientRoots);
  const namespaces = new Set<string>();
  for (const file of clientSide) for (const ns of namespacesIn(file)) namespaces.add(ns);
  return {
    namespaces: [...namespaces].sort(),
    clientFiles: clientRoots.map((f) => path.relative(ROOT, f)).sort(),
  };
}
