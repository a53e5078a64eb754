import { Badge, Group, Paper, ScrollArea, Stack, Text, Title } from "@mantine/core";
import { STAGE_LABELS, STAGES, type Project } from "@lifecycle/domain";
import { ProjectCard } from "./ProjectCard";

/** A column per stage, a card per project. */
export function PortfolioBoard({ projects }: { projects: Project[] }) {
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Group align="flex-start" wrap="nowrap" gap="sm" pb="sm">
        {STAGES.map((stage) => {
          const inStage = projects.filter((project) => project.currentStage === stage);
          return (
            <Paper key={stage} withBorder radius="md" p="sm" miw={190} style={{ flex: "1 1 0" }} bg="gray.0" component="section" aria-label={STAGE_LABELS[stage]} data-stage={stage}>
              <Group justify="space-between" mb="sm">
                <Title order={2} size="sm">
                  {STAGE_LABELS[stage]}
                </Title>
                <Badge variant="light" color="gray" size="sm" aria-label={`${inStage.length} projects`}>
                  {inStage.length}
                </Badge>
              </Group>
              <Stack gap="xs">
                {inStage.length === 0 ? (
                  <Text size="xs" c="dimmed" ta="center" py="md">
                    No projects
                  </Text>
                ) : (
                  inStage.map((project) => <ProjectCard key={project.id} project={project} />)
                )}
              </Stack>
            </Paper>
          );
        })}
      </Group>
    </ScrollArea>
  );
}
