import { ActionIcon, Button, Group, NativeSelect, Paper, Select, Stack, Text, TextInput } from "@mantine/core";
import { VARIANT_ROLES, type VariantInputBody } from "@lifecycle/domain";
import { useState } from "react";
import { Controller, useFieldArray, type Control, type UseFormReturn } from "react-hook-form";
import { useModelChoices, useVersionChoices } from "../api/get-version-choices";
import { numberOrNull, textOrNull } from "../../../lib/form-values";

export interface VariantsForm {
  variants: VariantInputBody[];
}

export const NEW_VARIANT: VariantInputBody = { name: "primary", role: "PRIMARY", trafficPercent: 100, samplingPercent: null, modelVersionId: null, baseModel: null, customization: null };

/** A form with variants, seen only as its variants (the create and the shift-traffic forms both are). */
export const asVariantsForm = <T extends VariantsForm>(form: UseFormReturn<T>) => form as unknown as UseFormReturn<VariantsForm>;

interface EditorProps {
  projectId: string;
  form: UseFormReturn<VariantsForm>;
  /** The model each existing variant serves, to open its version list. */
  initialModels?: Array<string | null>;
}

/** Variants (one primary, canaries, sampled shadows), each serving a model version or a base model with its customization. */
export function VariantsEditor({ projectId, form, initialModels = [] }: EditorProps) {
  const { control, register, watch } = form;
  const { errors } = form.formState;
  const { fields, append, remove } = useFieldArray({ control, name: "variants" });
  const variants = watch("variants");
  const liveTotal = variants.filter((variant) => variant.role !== "SHADOW").reduce((sum, variant) => sum + (Number(variant.trafficPercent) || 0), 0);
  const rootError = errors.variants?.root?.message ?? errors.variants?.message;
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text fw={500} size="sm">
          Variants
        </Text>
        <Text size="sm" c={Math.round(liveTotal * 100) === 10_000 ? "green" : "red"} aria-live="polite">
          Live traffic: {Math.round(liveTotal * 100) / 100} % of 100 %
        </Text>
      </Group>
      {rootError && (
        <Text size="sm" c="red" role="alert">
          {rootError}
        </Text>
      )}
      {fields.map((field, index) => {
        const fieldErrors = errors.variants?.[index];
        const shadow = variants[index]?.role === "SHADOW";
        return (
          <Paper key={field.id} withBorder p="xs" radius="sm" aria-label={`Variant ${index + 1}`}>
            <Group align="flex-start" gap="xs" wrap="wrap">
              <TextInput label="Variant name" w={130} {...register(`variants.${index}.name`)} error={fieldErrors?.name?.message} />
              <NativeSelect label="Role" w={120} data={VARIANT_ROLES.map((role) => ({ value: role, label: role.toLowerCase() }))} {...register(`variants.${index}.role`)} />
              {shadow ? (
                <TextInput label="Sampling %" type="number" step="any" w={110} {...register(`variants.${index}.samplingPercent`, { setValueAs: numberOrNull })} error={fieldErrors?.samplingPercent?.message} />
              ) : (
                <TextInput label="Traffic %" type="number" step="any" w={110} {...register(`variants.${index}.trafficPercent`, { setValueAs: numberOrNull })} error={fieldErrors?.trafficPercent?.message} />
              )}
              <VersionPicker projectId={projectId} control={control} index={index} initialModel={initialModels[index] ?? null} error={fieldErrors?.modelVersionId?.message} />
              <TextInput label="or base model" placeholder="e.g. anthropic.claude-3" w={170} {...register(`variants.${index}.baseModel`, { setValueAs: textOrNull })} error={fieldErrors?.baseModel?.message} />
              <TextInput label="+ adapter / prompt" w={150} {...register(`variants.${index}.customization`, { setValueAs: textOrNull })} error={fieldErrors?.customization?.message} />
              {fields.length > 1 && (
                <ActionIcon variant="subtle" color="red" mt={26} aria-label={`Remove variant ${index + 1}`} onClick={() => remove(index)}>
                  ×
                </ActionIcon>
              )}
            </Group>
          </Paper>
        );
      })}
      <Group>
        <Button size="xs" variant="light" onClick={() => append({ ...NEW_VARIANT, name: `canary-${fields.length}`, role: "CANARY", trafficPercent: 0 })}>
          Add variant
        </Button>
      </Group>
    </Stack>
  );
}

function VersionPicker({ projectId, control, index, initialModel, error }: { projectId: string; control: Control<VariantsForm>; index: number; initialModel: string | null; error?: string }) {
  const [modelId, setModelId] = useState<string | null>(initialModel);
  const models = useModelChoices(projectId);
  const versions = useVersionChoices(projectId, modelId);
  return (
    <>
      <Select
        label="Model"
        w={170}
        placeholder={models.data?.items.length === 0 ? "none registered" : "pick a model"}
        data={(models.data?.items ?? []).map((model) => ({ value: model.id, label: model.name }))}
        value={modelId}
        onChange={setModelId}
        clearable
      />
      <Controller
        control={control}
        name={`variants.${index}.modelVersionId`}
        render={({ field }) => (
          <Select
            label="Version"
            w={170}
            disabled={!modelId}
            data={(versions.data?.items ?? []).map((version) => ({ value: version.id, label: `v${version.version} · ${version.approval.status.toLowerCase()}${version.aliases.length ? ` @${version.aliases.join(" @")}` : ""}` }))}
            value={field.value ?? null}
            onChange={(value) => field.onChange(value)}
            clearable
            error={error}
          />
        )}
      />
    </>
  );
}
