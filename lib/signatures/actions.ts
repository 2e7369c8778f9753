"use server";

import { defineAction } from "@/lib/action";
import * as m from "./mutations";

export const registerCertificateAction = defineAction(m.registerCertificateMutation);
export const registerRemoteCertificateAction = defineAction(m.registerRemoteCertificateMutation);
export const retireCertificateAction = defineAction(m.retireCertificateMutation);
export const addTrustedRootAction = defineAction(m.addTrustedRootMutation);
export const removeTrustedRootAction = defineAction(m.removeTrustedRootMutation);
export const signMinutesAction = defineAction(m.signMinutesMutation);
export const verifyUploadAction = defineAction(m.verifyUploadMutation);
