"use server";

import { defineAction } from "@/lib/action";
import {
  addVersionMutation,
  contributeMutation,
  contributionDeadlineMutation,
  createDocumentMutation,
  markReadMutation,
  reviewContributionMutation,
} from "./mutations";

export const createDocumentAction = defineAction(createDocumentMutation);
export const addVersionAction = defineAction(addVersionMutation);
export const contributeAction = defineAction(contributeMutation);
export const contributionDeadlineAction = defineAction(contributionDeadlineMutation);
export const reviewContributionAction = defineAction(reviewContributionMutation);
export const markReadAction = defineAction(markReadMutation);
