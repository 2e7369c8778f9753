import "server-only";
import type { ActionConfig } from "@/lib/action";
import { saveIndicators } from "./manage";
import { saveIndicatorsSchema } from "./schema";

// Which meeting a caller may change is decided in the data layer (the organiser's secretariat).
export const saveIndicatorsMutation: ActionConfig<typeof saveIndicatorsSchema, { count: number; ids: string[] }> = {
  name: "indicators.save",
  schema: saveIndicatorsSchema,
  roles: ["ADMIN", "SECRETARIAT"],
  revalidate: ["/meetings"],
  run: (input, user) => saveIndicators(user!, input),
};
