import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { ROLE_LABELS } from "@lifecycle/domain";
import { errorMessage } from "../../../lib/form-errors";
import { useAnswerInvitation, useMyInvitations } from "../api/my-invitations";

/** The projects the signed-in user is invited to, each to accept or decline; nothing when there are none. */
export function MyInvitations() {
  const invitations = useMyInvitations();
  const answer = useAnswerInvitation();
  const items = invitations.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Alert color="blue" title={items.length === 1 ? "You are invited to a project" : `You are invited to ${items.length} projects`} aria-label="Your invitations">
      <Stack gap="xs">
        {items.map((invitation) => (
          <Group key={invitation.id} justify="space-between" wrap="nowrap">
            <Text size="sm">
              <b>{invitation.project.name}</b> as {ROLE_LABELS[invitation.role].toLowerCase()}, from {invitation.invitedBy}
            </Text>
            <Group gap="xs" wrap="nowrap">
              <Button size="xs" onClick={() => answer.mutate({ invitationId: invitation.id, accept: true })} loading={answer.isPending && answer.variables?.invitationId === invitation.id && answer.variables.accept}>
                Accept
              </Button>
              <Button size="xs" variant="subtle" color="gray" onClick={() => answer.mutate({ invitationId: invitation.id, accept: false })} aria-label={`Decline ${invitation.project.name}`}>
                Decline
              </Button>
            </Group>
          </Group>
        ))}
        {answer.error && (
          <Text size="sm" c="red" role="alert">
            {errorMessage(answer.error)}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
