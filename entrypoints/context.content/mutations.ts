/**
 * Follows the queued mutations: drops what left the page, and marks the chunks whose region
 * gained, lost or changed text so the scanner reads them again. Past the restart budget
 * (overflow.ts) only which nodes changed is known, and the chunks around them are marked.
 */
import {
  createTreeWalkerOf,
  hasAttr,
  isConnectedOf,
  nameOf,
  nodeTypeOf,
  ownerDocumentOf,
  parentElementOf,
  parentNodeOf,
  queryAll,
} from './dom.ts';
import type { createOverflow } from './overflow.ts';
import { asElement, type Chunk, isTextField } from './reader.ts';
import type { Field, ScanState } from './scan-state.ts';

export function createMutationFollower(
  state: ScanState,
  queue: ReturnType<typeof createOverflow>,
  restart: () => void,
) {
  const { regions, tally } = state;

  /** Mutations are followed once no walk is under way, so regions never change under a walk. */
  function takeRecords(): void {
    const { restart: again, folded, records: list } = queue.take();
    if (again) {
      restart();
      return;
    }
    if (folded) followFolded(folded.targets, folded.removed);
    // First every start that left the page, so the lookups below see the regions as they are now.
    for (const r of list) {
      if (r.type === 'characterData') continue;
      regions.moved();
      for (const node of r.removedNodes) dropRemoved(node);
    }
    for (const r of list) {
      if (r.type === 'characterData') {
        if (isConnectedOf(r.target) && !insideSkipped(r.target)) mark(regions.at(r.target));
        continue;
      }
      if (r.removedNodes.length > 0 && isConnectedOf(r.target)) {
        const next = r.nextSibling;
        mark(next && parentNodeOf(next) === r.target ? regions.before(next) : regions.endOf(r.target));
      }
      for (const node of r.addedNodes) {
        if (isConnectedOf(node) && !insideSkipped(node)) mark(regions.at(node));
      }
    }
  }

  /**
   * Past the restart budget: only which nodes changed is known, not where. Text added to or
   * removed from `target` belonged to the region holding `target`, or to one starting inside it.
   */
  function followFolded(targets: Node[], removed: Node[]): void {
    regions.moved();
    for (const node of removed) dropRemoved(node);
    for (const target of targets) {
      if (!isConnectedOf(target) || insideSkipped(target)) continue;
      mark(regions.at(target));
      const doc = ownerDocumentOf(target);
      if (doc === null || nodeTypeOf(target) !== 1) continue;
      const walker = createTreeWalkerOf(doc, target, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode())
        if (regions.isStart(n)) mark(regions.at(n));
    }
  }

  function mark(chunk: Chunk | undefined): void {
    if (chunk) state.dirtyChunks.add(chunk);
  }

  function dropChunkAt(node: Node): void {
    const chunk = regions.drop(node);
    if (chunk === undefined) return;
    tally.delete(chunk);
    state.changed = true;
  }

  function dropRemoved(node: Node): void {
    dropChunkAt(node);
    const el = asElement(node);
    if (el === null) return;
    if (isTextField(el)) dropField(el);
    const doc = ownerDocumentOf(node);
    if (!doc) return;
    const walker = createTreeWalkerOf(doc, node, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) dropChunkAt(n);
    for (const field of queryAll(el, 'textarea,input')) dropField(field as Field);
  }

  function dropField(el: Field): void {
    tally.delete(el);
    state.fieldValues.delete(el);
    state.changed = true;
  }

  return { takeRecords };
}

function insideSkipped(node: Node): boolean {
  for (let p = parentElementOf(node); p !== null; p = parentElementOf(p)) {
    const name = nameOf(p);
    if (
      name === 'script' ||
      name === 'style' ||
      name === 'template' ||
      name === 'textarea' ||
      hasAttr(p, 'hidden')
    )
      return true;
  }
  return false;
}
