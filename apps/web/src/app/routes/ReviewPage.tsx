import { Anchor, Breadcrumbs, Stack, Text } from "@mantine/core";
import { LifecycleApiError } from "@lifecycle/client";
import { Link, useParams } from "react-router";
import { QueryState } from "../../components/ui/QueryState";
import { useAnnotationQueue } from "../../features/feedback/api/annotation-queues";
import { ReviewScreen } from "../../features/feedback/components/ReviewScreen";
import { useProject } from "../../features/projects/api/get-project";
import { useDocumentTitle } from "../../lib/document-title";
import { NotFoundPage } from "./NotFoundPage";

/** An annotation queue's review screen. */
export function ReviewPage() {
  const { projectRef = "", queueId = "" } = useParams();
  const project = useProject(projectRef);
  const projectId = project.data?.id ?? projectRef;
  const queue = useAnnotationQueue(projectId, queueId);
  useDocumentTitle(queue.data && `Review ${queue.data.name}`, project.data?.name);
  const missing = [project.error, queue.error].some((error) => error instanceof LifecycleApiError && (error.status === 404 || error.status === 400));
  if (missing) return <NotFoundPage what="such annotation queue" />;
  const backTo = `/projects/${project.data?.slug ?? projectRef}?tab=feedback`;
  return (
    <QueryState isPending={project.isPending || queue.isPending} error={project.error ?? queue.error} hasData={project.data !== undefined && queue.data !== undefined} label="the annotation queue">
      {project.data && queue.data && (
        <Stack>
          <Breadcrumbs>
            <Anchor component={Link} to="/">
              Portfolio
            </Anchor>
            <Anchor component={Link} to={backTo}>
              {project.data.name} · Feedback
            </Anchor>
            <Text>{queue.data.name}</Text>
          </Breadcrumbs>
          <ReviewScreen projectId={project.data.id} queue={queue.data} backTo={backTo} />
        </Stack>
      )}
    </QueryState>
  );
}
