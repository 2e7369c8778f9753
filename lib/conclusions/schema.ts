import { z } from "zod";
import { optionalText, recordId, version } from "@/lib/validation";

/** The result note is optional: a lead unit often has nothing to add to "done". */
export const markDoneSchema = z.object({ id: recordId, version, note: optionalText(1000) });
export const reopenSchema = z.object({ id: recordId, version });
