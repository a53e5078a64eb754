import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Anchor, Button, Center, Paper, PasswordInput, Stack, Text, Title } from "@mantine/core";
import { ResetPasswordSchema, type ResetPasswordInput } from "@lifecycle/domain";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Link, useSearchParams } from "react-router";
import { FormError } from "../../../components/ui/FormParts";
import { useDocumentTitle } from "../../../lib/document-title";
import { applyServerErrors } from "../../../lib/form-errors";
import { useResetPassword } from "../api/auth";

/** The page of an admin's one-time reset link: set a new password, then sign in with it. */
export function ResetPasswordPage() {
  useDocumentTitle("Set a new password");
  const [params] = useSearchParams();
  const reset = useResetPassword();
  const [done, setDone] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ResetPasswordInput>({ resolver: zodResolver(ResetPasswordSchema), defaultValues: { token: params.get("token") ?? "", password: "" } });
  const { errors } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await reset.mutateAsync(values);
      setDone(true);
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, ["password"]));
    }
  });
  return (
    <Center mih="100vh" bg="var(--mantine-color-default-hover)">
      <Paper withBorder radius="md" p="xl" w={420} shadow="sm">
        {done ? (
          <Stack>
            <Title order={1} size="h3">
              Password set
            </Title>
            <Text size="sm">Your other sessions were signed out.</Text>
            <Anchor component={Link} to="/sign-in">
              Sign in with the new password
            </Anchor>
          </Stack>
        ) : (
          <form onSubmit={submit} noValidate aria-label="Set a new password">
            <Stack>
              <Title order={1} size="h3">
                Set a new password
              </Title>
              {!params.get("token") && <Alert color="yellow">This page needs the link an admin gave you.</Alert>}
              <FormError message={formError ?? (errors.token ? "This link is not valid: ask an admin for a new one." : null)} />
              <PasswordInput label="New password" autoComplete="new-password" description="At least 10 characters" required data-autofocus {...form.register("password")} error={errors.password?.message} />
              <Button type="submit" loading={reset.isPending}>
                Set password
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
    </Center>
  );
}
