import "server-only";
import { z } from "zod";
import type { ActionConfig } from "@/lib/action";
import { markAllRead } from "./data";

const noInput = z.object({});

export const markAllReadMutation = {
  name: "notification.readAll",
  schema: noInput,
  roles: ["ADMIN", "SECRETARIAT", "CHAIR", "UNIT_REP"],
  revalidate: ["/notifications"],
  run: (_input, user) => markAllRead(user!),
} satisfies ActionConfig<typeof noInput, { count: number }>;
