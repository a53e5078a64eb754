import { List, Text, ThemeIcon } from "@mantine/core";
import type { GateResult } from "@lifecycle/domain";

export function GateChecks({ gate }: { gate: GateResult }) {
  return (
    <List spacing="xs" size="sm" center aria-label="Gate checks">
      {gate.checks.map((check) => (
        <List.Item
          key={check.id}
          data-check={check.id}
          data-passed={check.passed}
          icon={
            <ThemeIcon color={check.passed ? "green" : "red"} size={20} radius="xl" aria-label={check.passed ? "passed" : "failed"}>
              <Text size="xs" c="white" fw={700} aria-hidden>
                {check.passed ? "✓" : "✗"}
              </Text>
            </ThemeIcon>
          }
        >
          <Text size="sm" fw={500} span>
            {check.label}
          </Text>
          <Text size="xs" c="dimmed">
            {check.reason}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
