"use server";

import { defineAction } from "@/lib/action";
import {
  changePasswordMutation,
  createUserMutation,
  sendPasswordLinkMutation,
  setPasswordMutation,
  setUserActiveMutation,
  signOutEverywhereMutation,
  updateProfileMutation,
  updateUserMutation,
} from "./mutations";

export const createUserAction = defineAction(createUserMutation);
export const updateUserAction = defineAction(updateUserMutation);
export const setUserActiveAction = defineAction(setUserActiveMutation);
export const sendPasswordLinkAction = defineAction(sendPasswordLinkMutation);
export const setPasswordAction = defineAction(setPasswordMutation);
export const changePasswordAction = defineAction(changePasswordMutation);
export const signOutEverywhereAction = defineAction(signOutEverywhereMutation);
export const updateProfileAction = defineAction(updateProfileMutation);
