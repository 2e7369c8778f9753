"use server";

import { defineAction } from "@/lib/action";
import * as m from "./mutations";

export const createTemplateAction = defineAction(m.createTemplateMutation);
export const updateTemplateAction = defineAction(m.updateTemplateMutation);
export const copyTemplateAction = defineAction(m.copyTemplateMutation);
export const retireTemplateAction = defineAction(m.retireTemplateMutation);
export const restoreTemplateAction = defineAction(m.restoreTemplateMutation);
