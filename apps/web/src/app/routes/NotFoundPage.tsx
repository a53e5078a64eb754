import { Anchor, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";

export function NotFoundPage({ what = "page" }: { what?: string }) {
  return (
    <Stack align="center" py="xl" gap="xs">
      <Title order={1} size="h3">
        Not found
      </Title>
      <Text c="dimmed">There is no {what}.</Text>
      <Anchor component={Link} to="/">
        Back to the portfolio
      </Anchor>
    </Stack>
  );
}
