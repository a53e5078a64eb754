import { z } from "zod";
import { pageOf, PaginationQuery, requiredText } from "./common";
import { WEBHOOK_EVENTS, WEBHOOK_TEST_EVENT, webhookUrlProblem } from "../webhooks/webhooks";

const WebhookUrl = z
  .string()
  .trim()
  .min(1)
  .max(2_000)
  .superRefine((value, context) => {
    const problem = webhookUrlProblem(value);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });
const WebhookEvents = z
  .array(z.enum(WEBHOOK_EVENTS))
  .min(1)
  .max(WEBHOOK_EVENTS.length)
  .refine((events) => new Set(events).size === events.length, "Lists an event twice")
  .describe("The events it receives");

export const CreateWebhookSchema = z.strictObject({
  name: requiredText(120),
  url: WebhookUrl,
  events: WebhookEvents.default([...WEBHOOK_EVENTS]),
});
export type CreateWebhookInput = z.infer<typeof CreateWebhookSchema>;

export const UpdateWebhookSchema = z
  .strictObject({
    name: requiredText(120).optional(),
    url: WebhookUrl.optional(),
    events: WebhookEvents.optional(),
    active: z.boolean().optional(),
  })
  .refine((value) => Object.keys(value).length > 0, "Nothing to change");
export type UpdateWebhookInput = z.infer<typeof UpdateWebhookSchema>;

export const WebhookSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  url: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENTS)),
  active: z.boolean(),
  /** The last four characters of the secret, to tell secrets apart. */
  secretHint: z.string(),
  lastDelivery: z.object({ status: z.enum(["PENDING", "DELIVERED", "FAILED"]), statusCode: z.number().int().nullable(), at: z.string() }).nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type Webhook = z.infer<typeof WebhookSchema>;
export const WebhookListSchema = z.object({ items: z.array(WebhookSchema) });
/** Creating a webhook or rotating its secret answers the secret once; it is not shown again. */
export const WebhookWithSecretSchema = WebhookSchema.extend({ secret: z.string().describe("Signs every body: X-Lifecycle-Signature is sha256= and the hex HMAC-SHA256 of the body with it. Shown once.") });

export const WebhookAttemptSchema = z.object({
  at: z.string(),
  statusCode: z.number().int().nullable(),
  error: z.string().nullable(),
  durationMs: z.number(),
  response: z.string().nullable().describe("The start of the receiver's answer"),
});
export type WebhookAttempt = z.infer<typeof WebhookAttemptSchema>;

export const WebhookDeliverySchema = z.object({
  id: z.uuid(),
  webhookId: z.uuid(),
  event: z.union([z.enum(WEBHOOK_EVENTS), z.literal(WEBHOOK_TEST_EVENT)]),
  status: z.enum(["PENDING", "DELIVERED", "FAILED"]),
  attempts: z.array(WebhookAttemptSchema),
  nextAttemptAt: z.string().nullable(),
  body: z.string().describe("The exact body sent (and signed)"),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
});
export type WebhookDelivery = z.infer<typeof WebhookDeliverySchema>;
export const WebhookDeliveryPageSchema = pageOf(WebhookDeliverySchema);
export const WebhookDeliveryQuerySchema = z.strictObject({
  status: z.enum(["PENDING", "DELIVERED", "FAILED"]).optional(),
  ...PaginationQuery,
});
