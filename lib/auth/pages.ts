import type { Role } from "./roles";

// Which roles may open each screen: the navigation and the pages' own checks read the same table.
export const PAGES = {
  meetings: { href: "/meetings", roles: ["ADMIN", "SECRETARIAT"] },
  calendar: { href: "/calendar", roles: ["ADMIN", "SECRETARIAT", "CHAIR", "UNIT_REP"] },
  invitations: { href: "/invitations", roles: ["UNIT_REP"] },
  chairing: { href: "/chairing", roles: ["CHAIR"] },
  units: { href: "/units", roles: ["ADMIN", "SECRETARIAT"] },
  officials: { href: "/officials", roles: ["ADMIN", "SECRETARIAT"] },
  points: { href: "/points", roles: ["ADMIN", "SECRETARIAT"] },
  statistics: { href: "/statistics", roles: ["ADMIN", "SECRETARIAT"] },
  templates: { href: "/templates", roles: ["ADMIN", "SECRETARIAT"] },
  tasks: { href: "/tasks", roles: ["ADMIN", "SECRETARIAT", "UNIT_REP"] },
  users: { href: "/admin/users", roles: ["ADMIN"] },
  audit: { href: "/admin/audit", roles: ["ADMIN"] },
  outbox: { href: "/admin/outbox", roles: ["ADMIN"] },
  // Secretariats read the year's days off: their invitation and notice deadlines count by them.
  holidays: { href: "/admin/holidays", roles: ["ADMIN", "SECRETARIAT"] },
  settings: { href: "/admin/settings", roles: ["ADMIN"] },
  notifications: { href: "/notifications", roles: ["ADMIN", "SECRETARIAT", "CHAIR", "UNIT_REP"] },
  apiTokens: { href: "/settings/api-tokens", roles: ["ADMIN", "SECRETARIAT", "CHAIR", "UNIT_REP"] },
} as const satisfies Record<string, { href: string; roles: readonly Role[] }>;

export type PageName = keyof typeof PAGES;

export function pagesFor(role: Role): PageName[] {
  return (Object.keys(PAGES) as PageName[]).filter((name) => (PAGES[name].roles as readonly Role[]).includes(role));
}
