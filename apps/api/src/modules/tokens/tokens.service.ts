import { Injectable } from "@nestjs/common";
import type { ApiToken, CreateTokenInput } from "@lifecycle/domain";
import type { Principal } from "../../common/auth/principal";
import { hashSecret, newSecret } from "../../common/auth/secrets";
import { DomainError } from "../../common/errors/domain-error";
import { toIso } from "../../common/text";
import { AuditService } from "../audit/audit.service";
import { ProjectsService } from "../projects/projects.service";
import { TokensRepository, type ApiTokenRow } from "./tokens.repository";

export const TOKEN_PREFIX = "lc_";
const VISIBLE_CHARACTERS = TOKEN_PREFIX.length + 8;
/** lastUsedAt is a hint, not a log: write it at most once a minute per token. */
const TOUCH_INTERVAL_MS = 60_000;

function toTokenView(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    expiresAt: toIso(row.expiresAt),
    revokedAt: toIso(row.revokedAt),
    lastUsedAt: toIso(row.lastUsedAt),
    project: row.project,
  };
}

@Injectable()
export class TokensService {
  constructor(
    private readonly tokens: TokensRepository,
    private readonly audit: AuditService,
    private readonly projects: ProjectsService,
  ) {}

  async listTokens(principal: Principal): Promise<{ items: ApiToken[] }> {
    const userId = this.ownerOf(principal);
    return { items: (await this.tokens.findTokensByUser(userId)).map(toTokenView) };
  }

  /** Creates a token and returns it this once; only its hash is kept. */
  async createToken(principal: Principal, input: CreateTokenInput): Promise<ApiToken & { token: string }> {
    const userId = this.ownerOf(principal);
    const project = input.project ? await this.projects.accessOf(input.project, principal) : null;
    if (input.project && !project) throw new DomainError("PROJECT_NOT_FOUND", `No project "${input.project}".`, [{ path: "project", message: "No such project of yours" }]);
    const token = newSecret(TOKEN_PREFIX);
    const expiresAt = input.expiresOn ? new Date(Date.parse(`${input.expiresOn}T23:59:59.999Z`)) : null;
    if (expiresAt && expiresAt.getTime() <= Date.now()) {
      throw new DomainError("VALIDATION_FAILED", "expiresOn: The token would already be expired", [{ path: "expiresOn", message: "Must be today or later" }]);
    }
    const row = await this.tokens.createToken({ userId, name: input.name, prefix: token.slice(0, VISIBLE_CHARACTERS), tokenHash: hashSecret(token), expiresAt, projectId: project?.id ?? null });
    await this.audit.recordBy(principal, "TOKEN_CREATED", { projectId: project?.id ?? null, detail: { tokenId: row.id, name: row.name, prefix: row.prefix } });
    return { ...toTokenView(row), token };
  }

  async revokeToken(principal: Principal, tokenId: string): Promise<ApiToken> {
    this.ownerOf(principal);
    const owner = await this.tokens.findTokenOwner(tokenId);
    if (!owner || (owner.userId !== principal.userId && !principal.isAdmin)) throw new DomainError("TOKEN_NOT_FOUND", `No token "${tokenId}".`);
    const row = await this.tokens.revokeToken(tokenId, new Date());
    if (!owner.revokedAt) await this.audit.recordBy(principal, "TOKEN_REVOKED", { detail: { tokenId, name: row.name, prefix: row.prefix } });
    return toTokenView(row);
  }

  /** The principal a bearer token stands for, or null when it is unknown, revoked or expired. */
  async principalForToken(token: string): Promise<Principal | null> {
    if (!token.startsWith(TOKEN_PREFIX)) return null;
    const now = new Date();
    const row = await this.tokens.findLiveTokenByHash(hashSecret(token), now);
    if (!row) return null;
    if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) await this.tokens.touchToken(row.id, now);
    return { userId: row.user.id, name: row.user.name, email: row.user.email, isAdmin: row.user.isAdmin, method: "token", sessionId: null, csrfToken: null, projectId: row.projectId };
  }

  private ownerOf(principal: Principal): string {
    if (!principal.userId) throw new DomainError("FORBIDDEN", "The LIFECYCLE_ADMIN_TOKEN cannot own API tokens; sign in as a user to create them.");
    if (principal.projectId) throw new DomainError("FORBIDDEN", "A project token cannot manage API tokens; sign in, or use a personal token.");
    return principal.userId;
  }
}
