import { z } from "zod";
import { PROJECT_ROLES } from "../access";
import { IsoDate, IsoDateTime, pageOf, PaginationQuery, requiredText } from "./common";

export const PASSWORD_MIN_LENGTH = 10;
export const EmailSchema = z.email().max(254).transform((value) => value.toLowerCase());
const Password = z.string().min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`).max(200);

export const ProjectRoleSchema = z.enum(PROJECT_ROLES);

export const SignInSchema = z.strictObject({ email: EmailSchema, password: z.string().min(1).max(200) });
export type SignInInput = z.infer<typeof SignInSchema>;

export const SetupAdminSchema = z.strictObject({
  token: z.string().min(1).max(200).describe("The one-time setup token the server printed at start"),
  email: EmailSchema,
  name: requiredText(120),
  password: Password,
});
export type SetupAdminInput = z.infer<typeof SetupAdminSchema>;

export const ChangePasswordSchema = z.strictObject({ currentPassword: z.string().min(1).max(200), newPassword: Password });
export type ChangePasswordInput = z.infer<typeof ChangePasswordSchema>;

export const CreateUserSchema = z.strictObject({
  email: EmailSchema,
  name: requiredText(120),
  password: Password,
  isAdmin: z.boolean().optional().describe("Default: false"),
});
export type CreateUserInput = z.infer<typeof CreateUserSchema>;

export const UserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  isAdmin: z.boolean(),
  active: z.boolean().describe("False once an admin deactivated the user: no sign-in, sessions or tokens"),
  deactivatedAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
});
export type User = z.infer<typeof UserSchema>;
export const UserListSchema = z.object({ items: z.array(UserSchema.extend({ failedSignIns: z.number().int().describe("Failed sign-ins in the last 15 minutes (from any address)") })) });
export const PasswordResetLinkSchema = z.object({ url: z.string().describe("Shown once: open it to set a new password"), expiresAt: IsoDateTime });
export const ResetPasswordSchema = z.strictObject({ token: z.string().min(1).max(200), password: Password });
export type ResetPasswordInput = z.infer<typeof ResetPasswordSchema>;

export const MeSchema = z.object({
  user: UserSchema.nullable().describe("null for the LIFECYCLE_ADMIN_TOKEN"),
  name: z.string(),
  isAdmin: z.boolean(),
  method: z.enum(["session", "token", "env"]),
  csrfToken: z.string().nullable().describe("Send it as X-CSRF-Token on every change made with the session cookie"),
});
export type Me = z.infer<typeof MeSchema>;

export const AuthStatusSchema = z.object({ setupRequired: z.boolean().describe("No user exists yet: the server printed a setup link") });

export const CreateTokenSchema = z.strictObject({
  name: requiredText(100),
  project: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .nullable()
    .optional()
    .describe("Id or slug of a project you are a member of: the token then acts in that project only, and MLflow experiments without a project prefix (and the Default experiment) land there"),
  expiresOn: IsoDate.nullable().optional().describe("Last day the token works (UTC); none for a token that does not expire"),
});
export type CreateTokenInput = z.infer<typeof CreateTokenSchema>;

export const ApiTokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string().describe("The token's first characters, to recognise it"),
  createdAt: IsoDateTime,
  expiresAt: IsoDateTime.nullable(),
  revokedAt: IsoDateTime.nullable(),
  lastUsedAt: IsoDateTime.nullable(),
  project: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }).nullable().describe("For a project token, its project"),
});
export type ApiToken = z.infer<typeof ApiTokenSchema>;
export const ApiTokenListSchema = z.object({ items: z.array(ApiTokenSchema) });
export const CreatedApiTokenSchema = ApiTokenSchema.extend({ token: z.string().describe("The secret: shown this once, stored only as a hash") });

export const MemberSchema = z.object({
  userId: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: ProjectRoleSchema,
  createdAt: IsoDateTime,
});
export type Member = z.infer<typeof MemberSchema>;
export const MemberListSchema = z.object({ items: z.array(MemberSchema) });
export const AddMemberSchema = z.strictObject({ email: EmailSchema, role: ProjectRoleSchema });
export type AddMemberInput = z.infer<typeof AddMemberSchema>;
export const UpdateMemberSchema = z.strictObject({ role: ProjectRoleSchema });

export const InviteMemberSchema = z.strictObject({ email: EmailSchema, role: ProjectRoleSchema });
export type InviteMemberInput = z.infer<typeof InviteMemberSchema>;
export const InvitationSchema = z.object({
  id: z.uuid(),
  project: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
  email: z.string(),
  role: ProjectRoleSchema,
  invitedBy: z.string(),
  createdAt: IsoDateTime,
});
export type Invitation = z.infer<typeof InvitationSchema>;
export const InvitationListSchema = z.object({ items: z.array(InvitationSchema) });

export const SECURITY_EVENT_TYPES = [
  "SIGN_IN_SUCCEEDED",
  "SIGN_IN_FAILED",
  "SIGNED_OUT",
  "PASSWORD_CHANGED",
  "ADMIN_CREATED",
  "USER_CREATED",
  "TOKEN_CREATED",
  "TOKEN_REVOKED",
  "MEMBER_ADDED",
  "MEMBER_ROLE_CHANGED",
  "MEMBER_REMOVED",
  "GATE_OVERRIDDEN",
  "EXPERIMENT_MOVED",
  "MEMBER_INVITED",
  "INVITATION_REVOKED",
  "APPROVAL_OVERRIDDEN",
  "DEPLOYMENT_OVERRIDDEN",
  "USER_DEACTIVATED",
  "USER_REACTIVATED",
  "PASSWORD_RESET_ISSUED",
  "PASSWORD_RESET",
  "ACCOUNT_UNLOCKED",
] as const;
export type SecurityEventType = (typeof SECURITY_EVENT_TYPES)[number];

export const SecurityEventSchema = z.object({
  id: z.uuid(),
  type: z.enum(SECURITY_EVENT_TYPES),
  actorName: z.string(),
  projectId: z.uuid().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
  ip: z.string().nullable(),
  createdAt: IsoDateTime,
});
export const ListSecurityEventsQuerySchema = z.strictObject({ type: z.enum(SECURITY_EVENT_TYPES).optional(), ...PaginationQuery });
export const SecurityEventPageSchema = pageOf(SecurityEventSchema);
