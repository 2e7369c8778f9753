import { z } from "zod";
import { recordId } from "@/lib/validation";
import { IMPORT_KINDS } from "./columns";
import { MAX_FILE_BYTES } from "./read-file";

export const importKind = z.enum(IMPORT_KINDS, "validation.invalid");

export const checkImportSchema = z.object({
  kind: importKind,
  file: z.file("import.file.required").min(1, "import.file.empty").max(MAX_FILE_BYTES, "import.file.tooLarge"),
});

export const importJobSchema = z.object({ jobId: recordId });
