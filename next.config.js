// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/**
 * Where a browser may call server actions from, besides the host the request names (Host or
 * X-Forwarded-Host): Next.js refuses an action whose Origin is any other host, so another site cannot
 * post one with the user's cookies. Behind a proxy that rewrites Host, the public address must be
 * listed: NEXTAUTH_URL's host always is, HOINGHI_ALLOWED_ORIGINS adds more ("host[:port]", comma-separated).
 * Read when the server starts.
 */
function allowedOrigins(env) {
  const hosts = (env.HOINGHI_ALLOWED_ORIGINS ?? "").split(",").map((h) => h.trim());
  if (env.NEXTAUTH_URL) hosts.push(new URL(env.NEXTAUTH_URL).host);
  return [...new Set(hosts.filter(Boolean))];
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and WASM database drivers must be loaded by Node, not bundled; so must the SMTP client, and
  // pdfkit, which reads its font metrics from files beside its own code.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "pg",
    "@prisma/adapter-pg",
    "nodemailer",
    "pdfkit",
    // The signing libraries: @signpdf checks `signer instanceof Signer`, which two bundled copies would fail.
    "@signpdf/signpdf",
    "@signpdf/utils",
    "@signpdf/placeholder-pdfkit",
    "node-forge",
    "pkijs",
    "asn1js",
  ],
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with HTTP 403 for pages a role may not open.
  experimental: {
    authInterrupts: true,
    // An import file (lib/import/read-file.ts: at most 10 MB) posted to its server action, with room for
    // the multipart framing; every other action's body is small, and this stays a bound for all of them.
    serverActions: { bodySizeLimit: "11mb", allowedOrigins: allowedOrigins(process.env) },
  },
};

module.exports = withNextIntl(nextConfig);
