import { Button, Menu, Modal, PasswordInput, Stack, Text } from "@mantine/core";
import { zodResolver } from "@hookform/resolvers/zod";
import { ChangePasswordSchema, type ChangePasswordInput } from "@lifecycle/domain";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Link, useNavigate } from "react-router";
import { FormActions, FormError } from "../../../components/ui/FormParts";
import { applyServerErrors } from "../../../lib/form-errors";
import { useChangePassword, useMe, useSignOut } from "../api/auth";

export function UserMenu() {
  const me = useMe().data;
  const signOut = useSignOut();
  const navigate = useNavigate();
  const [changingPassword, setChangingPassword] = useState(false);
  if (!me) return null;
  return (
    <>
      <Menu position="bottom-end" width={220}>
        <Menu.Target>
          <Button variant="subtle" color="gray" aria-label={`Account menu for ${me.name}`}>
            {me.name}
            {me.isAdmin && (
              <Text span size="xs" c="dimmed" ml={6}>
                admin
              </Text>
            )}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item component={Link} to="/settings/tokens">
            API tokens
          </Menu.Item>
          {me.user && <Menu.Item onClick={() => setChangingPassword(true)}>Change password</Menu.Item>}
          {me.isAdmin && (
            <>
              <Menu.Divider />
              <Menu.Label>Admin</Menu.Label>
              <Menu.Item component={Link} to="/admin/users">
                Users
              </Menu.Item>
              <Menu.Item component={Link} to="/admin/security-log">
                Security log
              </Menu.Item>
            </>
          )}
          <Menu.Divider />
          <Menu.Item onClick={() => signOut.mutate(undefined, { onSettled: () => navigate("/sign-in", { replace: true }) })}>Sign out</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ChangePasswordModal opened={changingPassword} onClose={() => setChangingPassword(false)} />
    </>
  );
}

function ChangePasswordModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const changePassword = useChangePassword();
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const form = useForm<ChangePasswordInput>({ resolver: zodResolver(ChangePasswordSchema), defaultValues: { currentPassword: "", newPassword: "" } });
  const { errors } = form.formState;
  const close = () => {
    form.reset();
    setFormError(null);
    setDone(false);
    onClose();
  };
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await changePassword.mutateAsync(values);
      setDone(true);
      form.reset();
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, ["currentPassword", "newPassword"]));
    }
  });
  return (
    <Modal opened={opened} onClose={close} title="Change password">
      <form onSubmit={submit} noValidate>
        <Stack>
          {done && (
            <Text size="sm" c="green" role="status">
              Password changed. Your other sessions were signed out.
            </Text>
          )}
          <FormError message={formError} />
          <PasswordInput label="Current password" autoComplete="current-password" required data-autofocus {...form.register("currentPassword")} error={errors.currentPassword?.message} />
          <PasswordInput label="New password" autoComplete="new-password" description="At least 10 characters" required {...form.register("newPassword")} error={errors.newPassword?.message} />
          <FormActions submitLabel="Change password" loading={changePassword.isPending} onCancel={close} />
        </Stack>
      </form>
    </Modal>
  );
}
