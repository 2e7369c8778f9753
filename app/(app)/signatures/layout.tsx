import { ClientMessages } from "@/components/i18n/client-messages";

// Only the texts this part's client components may need reach the browser (lib/i18n/client-scopes.ts).
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages scope="signatures">{children}</ClientMessages>;
}
