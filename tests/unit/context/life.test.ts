// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReaderLife, watchLocation } from '../../../entrypoints/context.content/life.ts';

describe("the page reader's own lifetime", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('ignores the WXT script-started event a page can forge', () => {
    const life = createReaderLife();
    const name = 'mdjibgnbdoplhmpnofakfmcehfeeegej:context:wxt:content-script-started';
    document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'context' } }));
    window.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'context' } }));
    expect(life.isInvalid).toBe(false);
    expect(life.signal.aborted).toBe(false);
  });

  it('clears its timers and listeners when aborted, and runs end callbacks once', () => {
    const life = createReaderLife();
    const ticks = vi.fn();
    const once = vi.fn();
    const clicks = vi.fn();
    const ended = vi.fn();
    life.setInterval(ticks, 100);
    life.setTimeout(once, 250);
    life.addEventListener(document, 'click', clicks);
    life.onInvalidated(ended);
    vi.advanceTimersByTime(200);
    document.dispatchEvent(new Event('click'));
    expect(ticks).toHaveBeenCalledTimes(2);
    expect(clicks).toHaveBeenCalledTimes(1);
    life.abort();
    life.abort();
    vi.advanceTimersByTime(1_000);
    document.dispatchEvent(new Event('click'));
    expect(ticks).toHaveBeenCalledTimes(2);
    expect(once).not.toHaveBeenCalled();
    expect(clicks).toHaveBeenCalledTimes(1);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(life.isInvalid).toBe(true);
  });

  it('starts nothing after it ended, and tells a late end callback at once', () => {
    const life = createReaderLife();
    life.abort();
    const late = vi.fn();
    expect(life.setTimeout(late, 10)).toBeUndefined();
    expect(life.setInterval(late, 10)).toBeUndefined();
    vi.advanceTimersByTime(100);
    expect(late).not.toHaveBeenCalled();
    life.onInvalidated(late);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('notices an SPA navigation by polling the address, and stops polling when ended', () => {
    const life = createReaderLife();
    const changed = vi.fn();
    watchLocation(life, changed);
    vi.advanceTimersByTime(2_500);
    expect(changed).not.toHaveBeenCalled();
    history.pushState(null, '', '/journal/2');
    vi.advanceTimersByTime(1_000);
    expect(changed).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(3_000);
    expect(changed).toHaveBeenCalledTimes(1);
    life.abort();
    history.pushState(null, '', '/journal/3');
    vi.advanceTimersByTime(3_000);
    expect(changed).toHaveBeenCalledTimes(1);
  });
});
