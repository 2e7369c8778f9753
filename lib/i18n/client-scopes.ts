// Where client components get their texts from: each scope is a subtree of the app whose layout gives
// its client components only the namespaces of the catalogue they may need (components/i18n/
// client-messages.tsx), instead of the whole catalogue serialised into every page. The roots are
// folders or files, relative to the project; client-namespaces.test.ts recomputes each scope's
// namespaces from its code and fails when CLIENT_NAMESPACES is out of date or a page has no scope.

export const CLIENT_SCOPES = {
  /** The root layout and what renders outside every other scope: the error page, the signed-in frame. */
  root: ["app/layout.tsx", "app/error.tsx", "app/not-found.tsx", "app/forbidden.tsx", "app/(app)/layout.tsx"],
  auth: ["app/(auth)"],
  admin: ["app/(app)/admin"],
  calendar: ["app/(app)/calendar"],
  chairing: ["app/(app)/chairing"],
  invitations: ["app/(app)/invitations"],
  meetings: ["app/(app)/meetings"],
  notifications: ["app/(app)/notifications"],
  officials: ["app/(app)/officials"],
  points: ["app/(app)/points"],
  settings: ["app/(app)/settings"],
  signatures: ["app/(app)/signatures"],
  statistics: ["app/(app)/statistics"],
  tasks: ["app/(app)/tasks"],
  templates: ["app/(app)/templates"],
  units: ["app/(app)/units"],
} as const;

export type ClientScope = keyof typeof CLIENT_SCOPES;

/** The layout that opens each scope's provider (the root's is the root layout). */
export const scopeLayout = (scope: ClientScope) =>
  scope === "root" ? "app/layout.tsx" : `${CLIENT_SCOPES[scope][0]}/layout.tsx`;
