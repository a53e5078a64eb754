import { Injectable } from "@nestjs/common";

interface PageRef {
  runId: string;
  key: string;
  pageSize: number;
  token: string;
}

/**
 * Pages of metric history as sent, kept for clients that read the same series
 * again and again (the MLflow UI and scripts polling a run). A page is served
 * again only while its series has the point count it was read at: series only
 * grow (points go only with their run), so the same count means the same points.
 * Least recently used pages go first beyond 64 MB; pages under 1,000 points are
 * cheap to read and not kept.
 */
@Injectable()
export class HistoryPageCache {
  static readonly MIN_POINTS = 1000;
  private static readonly MAX_BYTES = 64 * 1024 * 1024;
  private readonly pages = new Map<string, { count: number; body: Buffer }>();
  private bytes = 0;

  get(page: PageRef, count: number): Buffer | null {
    const id = this.idOf(page);
    const kept = this.pages.get(id);
    if (!kept) return null;
    this.pages.delete(id);
    if (kept.count !== count) {
      this.bytes -= kept.body.length;
      return null;
    }
    this.pages.set(id, kept);
    return kept.body;
  }

  set(page: PageRef, count: number, body: Buffer): void {
    if (body.length > HistoryPageCache.MAX_BYTES / 4) return;
    const id = this.idOf(page);
    const old = this.pages.get(id);
    if (old) {
      this.bytes -= old.body.length;
      this.pages.delete(id);
    }
    this.pages.set(id, { count, body });
    this.bytes += body.length;
    for (const [oldest, entry] of this.pages) {
      if (this.bytes <= HistoryPageCache.MAX_BYTES) break;
      this.pages.delete(oldest);
      this.bytes -= entry.body.length;
    }
  }

  private idOf(page: PageRef): string {
    return `${page.runId}\u0000${page.key}\u0000${page.pageSize}\u0000${page.token}`;
  }
}
