/** Every error the API answers with, and its HTTP status: one exhaustive record. */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  MALFORMED_REQUEST: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_TOKEN_INVALID: 403,
  PROJECT_NOT_FOUND: 404,
  KPI_NOT_FOUND: 404,
  MEASUREMENT_NOT_FOUND: 404,
  CHECKLIST_ITEM_NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  USER_NOT_FOUND: 404,
  TOKEN_NOT_FOUND: 404,
  MEMBER_NOT_FOUND: 404,
  INVITATION_NOT_FOUND: 404,
  EXPERIMENT_NOT_FOUND: 404,
  RUN_NOT_FOUND: 404,
  TAG_NOT_FOUND: 404,
  DATA_SET_NOT_FOUND: 404,
  DATA_SET_VERSION_NOT_FOUND: 404,
  DATA_USE_NOT_FOUND: 404,
  EVALUATION_NOT_FOUND: 404,
  ARTIFACT_NOT_FOUND: 404,
  MODEL_NOT_FOUND: 404,
  MODEL_VERSION_NOT_FOUND: 404,
  ALIAS_NOT_FOUND: 404,
  DEPLOYMENT_NOT_FOUND: 404,
  BASELINE_NOT_FOUND: 404,
  SLUG_TAKEN: 409,
  KPI_NAME_TAKEN: 409,
  STALE_VERSION: 409,
  TRANSITION_NOT_ALLOWED: 409,
  STAGE_GATE_UNMET: 409,
  PROJECT_NOT_ACTIVE: 409,
  EMAIL_TAKEN: 409,
  MEMBER_EXISTS: 409,
  LAST_LEAD: 409,
  SETUP_NOT_AVAILABLE: 409,
  IDEMPOTENCY_KEY_REUSED: 409,
  EXPERIMENT_NAME_TAKEN: 409,
  PARAM_CONFLICT: 409,
  ARTIFACT_CONFLICT: 409,
  RUN_DELETED: 409,
  EXPERIMENT_DELETED: 409,
  EXPERIMENT_NOT_DELETED: 409,
  EXPERIMENT_HAS_LINEAGE: 409,
  DATA_SET_NAME_TAKEN: 409,
  DATA_SET_IN_USE: 409,
  DATA_USE_EXISTS: 409,
  MODEL_NAME_TAKEN: 409,
  MODEL_IN_USE: 409,
  APPROVAL_EVIDENCE_UNMET: 409,
  DEPLOYMENT_NAME_TAKEN: 409,
  DEPLOYMENT_NEEDS_APPROVAL: 409,
  STATUS_CHANGE_NOT_ALLOWED: 409,
  NOTHING_TO_ROLL_BACK: 409,
  BASELINE_NAME_TAKEN: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_ERROR: 500,
  DATABASE_UNAVAILABLE: 503,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ErrorDetail {
  path?: string;
  code?: string;
  message: string;
}

/** An expected failure with a stable code; the filter turns it into the error shape. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
  ) {
    super(message);
    this.name = "DomainError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function invalidField(path: string, message: string): DomainError {
  return new DomainError("VALIDATION_FAILED", `${path}: ${message}`, [{ path, message }]);
}
