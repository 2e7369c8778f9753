import "server-only";
import type { ActionConfig } from "@/lib/action";
import { retryOutboxMessage } from "./manage";
import { retryOutboxMessageSchema } from "./schema";
import { nudgeMailWorker } from "./worker";

export const retryOutboxMessageMutation = {
  name: "outbox.retry",
  schema: retryOutboxMessageSchema,
  roles: ["ADMIN"],
  revalidate: ["/admin/outbox"],
  run: async (input, user) => {
    const result = await retryOutboxMessage(user!, input);
    nudgeMailWorker();
    return result;
  },
} satisfies ActionConfig<typeof retryOutboxMessageSchema, { id: string }>;
