"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import {
  changePasswordSchema,
  updateProfileSchema,
  type ChangePasswordInput,
  type UpdateProfileInput,
  type UpdateProfileOutput,
} from "@/lib/users/schema";
import { changePasswordAction, signOutEverywhereAction, updateProfileAction } from "@/lib/users/actions";
import { TextField } from "@/components/form/text-field";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";

/** Name, phone and where notifications go, saved over the version the page last loaded. */
export function ProfileForm({
  values,
  version,
  email,
}: {
  values: Omit<UpdateProfileInput, "version">;
  version: number;
  email: string;
}) {
  const t = useTranslations();
  const router = useRouter();
  const form = useForm<UpdateProfileInput, unknown, UpdateProfileOutput>({
    resolver: zodResolver(updateProfileSchema),
    defaultValues: { ...values, version },
  });
  const save = (input: UpdateProfileInput) => updateProfileAction({ ...input, version });
  const { onSubmit, message } = useActionForm(form, save, () => router.refresh());
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 grid max-w-2xl gap-4">
      {message && (
        <FormAlert
          tone={message.ok ? "success" : "error"}
          message={message.ok ? t("accounts.profile.saved") : t(message.key)}
        />
      )}
      <TextField
        label={t("accounts.fields.name")}
        maxLength={120}
        autoComplete="name"
        error={e.name?.message}
        {...form.register("name")}
      />
      <TextField
        label={t("accounts.fields.phone")}
        hint={t("accounts.hints.phone")}
        type="tel"
        maxLength={20}
        autoComplete="tel"
        error={e.phone?.message}
        {...form.register("phone")}
      />
      <TextField
        label={t("accounts.fields.notificationEmail")}
        hint={t("accounts.hints.notificationEmail", { email })}
        type="email"
        maxLength={254}
        autoComplete="email"
        error={e.notificationEmail?.message}
        {...form.register("notificationEmail")}
      />
      <div>
        <SubmitButton
          pending={form.formState.isSubmitting}
          label={t("common.save")}
          pendingLabel={t("common.saving")}
        />
      </div>
    </form>
  );
}

/** The current password and the new one twice; every session then ends and the person signs in again. */
export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations();
  const form = useForm<ChangePasswordInput, unknown, z.output<typeof changePasswordSchema>>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { current: "", password: "", confirm: "" },
  });
  const { onSubmit, message } = useActionForm(form, changePasswordAction, () =>
    signOut({ callbackUrl: "/login?after=passwordChanged" }),
  );
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 grid max-w-2xl gap-4">
      {message && !message.ok && <FormAlert message={t(message.key)} />}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        label={t("accounts.password.current")}
        type="password"
        autoComplete="current-password"
        error={e.current?.message}
        {...form.register("current")}
      />
      <TextField
        label={t("accounts.password.new")}
        hint={t("accounts.password.policy")}
        type="password"
        autoComplete="new-password"
        error={e.password?.message}
        {...form.register("password")}
      />
      <TextField
        label={t("accounts.password.confirm")}
        type="password"
        autoComplete="new-password"
        error={e.confirm?.message}
        {...form.register("confirm")}
      />
      <div>
        <SubmitButton
          pending={form.formState.isSubmitting}
          label={t("accounts.profile.changePassword")}
          pendingLabel={t("accounts.profile.changing")}
        />
      </div>
    </form>
  );
}

/** Ends every session of the account, this one too, after asking. */
export function SignOutEverywhereButton() {
  const t = useTranslations();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="grid justify-items-start gap-2">
      {error && <FormAlert message={t(error)} />}
      <button
        type="button"
        disabled={pending}
        onClick={async () => {
          if (!window.confirm(t("accounts.profile.everywhereConfirm"))) return;
          setPending(true);
          setError(null);
          const result = await signOutEverywhereAction({});
          if (result.ok) await signOut({ callbackUrl: "/login?after=signedOutEverywhere" });
          else {
            setPending(false);
            setError(result.message);
          }
        }}
        className="inline-flex min-h-11 items-center justify-center rounded-md border border-red-300 bg-white px-3 py-2 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60"
      >
        {pending ? t("accounts.profile.signingOut") : t("accounts.profile.everywhere")}
      </button>
    </div>
  );
}
