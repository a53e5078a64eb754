/** Roles a user can hold in a project, weakest first. Instance admins act as leads everywhere. */
export const PROJECT_ROLES = ["VIEWER", "CONTRIBUTOR", "LEAD"] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];

export const ROLE_LABELS: Record<ProjectRole, string> = { VIEWER: "Viewer", CONTRIBUTOR: "Contributor", LEAD: "Lead" };

export const ROLE_DESCRIPTIONS: Record<ProjectRole, string> = {
  VIEWER: "Reads everything in the project.",
  CONTRIBUTOR: "Also creates and edits: details, KPIs and measurements, framing, checklists, notes.",
  LEAD: "Also moves the project between stages, overrides gates, manages members and deletes the project.",
};

export function hasRole(held: ProjectRole | null | undefined, needed: ProjectRole): boolean {
  if (!held) return false;
  return PROJECT_ROLES.indexOf(held) >= PROJECT_ROLES.indexOf(needed);
}

/** The role a caller acts with: an instance admin is a lead in every project. */
export function effectiveRole(membership: ProjectRole | null | undefined, isAdmin: boolean): ProjectRole | null {
  return isAdmin ? "LEAD" : (membership ?? null);
}

/** Whether removing or demoting a lead would leave the project without one. */
export function wouldLeaveNoLead(roles: readonly ProjectRole[], changedFrom: ProjectRole, changedTo: ProjectRole | null): boolean {
  if (changedFrom !== "LEAD" || changedTo === "LEAD") return false;
  return roles.filter((role) => role === "LEAD").length <= 1;
}
