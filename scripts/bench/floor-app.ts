// The framework floor for the HTTP benchmarks: the smallest Next.js app that answers a plain form post
// through a server action the way hoinghi's answer form does (multipart post, action, 303 redirect),
// built with the project's own Next.js into data/bench-floor. What hoinghi adds above it is ours.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { nextBin } from "../build-if-needed";

export const FLOOR_DIR = path.resolve("data", "bench-floor");

const FILES: Record<string, string> = {
  "next.config.js": `module.exports = { turbopack: { root: ${JSON.stringify(process.cwd())} } };\n`,
  "app/layout.js": `export default function Layout({ children }) {
  return <html lang="vi"><body>{children}</body></html>;
}\n`,
  "app/actions.js": `"use server";
import { redirect } from "next/navigation";
export async function answer(form) {
  redirect("/?saved=1&id=" + encodeURIComponent(String(form.get("invitationId") ?? "")));
}\n`,
  "app/page.js": `import { answer } from "./actions";
export const dynamic = "force-dynamic";
export default function Page() {
  return <form action={answer}><input name="invitationId" /><input name="reason" /><button>Gửi</button></form>;
}\n`,
};

/** Writes and builds the floor app once; returns its directory. */
export function buildFloorApp(): string {
  if (existsSync(path.join(FLOOR_DIR, ".next", "BUILD_ID"))) return FLOOR_DIR;
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(FLOOR_DIR, file)), { recursive: true });
    writeFileSync(path.join(FLOOR_DIR, file), text);
  }
  const build = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: FLOOR_DIR,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error("the floor app did not build");
  return FLOOR_DIR;
}
