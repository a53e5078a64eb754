import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Group, NativeSelect, Stack, Table, Text, TextInput } from "@mantine/core";
import { AddMemberSchema, InviteMemberSchema, PROJECT_ROLES, ROLE_DESCRIPTIONS, ROLE_LABELS, type AddMemberInput, type InviteMemberInput, type Member, type ProjectRole } from "@lifecycle/domain";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ConfirmModal } from "../../../components/ui/ConfirmModal";
import { FormError } from "../../../components/ui/FormParts";
import { QueryState } from "../../../components/ui/QueryState";
import { applyServerErrors, errorMessage } from "../../../lib/form-errors";
import { formatDateTime } from "../../../lib/format";
import { useInviteMember, useProjectInvitations, useRevokeInvitation } from "../api/invitations";
import { useAddMember, useChangeMemberRole, useMembers, useRemoveMember } from "../api/members";

const ROLE_OPTIONS = PROJECT_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/**
 * Who can see and change the project; leads manage it. Leads invite by email (the answer says nothing of whether
 * the email has an account: the invitee accepts once signed in); admins, who see every user, can also add one.
 */
export function MembersPanel({ projectId, canManage, canAddDirectly = false }: { projectId: string; canManage: boolean; canAddDirectly?: boolean }) {
  const members = useMembers(projectId);
  const addMember = useAddMember(projectId);
  const changeRole = useChangeMemberRole(projectId);
  const removeMember = useRemoveMember(projectId);
  const [removing, setRemoving] = useState<Member | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<AddMemberInput>({ resolver: zodResolver(AddMemberSchema), defaultValues: { email: "", role: "CONTRIBUTOR" } });
  const { errors } = form.formState;
  const actionError = changeRole.error ?? removeMember.error;

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await addMember.mutateAsync(values);
      form.reset({ email: "", role: values.role });
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, ["email", "role"]));
    }
  });

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {PROJECT_ROLES.map((role) => `${ROLE_LABELS[role]}: ${ROLE_DESCRIPTIONS[role]}`).join(" ")}
      </Text>
      {actionError && (
        <Alert color="red" role="alert">
          {errorMessage(actionError)}
        </Alert>
      )}
      <QueryState isPending={members.isPending} error={members.error} hasData={members.data !== undefined} onRetry={() => void members.refetch()} label="members">
        <Table aria-label="Members">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th>Role</Table.Th>
              {canManage && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.data?.items.map((member) => (
              <Table.Tr key={member.userId}>
                <Table.Td>{member.name}</Table.Td>
                <Table.Td>{member.email}</Table.Td>
                <Table.Td>
                  {canManage ? (
                    <NativeSelect
                      aria-label={`Role of ${member.name}`}
                      data={ROLE_OPTIONS}
                      value={member.role}
                      onChange={(event) => changeRole.mutate({ userId: member.userId, role: event.currentTarget.value as ProjectRole })}
                      w={160}
                    />
                  ) : (
                    ROLE_LABELS[member.role]
                  )}
                </Table.Td>
                {canManage && (
                  <Table.Td>
                    <Button size="xs" variant="subtle" color="red" onClick={() => setRemoving(member)}>
                      Remove
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </QueryState>
      {canManage && <InvitationsSection projectId={projectId} />}
      {canAddDirectly && (
        <form onSubmit={submit} noValidate aria-label="Add a member">
          <Group align="flex-start">
            <TextInput label="Email of an existing user" required {...form.register("email")} error={errors.email?.message} w={300} />
            <NativeSelect label="Role" data={ROLE_OPTIONS} {...form.register("role")} error={errors.role?.message} />
            <Button type="submit" mt={25} loading={addMember.isPending}>
              Add member
            </Button>
          </Group>
          <FormError message={formError} />
        </form>
      )}
      <ConfirmModal
        opened={removing !== null}
        title="Remove member"
        message={removing ? `Remove ${removing.name} from the project? They will no longer see it.` : ""}
        confirmLabel="Remove"
        loading={removeMember.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() => removing && removeMember.mutate(removing.userId, { onSettled: () => setRemoving(null) })}
      />
    </Stack>
  );
}

/** A lead's invitations: invite an email with a role, see those pending, revoke one. */
function InvitationsSection({ projectId }: { projectId: string }) {
  const invitations = useProjectInvitations(projectId);
  const invite = useInviteMember(projectId);
  const revoke = useRevokeInvitation(projectId);
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm<InviteMemberInput>({ resolver: zodResolver(InviteMemberSchema), defaultValues: { email: "", role: "CONTRIBUTOR" } });
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSentTo(null);
    try {
      const invitation = await invite.mutateAsync(values);
      setSentTo(invitation.email);
      form.reset({ email: "", role: values.role });
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, ["email", "role"]));
    }
  });

  return (
    <Stack gap="xs">
      <form onSubmit={submit} noValidate aria-label="Invite by email">
        <Group align="flex-start">
          <TextInput label="Email" description="They join once they accept, signed in with this email" required {...form.register("email")} error={errors.email?.message} w={300} />
          <NativeSelect label="Role" data={ROLE_OPTIONS} {...form.register("role")} error={errors.role?.message} />
          <Button type="submit" mt={25} loading={invite.isPending}>
            Invite
          </Button>
        </Group>
        <FormError message={formError} />
      </form>
      {revoke.error && (
        <Alert color="red" role="alert">
          {errorMessage(revoke.error)}
        </Alert>
      )}
      {sentTo && (
        <Text size="sm" c="green" role="status">
          Invitation to {sentTo} saved: it is waiting for them to accept.
        </Text>
      )}
      {invitations.data && invitations.data.items.length > 0 && (
        <Table aria-label="Pending invitations">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Invited</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>By</Table.Th>
              <Table.Th>Since</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invitations.data.items.map((invitation) => (
              <Table.Tr key={invitation.id}>
                <Table.Td>{invitation.email}</Table.Td>
                <Table.Td>{ROLE_LABELS[invitation.role]}</Table.Td>
                <Table.Td>{invitation.invitedBy}</Table.Td>
                <Table.Td>{formatDateTime(invitation.createdAt)}</Table.Td>
                <Table.Td>
                  <Button size="xs" variant="subtle" color="red" onClick={() => revoke.mutate(invitation.id)} aria-label={`Revoke the invitation of ${invitation.email}`}>
                    Revoke
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
