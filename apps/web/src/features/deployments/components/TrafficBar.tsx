import { Group, Progress, Text, Tooltip } from "@mantine/core";
import type { Deployment } from "@lifecycle/domain";

const ROLE_COLORS = { PRIMARY: "indigo", CANARY: "orange", SHADOW: "gray" } as const;
const CANARY_SHADES = ["orange", "yellow", "pink", "teal", "lime"];

export const servedBy = (variant: Deployment["variants"][number]) =>
  variant.modelVersion ? `${variant.modelVersion.modelName} v${variant.modelVersion.version}` : [variant.baseModel, variant.customization].filter(Boolean).join(" + ") || "—";

/** Live traffic split across the variants, one segment each; shadows listed with their sampling share. */
export function TrafficBar({ variants }: { variants: Deployment["variants"] }) {
  const live = variants.filter((variant) => variant.role !== "SHADOW");
  const shadows = variants.filter((variant) => variant.role === "SHADOW");
  let canary = 0;
  return (
    <div>
      <Progress.Root size={22} aria-label="Traffic split">
        {live.map((variant) => {
          const color = variant.role === "CANARY" ? CANARY_SHADES[canary++ % CANARY_SHADES.length]! : ROLE_COLORS[variant.role];
          const share = variant.trafficPercent ?? 0;
          return (
            <Tooltip key={variant.name} label={`${variant.name} (${variant.role.toLowerCase()}): ${servedBy(variant)}, ${share} %`}>
              <Progress.Section value={share} color={color} aria-label={`${variant.name} ${share} %`}>
                <Progress.Label>{share >= 8 ? `${variant.name} ${share}%` : ""}</Progress.Label>
              </Progress.Section>
            </Tooltip>
          );
        })}
      </Progress.Root>
      {shadows.length > 0 && (
        <Group gap="xs" mt={4}>
          {shadows.map((variant) => (
            <Text key={variant.name} size="xs" c="dimmed">
              shadow {variant.name}: {servedBy(variant)}, mirrors {variant.samplingPercent} % of requests
            </Text>
          ))}
        </Group>
      )}
    </div>
  );
}
