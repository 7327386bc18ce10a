/** A recording stand-in for the browser side of the panels (clipboard, tabs, window.close). */
import type { PanelActions } from '../../../components/actions.ts';

export interface RecordedActions extends PanelActions {
  copied: string[];
  opened: string[];
  /** Resource ids whose handout was asked for */
  handouts: string[];
  closed: number;
}

export function recordingActions({ failCopy = false } = {}): RecordedActions {
  const rec: RecordedActions = {
    copied: [],
    opened: [],
    handouts: [],
    closed: 0,
    copy(text) {
      if (failCopy) return Promise.reject(new Error('denied'));
      rec.copied.push(text);
      return Promise.resolve();
    },
    openUrl(url) {
      rec.opened.push(url);
    },
    close() {
      rec.closed += 1;
    },
    openHandout(id) {
      rec.handouts.push(id);
    },
  };
  return rec;
}
