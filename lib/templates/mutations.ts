import "server-only";
import type { z } from "zod";
import type { ActionConfig } from "@/lib/action";
import type { Role, SessionUser } from "@/lib/auth/roles";
import { copyTemplate, createTemplate, restoreTemplate, retireTemplate, updateTemplate } from "./manage";
import {
  copyTemplateSchema,
  createTemplateSchema,
  restoreTemplateSchema,
  retireTemplateSchema,
  updateTemplateSchema,
} from "./schema";

// Templates are shared across the installation: administrators and secretariats manage them.
const MANAGERS: readonly Role[] = ["ADMIN", "SECRETARIAT"];

function defineMutation<S extends z.ZodType, T>(
  name: string,
  schema: S,
  run: (user: SessionUser, input: z.output<S>) => Promise<T>,
): ActionConfig<S, T> {
  return { name, schema, roles: MANAGERS, revalidate: ["/templates"], run: (input, user) => run(user!, input) };
}

export const createTemplateMutation = defineMutation("template.create", createTemplateSchema, createTemplate);
export const updateTemplateMutation = defineMutation("template.update", updateTemplateSchema, updateTemplate);
export const copyTemplateMutation = defineMutation("template.copy", copyTemplateSchema, copyTemplate);
export const retireTemplateMutation = defineMutation("template.retire", retireTemplateSchema, retireTemplate);
export const restoreTemplateMutation = defineMutation("template.restore", restoreTemplateSchema, restoreTemplate);
