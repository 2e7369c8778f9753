/** An absolute link into the app for e-mails: NEXTAUTH_URL is the public address (README, Configuration). */
export function appUrl(path: string, env: Record<string, string | undefined> = process.env): string {
  const base = env.NEXTAUTH_URL?.trim() || `http://localhost:${env.PORT ?? "3000"}`;
  // Relative to the base, so an app served under a sub-path (https://host/hoinghi/) keeps it.
  return new URL(path.replace(/^\/+/, ""), base.endsWith("/") ? base : `${base}/`).toString();
}
