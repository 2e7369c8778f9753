"use server";

import { defineAction } from "@/lib/action";
import * as m from "./mutations";

export const applyTemplateAction = defineAction(m.applyTemplateMutation);
export const addAgendaItemAction = defineAction(m.addAgendaItemMutation);
export const updateAgendaItemAction = defineAction(m.updateAgendaItemMutation);
export const removeAgendaItemAction = defineAction(m.removeAgendaItemMutation);
export const reorderAgendaAction = defineAction(m.reorderAgendaMutation);
