// What the end-to-end servers are started with that a spec checks against.

/** The session secret: a marker the bundle check looks for in the code sent to browsers. */
export const E2E_SECRET = "e2e-session-secret-that-must-never-reach-a-browser";
/** A proxy's public host, allowed to post server actions (HOINGHI_ALLOWED_ORIGINS). */
export const E2E_PROXY_HOST = "proxy.hoinghi.test";
