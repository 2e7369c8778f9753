import "server-only";
import type { z } from "zod";
import type { ActionConfig } from "@/lib/action";
import { ROLES, type Role, type SessionUser } from "@/lib/auth/roles";
import * as m from "./manage";
import {
  addTrustedRootSchema,
  certificateIdSchema,
  registerCertificateSchema,
  registerRemoteCertificateSchema,
  signMinutesSchema,
  trustedRootIdSchema,
  verifyUploadSchema,
} from "./schema";

const ADMINS: readonly Role[] = ["ADMIN"];

function define<S extends z.ZodType, T>(
  name: string,
  roles: readonly Role[],
  schema: S,
  revalidate: string[],
  run: (user: SessionUser, input: z.output<S>) => Promise<T>,
): ActionConfig<S, T> {
  return { name, schema, roles, revalidate, run: (input, user) => run(user!, input) };
}

export const registerCertificateMutation = define(
  "signingCertificate.register",
  ADMINS,
  registerCertificateSchema,
  ["/admin/signatures"],
  (user, input) => m.registerCertificate(user, input),
);
export const registerRemoteCertificateMutation = define(
  "signingCertificate.registerRemote",
  ADMINS,
  registerRemoteCertificateSchema,
  ["/admin/signatures"],
  (user, input) => m.registerRemoteCertificate(user, input),
);
export const retireCertificateMutation = define(
  "signingCertificate.retire",
  ADMINS,
  certificateIdSchema,
  ["/admin/signatures"],
  (user, input) => m.retireCertificate(user, input),
);
export const addTrustedRootMutation = define(
  "trustedRoot.add",
  ADMINS,
  addTrustedRootSchema,
  ["/admin/signatures"],
  m.addTrustedRoot,
);
export const removeTrustedRootMutation = define(
  "trustedRoot.remove",
  ADMINS,
  trustedRootIdSchema,
  ["/admin/signatures"],
  (user, input) => m.removeTrustedRoot(user, input),
);
// Only the chair at the point, decided in the data layer (minutesToReview).
export const signMinutesMutation = define("minutes.sign", ["CHAIR"], signMinutesSchema, ["/meetings"], (user, input) =>
  m.signMinutes(user, input),
);
// Anyone signed in may check a file.
export const verifyUploadMutation = define("signature.verify", ROLES, verifyUploadSchema, [], m.verifyUpload);
