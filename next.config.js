// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

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
    serverActions: { bodySizeLimit: "11mb" },
  },
};

module.exports = withNextIntl(nextConfig);
