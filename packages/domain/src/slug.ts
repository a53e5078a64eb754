export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 60;

/** A URL-safe slug from a name: lower case, accents dropped, words joined by hyphens. */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/g, "");
  return slug || "project";
}

/** The first of slug, slug-2, slug-3 … that is not taken. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const tail = `-${suffix}`;
    const candidate = `${base.slice(0, SLUG_MAX_LENGTH - tail.length).replace(/-+$/g, "")}${tail}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Slugs of this prefix belong to users' own "MLflow imports" projects, which only Lifecycle creates. */
export const RESERVED_SLUG_PREFIX = "mlflow-imports";

export function isReservedSlug(slug: string): boolean {
  return slug === RESERVED_SLUG_PREFIX || slug.startsWith(`${RESERVED_SLUG_PREFIX}-`);
}

/** A slug derived from a name, kept clear of the reserved prefix ("MLflow imports" → "project-mlflow-imports"). */
export function unreservedSlug(slug: string): string {
  return isReservedSlug(slug) ? `project-${slug}`.slice(0, SLUG_MAX_LENGTH).replace(/-+$/g, "") : slug;
}
