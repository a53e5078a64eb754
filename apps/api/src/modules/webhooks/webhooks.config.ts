/** Whether this process sends queued webhook deliveries on its own timer (tests drive the dispatcher themselves). */
export class WebhooksConfig {
  constructor(readonly deliverInBackground = true) {}
}
