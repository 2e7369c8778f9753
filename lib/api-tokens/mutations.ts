import "server-only";
import type { ActionConfig } from "@/lib/action";
import { ROLES } from "@/lib/auth/roles";
import { createApiToken, revokeApiToken } from "./data";
import { createApiTokenSchema, revokeApiTokenSchema } from "./schema";

const PAGE = "/settings/api-tokens";

// Every role may hold tokens; each acts only on the caller's own (see data.ts).
export const createApiTokenMutation = {
  name: "apiToken.create",
  schema: createApiTokenSchema,
  roles: ROLES,
  revalidate: [PAGE],
  run: (input, user) => createApiToken(user!, input),
} satisfies ActionConfig<typeof createApiTokenSchema, Awaited<ReturnType<typeof createApiToken>>>;

export const revokeApiTokenMutation = {
  name: "apiToken.revoke",
  schema: revokeApiTokenSchema,
  roles: ROLES,
  revalidate: [PAGE],
  run: (input, user) => revokeApiToken(user!, input),
} satisfies ActionConfig<typeof revokeApiTokenSchema, Awaited<ReturnType<typeof revokeApiToken>>>;
