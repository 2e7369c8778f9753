import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/security/headers";
import { isSecureTransport } from "@/lib/security/serving";

// Next 16's proxy (formerly middleware): every page and route gets the security headers, and a page a
// Content-Security-Policy with a nonce of its own. Next reads the nonce from the policy on the request
// and puts it on the scripts it renders, so the policy goes on both the request and the response.
const FRAMABLE = /^\/meetings\/[^/]+\/documents\/[^/]+\/file$/;

export function proxy(request: NextRequest) {
  const secure = isSecureTransport(process.env);
  // A meeting document's file is shown in a frame of the app's own viewer page; nothing else may be framed.
  const framable = FRAMABLE.test(request.nextUrl.pathname);
  const policy = contentSecurityPolicy(newNonce(), {
    secure,
    dev: process.env.NODE_ENV === "development",
    frameAncestors: framable ? "'self'" : "'none'",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(securityHeaders({ secure }))) response.headers.set(name, value);
  if (framable) response.headers.set("X-Frame-Options", "SAMEORIGIN");
  return response;
}

export const config = {
  matcher: [
    {
      // Not the build's static files; not a link's prefetch, which renders no document to protect; not
      // the calendar feed, read by calendar servers, whose own headers (no-referrer) must stand.
      source: "/((?!_next/static|_next/image|favicon.ico|calendar/feed/).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
