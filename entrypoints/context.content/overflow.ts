/**
 * What the scanner keeps of a flood of mutations. Above MAX_QUEUED_MUTATIONS queued records one
 * full rescan is cheaper than following each (as Dark Reader does), but a page that never stops
 * changing would overflow again during every rescan and be read from the start for ever. So only
 * MAX_RESTARTS rescans per RESTART_WINDOW_MS; past that, the records are folded into the distinct
 * nodes they touched, and the scanner rescans only around those.
 */
export const MAX_QUEUED_MUTATIONS = 5_000;
export const MAX_RESTARTS = 3;
export const RESTART_WINDOW_MS = 60_000;

export function createOverflow(maxQueued = MAX_QUEUED_MUTATIONS) {
  let records: MutationRecord[] = [];
  /** Drop the records: the next follow-up is a full rescan. */
  let restartDue = false;
  const restarts: number[] = [];
  /** Folded mode: the nodes whose children or text changed, and the nodes that were removed. */
  let folding = false;
  const targets = new Set<Node>();
  const removed = new Set<Node>();

  function fold(list: MutationRecord[]): void {
    for (const r of list) {
      targets.add(r.target);
      for (const node of r.removedNodes) removed.add(node);
    }
  }

  function mayRestart(now: number): boolean {
    while (restarts.length > 0 && now - (restarts[0] ?? 0) > RESTART_WINDOW_MS) restarts.shift();
    if (restarts.length >= MAX_RESTARTS) return false;
    restarts.push(now);
    return true;
  }

  return {
    /** From the MutationObserver. */
    add(list: MutationRecord[]): void {
      if (restartDue) return;
      if (folding) fold(list);
      else if (records.length + list.length <= maxQueued) for (const r of list) records.push(r);
      else if (mayRestart(performance.now())) {
        restartDue = true;
        records = [];
      } else {
        folding = true;
        fold(records);
        fold(list);
        records = [];
      }
    },
    pending(): boolean {
      return restartDue || folding || records.length > 0;
    },
    /** Everything queued since the last take, oldest first. */
    take(): {
      restart: boolean;
      folded: { targets: Node[]; removed: Node[] } | null;
      records: MutationRecord[];
    } {
      const restart = restartDue;
      const folded = folding ? { targets: [...targets], removed: [...removed] } : null;
      const list = records;
      restartDue = false;
      folding = false;
      targets.clear();
      removed.clear();
      records = [];
      return { restart, folded, records: restart ? [] : list };
    },
  };
}
