// The security headers of every response (set by proxy.ts). Scripts run only with the request's nonce,
// which Next.js puts on its own scripts when it finds the nonce in the request's policy: an injected
// <script> or inline handler does not run. No page may be framed, so approving minutes or sending
// invitations cannot be clicked through an invisible frame on another site.

export interface PolicyOptions {
  /** Browsers reach the app over https (see isSecureTransport): HSTS and upgrading every request. */
  secure: boolean;
  /** `next dev` evaluates code for its error overlay. */
  dev: boolean;
  /** Who may frame the response: nobody, except the app itself for a meeting document's file. */
  frameAncestors?: "'none'" | "'self'";
}

/**
 * The Content-Security-Policy for one response. Styles may be inline: React renders `style`
 * attributes (the editor, the pickers), and a style cannot run code.
 */
export function contentSecurityPolicy(
  nonce: string,
  { secure, dev, frameAncestors = "'none'" }: PolicyOptions,
): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
    ...(secure ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Every header but the policy, which carries the nonce of its response. */
export function securityHeaders({ secure }: Pick<PolicyOptions, "secure">): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    // For browsers that predate frame-ancestors.
    "X-Frame-Options": "DENY",
    // Addresses can hold secrets (a feed token, a one-time link): other sites get none of it.
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(secure ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/** A fresh nonce: 128 random bits in base64. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
