import { expect, type Locator, type Page } from '@playwright/test';

/** Row counts of one target table as the results table shows them. */
export interface ShownCounts {
  name: string;
  read: number;
  written: number;
  rejected: number;
  skipped: number;
}

const FINAL_STATUSES = /^(succeeded|failed|cancelled)$/;

/**
 * The Pipeline page: start a run, watch its progress, read its stored results. Reads
 * numbers from `data-value` attributes so locale formatting cannot skew them.
 */
export class PipelinePage {
  constructor(readonly page: Page) {}

  /** The prominent button that starts a run. */
  get startButton(): Locator {
    return this.page.getByTestId('start-run');
  }

  /** The button that cancels the run in flight. */
  get cancelButton(): Locator {
    return this.page.getByTestId('cancel-run');
  }

  /** The live progress panel, present while a run is in flight. */
  get progress(): Locator {
    return this.page.getByTestId('run-progress');
  }

  /** The stored status of the run whose results are shown. */
  get status(): Locator {
    return this.page.getByTestId('run-status');
  }

  /** The id of the run whose results are shown, or null when none is. */
  async shownRunId(): Promise<string | null> {
    const id = this.page.getByTestId('run-id');
    return (await id.count()) > 0 ? (await id.textContent())?.trim() ?? null : null;
  }

  /** Sets the batch size field (empty string for the project default). */
  async setBatchSize(size: number | ''): Promise<void> {
    await this.page.getByTestId('batch-size').fill(String(size));
  }

  /** Starts a run with the button and returns the id of the run shown before it. */
  async start(): Promise<string | null> {
    const before = await this.shownRunId();
    await expect(this.startButton).toBeEnabled();
    await this.startButton.click();
    return before;
  }

  /**
   * Waits until a run other than `previousRunId` shows a final status; returns that status.
   * The results come from the run store, not from the events.
   */
  async waitForFinish(previousRunId: string | null, timeout = 90_000): Promise<string> {
    await expect(async () => {
      const id = await this.shownRunId();
      expect(id).not.toBeNull();
      expect(id).not.toBe(previousRunId);
      await expect(this.status).toHaveText(FINAL_STATUSES, { timeout: 1_000 });
    }).toPass({ timeout });
    return (await this.status.textContent())?.trim() ?? '';
  }

  /**
   * Starts noting what the live progress panel shows, however briefly it is on screen;
   * call the returned function later for the largest "rows done" it displayed (-1: never shown).
   */
  async recordProgress(): Promise<() => Promise<number>> {
    await this.page.evaluate(() => {
      const w = window as unknown as { __maxRowsDone?: number };
      w.__maxRowsDone = -1;
      const note = () => {
        const el = document.querySelector('[data-testid="rows-done"]');
        if (el) w.__maxRowsDone = Math.max(w.__maxRowsDone ?? -1, Number(el.getAttribute('data-value') ?? 0));
      };
      new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    return () => this.page.evaluate(() => (window as unknown as { __maxRowsDone?: number }).__maxRowsDone ?? -1);
  }

  /** The per-table counts of the shown run. */
  async readCounts(): Promise<ShownCounts[]> {
    const rows = this.page.locator('[data-testid^="counts-row-"]');
    const tables = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-table') ?? ''));
    const counts: ShownCounts[] = [];
    for (const name of tables) {
      const value = async (kind: string) =>
        Number(await this.page.getByTestId(`count-${name}-${kind}`).getAttribute('data-value'));
      counts.push({
        name,
        read: await value('read'),
        written: await value('written'),
        rejected: await value('rejected'),
        skipped: await value('skipped'),
      });
    }
    return counts;
  }
}
