import "server-only";
import type { ActionConfig } from "@/lib/action";
import { sendTestEmail, updateSettings } from "./manage";
import { testEmailSchema, updateSettingsSchema } from "./schema";

export const updateSettingsMutation = {
  name: "settings.update",
  schema: updateSettingsSchema,
  roles: ["ADMIN"],
  revalidate: ["/admin/settings"],
  run: (input, user) => updateSettings(user!, input),
} satisfies ActionConfig<typeof updateSettingsSchema, Awaited<ReturnType<typeof updateSettings>>>;

export const sendTestEmailMutation = {
  name: "settings.testEmail",
  schema: testEmailSchema,
  roles: ["ADMIN"],
  run: (input, user) => sendTestEmail(user!, input),
} satisfies ActionConfig<typeof testEmailSchema, Awaited<ReturnType<typeof sendTestEmail>>>;
