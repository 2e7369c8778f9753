"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { setPasswordSchema, type SetPasswordInput } from "@/lib/users/schema";
import { setPasswordAction } from "@/lib/users/actions";
import { TextField } from "@/components/form/text-field";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";

/** The new password twice; then to the sign-in page, which says it is set. */
export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations();
  const router = useRouter();
  const form = useForm<SetPasswordInput, unknown, z.output<typeof setPasswordSchema>>({
    resolver: zodResolver(setPasswordSchema),
    defaultValues: { token, password: "", confirm: "" },
  });
  const { onSubmit, message } = useActionForm(form, setPasswordAction, () => router.push("/login?after=passwordSet"));
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 flex flex-col gap-4">
      {message && !message.ok && <FormAlert message={t(message.key)} />}
      {/* For password managers: the account the new password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
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
      <SubmitButton
        pending={form.formState.isSubmitting}
        label={t("accounts.link.submit")}
        pendingLabel={t("accounts.link.submitting")}
      />
    </form>
  );
}
