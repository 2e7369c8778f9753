import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { CLIENT_NAMESPACES } from "@/lib/i18n/client-namespaces";
import type { ClientScope } from "@/lib/i18n/client-scopes";

/**
 * Gives the client components of one scope (a subtree of the app, lib/i18n/client-scopes.ts) the
 * namespaces of the catalogue they may need, and nothing else: whatever a provider is given is
 * serialised into the page. Locale, time zone and formats come from the request, as for any provider
 * rendered on the server. A nested provider replaces the messages of the one above it.
 */
export async function ClientMessages({ scope, children }: { scope: ClientScope; children: React.ReactNode }) {
  const all = await getMessages();
  const messages = Object.fromEntries(CLIENT_NAMESPACES[scope].filter((ns) => ns in all).map((ns) => [ns, all[ns]]));
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
