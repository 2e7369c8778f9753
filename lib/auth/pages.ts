import type { Role } from "./roles";

// Which roles may open each screen: the navigation and the pages' own checks read the same table. Each
// screen belongs to a group of the menu; each role keeps its 3–4 main places always in view.
export type NavGroup = "work" | "registries" | "admin" | "personal";

export const PAGES = {
  meetings: { href: "/meetings", roles: ["ADMIN", "SECRETARIAT"], group: "work" },
  calendar: { href: "/calendar", roles: ["ADMIN", "SECRETARIAT", "CHAIR", "UNIT_REP"], group: "work" },
  invitations: { href: "/invitations", roles: ["UNIT_REP"], group: "work" },
  chairing: { href: "/chairing", roles: ["CHAIR"], group: "work" },
  tasks: { href: "/tasks", roles: ["ADMIN", "SECRETARIAT", "UNIT_REP"], group: "work" },
  statistics: { href: "/statistics", roles: ["ADMIN", "SECRETARIAT"], group: "work" },
  // Anyone signed in checks a signed PDF, whoever sent it.
  verifySignatures: { href: "/signatures/verify", roles: ["ADMIN", "SECRETARIAT", "CHAIR", "UNIT_REP"], group: "work" },
  units: { href: "/units", roles: ["ADMIN", "SECRETARIAT"], group: "registries" },
  officials: { href: "/officials", roles: ["ADMIN", "SECRETARIAT"], group: "registries" },
  points: { href: "/points", roles: ["ADMIN", "SECRETARIAT"], group: "registries" },
  templates: { href: "/templates", roles: ["ADMIN", "SECRETARIAT"], group: "registries" },
  users: { href: "/admin/users", roles: ["ADMIN"], group: "admin" },
  audit: { href: "/admin/audit", roles: ["ADMIN"], group: "admin" },
  outbox: { href: "/admin/outbox", roles: ["ADMIN"], group: "admin" },
  // Secretariats read the year's days off: their invitation and notice deadlines count by them.
  holidays: { href: "/admin/holidays", roles: ["ADMIN", "SECRETARIAT"], group: "admin" },
  settings: { href: "/admin/settings", roles: ["ADMIN"], group: "admin" },
  import: { href: "/admin/import", roles: ["ADMIN"], group: "admin" },
  signatures: { href: "/admin/signatures", roles: ["ADMIN"], group: "admin" },
  notifications: { href: "/notifications", roles: ["ADMIN", "SECRETARIAT", "CHAIR", "UNIT_REP"], group: "personal" },
  profile: { href: "/settings/profile", roles: ["ADMIN", "SECRETARIAT", "CHAIR", "UNIT_REP"], group: "personal" },
  apiTokens: { href: "/settings/api-tokens", roles: ["ADMIN", "SECRETARIAT", "CHAIR", "UNIT_REP"], group: "personal" },
} as const satisfies Record<string, { href: string; roles: readonly Role[]; group: NavGroup }>;

export type PageName = keyof typeof PAGES;

/** The places each role goes to most, shown in the header at every width; the rest are in the menu. */
export const MAIN_PLACES = {
  ADMIN: ["users", "units", "meetings", "notifications"],
  SECRETARIAT: ["meetings", "calendar", "tasks", "notifications"],
  CHAIR: ["chairing", "calendar", "notifications"],
  UNIT_REP: ["invitations", "tasks", "calendar", "notifications"],
} as const satisfies Record<Role, readonly PageName[]>;

const GROUP_ORDER: NavGroup[] = ["work", "registries", "admin", "personal"];

export function pagesFor(role: Role): PageName[] {
  return (Object.keys(PAGES) as PageName[]).filter((name) => (PAGES[name].roles as readonly Role[]).includes(role));
}

/** The menu of a role: every page it may open, by group, in a fixed order; empty groups left out. */
export function menuFor(role: Role): { group: NavGroup; pages: PageName[] }[] {
  const pages = pagesFor(role);
  return GROUP_ORDER.map((group) => ({ group, pages: pages.filter((p) => PAGES[p].group === group) })).filter(
    (g) => g.pages.length > 0,
  );
}
