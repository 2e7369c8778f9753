import { z } from "zod";
import { LOCALES } from "./locale";

export const switchLocaleSchema = z.object({ locale: z.enum(LOCALES) });
