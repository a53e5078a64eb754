import { Button, Group, SimpleGrid, Stack } from "@mantine/core";
import type { Kpi } from "@lifecycle/domain";
import { useState } from "react";
import { ConfirmModal } from "../../../components/ui/ConfirmModal";
import { EmptyHint, QueryState } from "../../../components/ui/QueryState";
import { useKpis } from "../api/get-kpis";
import { useDeleteKpi } from "../api/kpi-mutations";
import { KpiCard } from "./KpiCard";
import { KpiFormModal } from "./KpiFormModal";
import { MeasurementModal } from "./MeasurementModal";
import { MeasurementsModal } from "./MeasurementsModal";

export function KpiCards({ projectId, canEdit }: { projectId: string; canEdit: boolean }) {
  const kpis = useKpis(projectId);
  const deleteKpi = useDeleteKpi(projectId);
  const [editing, setEditing] = useState<Kpi | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [measuring, setMeasuring] = useState<Kpi | null>(null);
  const [listing, setListing] = useState<Kpi | null>(null);
  const [deleting, setDeleting] = useState<Kpi | null>(null);

  const openForm = (kpi: Kpi | null) => {
    setEditing(kpi);
    setFormOpen(true);
  };

  return (
    <Stack>
      {canEdit && (
        <Group justify="flex-end">
          <Button onClick={() => openForm(null)}>Add KPI</Button>
        </Group>
      )}
      <QueryState isPending={kpis.isPending} error={kpis.error} hasData={kpis.data !== undefined} onRetry={() => void kpis.refetch()} label="KPIs">
        {kpis.data?.items.length === 0 ? (
          <EmptyHint title="No KPIs yet">Define what success means: a KPI with a baseline, a target and a deadline.</EmptyHint>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {kpis.data?.items.map((kpi) => (
              <KpiCard key={kpi.id} kpi={kpi} canEdit={canEdit} onMeasure={() => setMeasuring(kpi)} onList={() => setListing(kpi)} onEdit={() => openForm(kpi)} onDelete={() => setDeleting(kpi)} />
            ))}
          </SimpleGrid>
        )}
      </QueryState>
      <KpiFormModal projectId={projectId} kpi={editing} opened={formOpen} onClose={() => setFormOpen(false)} />
      {measuring && <MeasurementModal projectId={projectId} kpi={measuring} onClose={() => setMeasuring(null)} />}
      {listing && <MeasurementsModal projectId={projectId} kpi={kpis.data?.items.find((kpi) => kpi.id === listing.id) ?? listing} canEdit={canEdit} onClose={() => setListing(null)} />}
      <ConfirmModal
        opened={deleting !== null}
        title="Delete KPI"
        message={deleting ? `Delete "${deleting.name}" and its ${deleting.measurementCount} measurements? This cannot be undone.` : ""}
        confirmLabel="Delete KPI"
        loading={deleteKpi.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && deleteKpi.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
      />
    </Stack>
  );
}
