import { existsSync } from "node:fs";

/** Debian's Chromium, or CHROMIUM_PATH; Playwright's own browser download does not work here. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install it with \`sudo apt-get install -y chromium\` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium/Chrome binary.`,
    );
  }
  return path;
}
