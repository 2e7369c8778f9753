// Whether a host name or address is this machine. Traffic to it never crosses a network, which is why
// plain text to it (a local mail relay, the app on http://localhost) can be allowed where nothing else is.
import { isIP } from "node:net";

export function isLoopbackHost(host: string): boolean {
  const name = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, "$1");
  if (name === "localhost" || name.endsWith(".localhost")) return true;
  if (isIP(name) === 4) return name.startsWith("127.");
  if (isIP(name) === 6) return name === "::1" || /^::ffff:127\./.test(name) || /^(0+:){7}0*1$/.test(name);
  return false;
}
