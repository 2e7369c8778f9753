import "server-only";
import type { z } from "zod";
import type { ActionConfig } from "@/lib/action";
import type { Role, SessionUser } from "@/lib/auth/roles";
import { addAgendaItem, applyTemplate, removeAgendaItem, reorderAgenda, updateAgendaItem } from "./manage";
import {
  addAgendaItemSchema,
  applyTemplateSchema,
  removeAgendaItemSchema,
  reorderAgendaSchema,
  updateAgendaItemSchema,
} from "./schema";

// Which meeting's agenda a caller may change is decided in the data layer (the organiser's secretariat).
const SCHEDULERS: readonly Role[] = ["ADMIN", "SECRETARIAT"];

function defineMutation<S extends z.ZodType, T>(
  name: string,
  schema: S,
  run: (user: SessionUser, input: z.output<S>) => Promise<T>,
): ActionConfig<S, T> {
  return { name, schema, roles: SCHEDULERS, revalidate: ["/meetings"], run: (input, user) => run(user!, input) };
}

export const applyTemplateMutation = defineMutation("agenda.applyTemplate", applyTemplateSchema, applyTemplate);
export const addAgendaItemMutation = defineMutation("agenda.addItem", addAgendaItemSchema, addAgendaItem);
export const updateAgendaItemMutation = defineMutation("agenda.updateItem", updateAgendaItemSchema, updateAgendaItem);
export const removeAgendaItemMutation = defineMutation("agenda.removeItem", removeAgendaItemSchema, removeAgendaItem);
export const reorderAgendaMutation = defineMutation("agenda.reorder", reorderAgendaSchema, reorderAgenda);
