/**
 * Text columns that a check constraint holds to one of a domain's values (the former Postgres enums, stored as
 * text so that Citus takes Prisma's writes, which read enum columns back with casts it refuses): Prisma types
 * them as string; a row's type names the domain's values with Checked, at the repository.
 */
export type Checked<Row, Fields> = Omit<Row, keyof Fields> & Fields;
