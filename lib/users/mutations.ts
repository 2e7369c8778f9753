import "server-only";
import type { z } from "zod";
import type { ActionConfig } from "@/lib/action";
import { ROLES, type Role, type SessionUser } from "@/lib/auth/roles";
import { createUser, sendPasswordLink, setUserActive, updateUser } from "./manage";
import { changeOwnPassword, setPasswordFromLink, signOutEverywhere, updateProfile } from "./own-account";
import {
  changePasswordSchema,
  createUserSchema,
  sendPasswordLinkSchema,
  setPasswordSchema,
  setUserActiveSchema,
  signOutEverywhereSchema,
  updateProfileSchema,
  updateUserSchema,
} from "./schema";

// What each mutation admits and does; actions.ts exposes them, tests run them with a chosen caller.

function defineMutation<S extends z.ZodType, T>(
  name: string,
  schema: S,
  roles: readonly Role[],
  revalidate: string[],
  run: (user: SessionUser, input: z.output<S>) => Promise<T>,
): ActionConfig<S, T> {
  return { name, schema, roles, revalidate, run: (input, user) => run(user!, input) };
}

const ADMIN = ["ADMIN"] as const;
const USERS = ["/admin/users"];

export const createUserMutation = defineMutation("user.create", createUserSchema, ADMIN, USERS, createUser);
export const updateUserMutation = defineMutation("user.update", updateUserSchema, ADMIN, USERS, updateUser);
export const setUserActiveMutation = defineMutation("user.setActive", setUserActiveSchema, ADMIN, USERS, setUserActive);
export const sendPasswordLinkMutation = defineMutation(
  "user.passwordLink",
  sendPasswordLinkSchema,
  ADMIN,
  ["/admin/outbox"],
  sendPasswordLink,
);

// Every signed-in person, about their own account only (the caller is the account).
export const updateProfileMutation = defineMutation(
  "user.profileUpdate",
  updateProfileSchema,
  ROLES,
  [],
  updateProfile,
);
export const changePasswordMutation = defineMutation(
  "user.passwordChange",
  changePasswordSchema,
  ROLES,
  [],
  changeOwnPassword,
);
export const signOutEverywhereMutation = defineMutation(
  "user.signOutEverywhere",
  signOutEverywhereSchema,
  ROLES,
  [],
  (user) => signOutEverywhere(user),
);

/** The one action open to callers who are not signed in: the token in the link is the credential. */
export const setPasswordMutation = {
  name: "user.passwordFromLink",
  schema: setPasswordSchema,
  roles: "anyone",
  run: (input) => setPasswordFromLink(input),
} satisfies ActionConfig<typeof setPasswordSchema, Awaited<ReturnType<typeof setPasswordFromLink>>>;
