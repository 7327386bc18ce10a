/**
 * What the panels can ask the browser to do. Passed in, so the same components work in the
 * popup, the side panel and the tests.
 */
export interface PanelActions {
  /** Copies text to the clipboard; rejects when the browser refuses. */
  copy(text: string): Promise<void>;
  /** Opens an http(s) address in a new tab. */
  openUrl(url: string): void;
  /** Closes the surface (the popup); may do nothing where closing makes no sense. */
  close(): void;
  /** Opens the patient's handout for a resource in a new tab; absent where there is none. */
  openHandout?(resourceId: string): void;
}
