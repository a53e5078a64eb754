import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Anchor, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { SignInSchema, type SignInInput } from "@lifecycle/domain";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { FormError } from "../../../components/ui/FormParts";
import { applyServerErrors } from "../../../lib/form-errors";
import { useAuthStatus, useMe, useSignIn } from "../api/auth";
import { useDocumentTitle } from "../../../lib/document-title";

/** Where to go after signing in: the page that sent us here, if it is one of ours. */
export function safeNext(next: string | null): string {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/";
}

export function SignInPage() {
  useDocumentTitle("Sign in");
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  const status = useAuthStatus();
  const signIn = useSignIn();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SignInInput>({ resolver: zodResolver(SignInSchema), defaultValues: { email: "", password: "" } });
  const { errors } = form.formState;
  const next = safeNext(params.get("next"));

  if (me.data) return <Navigate to={next} replace />;

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await signIn.mutateAsync(values);
      navigate(next, { replace: true });
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, ["email", "password"]));
    }
  });

  return (
    <Center mih="100vh" bg="var(--mantine-color-default-hover)">
      <Paper withBorder radius="md" p="xl" w={380} shadow="sm">
        <form onSubmit={submit} noValidate aria-label="Sign in">
          <Stack>
            <Title order={1} size="h3">
              Sign in to Lifecycle
            </Title>
            {status.data?.setupRequired && (
              <Alert color="blue">
                No account exists yet. Open the setup link the server printed when it started to create the first admin.
              </Alert>
            )}
            <FormError message={formError} />
            <TextInput label="Email" type="email" autoComplete="username" required data-autofocus {...form.register("email")} error={errors.email?.message} />
            <PasswordInput label="Password" autoComplete="current-password" required {...form.register("password")} error={errors.password?.message} />
            <Button type="submit" loading={signIn.isPending}>
              Sign in
            </Button>
            <Text size="xs" c="dimmed">
              Scripts and MLflow clients use API tokens instead: create one under your name, top right, once signed in.{" "}
              <Anchor component={Link} to="/api/docs" reloadDocument size="xs">
                API docs
              </Anchor>
            </Text>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
