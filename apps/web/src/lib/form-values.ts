/** What an emptied number field stores: null, not 0 or NaN. */
export const numberOrNull = (value: unknown): number | null => (value === "" || value === null || value === undefined ? null : Number(value));
/** What an emptied optional text field stores: null. */
export const textOrNull = (value: unknown): string | null => (value === "" || value === null || value === undefined ? null : String(value));
