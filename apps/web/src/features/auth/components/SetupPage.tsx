import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { SetupAdminSchema, type SetupAdminInput } from "@lifecycle/domain";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { FormError } from "../../../components/ui/FormParts";
import { applyServerErrors } from "../../../lib/form-errors";
import { useAuthStatus, useSetupFirstAdmin } from "../api/auth";
import { useDocumentTitle } from "../../../lib/document-title";

/** The first start's one-time page: create the first admin with the token the server printed. */
export function SetupPage() {
  useDocumentTitle("Set up");
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const status = useAuthStatus();
  const setup = useSetupFirstAdmin();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SetupAdminInput>({
    resolver: zodResolver(SetupAdminSchema),
    defaultValues: { token: params.get("token") ?? "", email: "", name: "", password: "" },
  });
  const { errors } = form.formState;

  if (status.data && !status.data.setupRequired) return <Navigate to="/sign-in" replace />;

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await setup.mutateAsync(values);
      navigate("/", { replace: true });
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, ["email", "name", "password"]));
    }
  });

  return (
    <Center mih="100vh" bg="var(--mantine-color-default-hover)">
      <Paper withBorder radius="md" p="xl" w={420} shadow="sm">
        <form onSubmit={submit} noValidate aria-label="Create the first admin">
          <Stack>
            <Title order={1} size="h3">
              Welcome to Lifecycle
            </Title>
            <Text size="sm" c="dimmed">
              Create the first admin account. This link works once; you can add everyone else afterwards.
            </Text>
            {!params.get("token") && <Alert color="yellow">This page needs the setup link the server printed when it started.</Alert>}
            <FormError message={formError ?? (errors.token ? "This setup link is not valid: use the one the server printed at its last start." : null)} />
            <TextInput label="Name" required data-autofocus {...form.register("name")} error={errors.name?.message} />
            <TextInput label="Email" type="email" autoComplete="username" required {...form.register("email")} error={errors.email?.message} />
            <PasswordInput label="Password" autoComplete="new-password" description="At least 10 characters" required {...form.register("password")} error={errors.password?.message} />
            <Button type="submit" loading={setup.isPending}>
              Create admin and sign in
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
