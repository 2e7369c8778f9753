"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { getSession, signIn } from "next-auth/react";
import { homePathFor } from "@/lib/auth/roles";
import { useTranslations } from "next-intl";
import { signInSchema, throttledMinutes, type SignInInput } from "@/lib/auth/credentials";
import { TextField } from "@/components/form/text-field";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";

export function SignInForm() {
  const t = useTranslations("login");
  const router = useRouter();
  // null: no failure shown; 0: wrong e-mail or password; more: the minutes to wait after too many failures.
  const [failed, setFailed] = useState<number | null>(null);
  const form = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
  });

  async function onSubmit(values: SignInInput) {
    setFailed(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      setFailed(throttledMinutes(result?.error) ?? 0);
      form.setFocus("password");
      return;
    }
    // Straight to the role's home, which the new session names: going through "/" showed an empty page
    // while it redirected. Refresh so server components rendered before signing in are not reused.
    const session = await getSession();
    router.replace(session?.user ? homePathFor(session.user.role) : "/");
    router.refresh();
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="mt-6 flex flex-col gap-4">
      {failed !== null && <FormAlert message={failed ? t("throttled", { minutes: failed }) : t("wrongCredentials")} />}
      <TextField
        label={t("email")}
        type="email"
        autoComplete="username"
        error={form.formState.errors.email?.message}
        {...form.register("email")}
      />
      <TextField
        label={t("password")}
        type="password"
        autoComplete="current-password"
        error={form.formState.errors.password?.message}
        {...form.register("password")}
      />
      <SubmitButton pending={form.formState.isSubmitting} label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
