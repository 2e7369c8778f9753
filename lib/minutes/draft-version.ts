/** What a write to the draft answers: ok with the minutes' new version, or refused. */
type VersionedResult = { ok: true; data: { minutesVersion: number } } | { ok: false };

/**
 * The minutes' version as one open page knows it. Section saves, conclusions and the header each move
 * the draft to a new version, and the page's whole-minutes actions (submit, regenerate, header) must
 * name the newest one. Waiting for a page refresh to bring it loses a race: a secretary who types and at
 * once presses "submit" leaves the field (which saves) and clicks before any refresh arrives. So writes
 * report the version they produced here, and those actions first wait for writes already under way.
 */
export class DraftVersion {
  private latest: number;
  private readonly pending = new Set<Promise<unknown>>();

  constructor(version: number) {
    this.latest = version;
  }

  /** A version seen elsewhere (a page refresh). Versions only grow, so an older one never wins. */
  seen(version: number): void {
    this.latest = Math.max(this.latest, version);
  }

  /** Runs a write; actions started later wait for it. */
  track<R>(work: Promise<R>): Promise<R> {
    this.pending.add(work);
    const forget = () => void this.pending.delete(work);
    work.then(forget, forget);
    return work;
  }

  /** Runs a write that answers with the minutes' new version, and remembers that version. */
  write<R extends VersionedResult>(work: Promise<R>): Promise<R> {
    return this.track(
      work.then((result) => {
        if (result.ok) this.seen(result.data.minutesVersion);
        return result;
      }),
    );
  }

  /**
   * Waits for the writes started before this call (not later ones, so a write that itself waits here
   * cannot wait for itself), then gives the newest version known.
   */
  async settled(): Promise<number> {
    await Promise.allSettled([...this.pending]);
    return this.latest;
  }
}
