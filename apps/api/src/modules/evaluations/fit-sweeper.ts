import { DynamicModule, Injectable, Logger, Module, OnApplicationBootstrap, OnModuleDestroy } from "@nestjs/common";
import { EvaluationsModule } from "./evaluations.module";
import { EvaluationsRepository } from "./evaluations.repository";
import { FitService } from "./fit.service";

/** How often a process looks for runs to diagnose (processes share them: see claimFitDue). */
const POLL_MS = 5_000;
/** How long a run's writes must have been quiet for: a run logging every second is diagnosed every few seconds, not each batch. */
export const FIT_SETTLE_MS = 10_000;
const BATCH = 20;

class FitSweeperConfig {
  constructor(readonly inBackground: boolean) {}
}

/**
 * Diagnoses fit in the background: a run is flagged when points are written to it or it finishes, and swept here
 * once its writes settle, so that its verdict (and `fit = '…'` in searches) never waits for someone to open it.
 */
@Injectable()
export class FitSweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger("Fit");
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly evaluations: EvaluationsRepository,
    private readonly fit: FitService,
    private readonly config: FitSweeperConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.inBackground) return;
    this.timer = setInterval(() => void this.sweep().catch((error: unknown) => this.logger.warn(`Diagnosing fit failed; retrying in ${POLL_MS / 1000} s: ${String(error)}`)), POLL_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Diagnoses every run flagged before `now` less the settling time; answers how many. One sweep at a time per process. */
  sweep(now = Date.now()): Promise<number> {
    if (this.running) return this.running.then(() => this.sweep(now));
    this.running = this.sweepAll(new Date(now - FIT_SETTLE_MS)).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async sweepAll(cutoff: Date): Promise<number> {
    let done = 0;
    for (;;) {
      const due = await this.evaluations.claimFitDue(cutoff, BATCH);
      for (const run of due) {
        // A run deleted or moved meanwhile is simply skipped; its next write flags it again.
        await this.fit.diagnose(run.project_id, run.run_id).catch((error: unknown) => this.logger.warn(`Could not diagnose run ${run.run_id}: ${String(error)}`));
      }
      done += due.length;
      if (due.length < BATCH) return done;
    }
  }
}

/** The sweeper, with its timer on or (for tests, which sweep themselves) off. */
@Module({})
export class FitSweeperModule {
  static forRoot(inBackground: boolean): DynamicModule {
    return { module: FitSweeperModule, imports: [EvaluationsModule], providers: [{ provide: FitSweeperConfig, useValue: new FitSweeperConfig(inBackground) }, FitSweeper] };
  }
}
