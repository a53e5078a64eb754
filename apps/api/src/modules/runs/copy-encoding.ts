import type { BatchPoint } from "./batch.writer";

export interface CopyRow {
  point: BatchPoint;
  at: number;
  key: Buffer;
  split: Buffer;
}

const COPY_SIGNATURE = Buffer.from("PGCOPY\n\xff\r\n\0", "latin1");
const POSTGRES_EPOCH_MS = Date.UTC(2000, 0, 1);
const TWO_32 = 2 ** 32;

/**
 * The rows in COPY's binary format: no number or date is written out as text
 * for Postgres to parse back, and nothing is allocated per point. Each row is
 * run_id uuid, key text, split text, step int8, value float8 (NaN and the
 * infinities as they are), timestamp timestamptz (microseconds since 2000).
 */
export function encodeCopy(runId: string, rows: CopyRow[]): Buffer {
  const uuid = Buffer.from(runId.replaceAll("-", ""), "hex");
  let size = COPY_SIGNATURE.length + 8 + 2;
  for (const row of rows) size += 2 + (4 + 16) + (4 + row.key.length) + (4 + row.split.length) + 3 * (4 + 8);
  const buffer = Buffer.allocUnsafe(size);
  let at = COPY_SIGNATURE.copy(buffer, 0);
  at = buffer.writeInt32BE(0, at); // flags
  at = buffer.writeInt32BE(0, at); // header extension length
  const int64 = (value: number) => {
    const high = Math.floor(value / TWO_32);
    at = buffer.writeInt32BE(8, at);
    at = buffer.writeInt32BE(high, at);
    at = buffer.writeUInt32BE(value - high * TWO_32, at);
  };
  for (const { point, at: ms, key, split } of rows) {
    at = buffer.writeInt16BE(6, at);
    at = buffer.writeInt32BE(16, at);
    at += uuid.copy(buffer, at);
    at = buffer.writeInt32BE(key.length, at);
    at += key.copy(buffer, at);
    at = buffer.writeInt32BE(split.length, at);
    at += split.copy(buffer, at);
    if (point.stepText === undefined) int64(point.step);
    else {
      at = buffer.writeInt32BE(8, at);
      at = buffer.writeBigInt64BE(BigInt(point.stepText), at);
    }
    at = buffer.writeInt32BE(8, at);
    at = buffer.writeDoubleBE(point.value, at);
    int64((ms - POSTGRES_EPOCH_MS) * 1000);
  }
  buffer.writeInt16BE(-1, at);
  return buffer;
}
