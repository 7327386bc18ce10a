// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { type Chunk, newChunk } from '../../../entrypoints/context.content/reader.ts';
import { createRegions } from '../../../entrypoints/context.content/regions.ts';

function para(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.append(text);
  return p;
}

describe('regions: the chunk that owns a node', () => {
  afterEach(() => document.body.replaceChildren());

  function setup() {
    const [a, b, c] = [para('a'), para('b'), para('c')];
    document.body.replaceChildren(a, b, c);
    const regions = createRegions();
    const head = newChunk(document, document);
    const second: Chunk = newChunk(b, document);
    regions.register(head);
    regions.register(second);
    return { a, b, c, head, second, regions };
  }

  it('finds the nearest start at or before a node', () => {
    const { a, b, c, head, second, regions } = setup();
    expect(regions.at(a.firstChild as Node)).toBe(head);
    expect(regions.at(b)).toBe(second);
    expect(regions.at(b.firstChild as Node)).toBe(second);
    expect(regions.at(c.firstChild as Node)).toBe(second);
    expect(regions.before(b)).toBe(head);
    expect(regions.endOf(a)).toBe(head);
    expect(regions.endOf(document.body)).toBe(second);
  });

  it('gives a dropped start’s region to the chunk before it', () => {
    const { b, c, head, second, regions } = setup();
    expect(regions.at(c.firstChild as Node)).toBe(second);
    b.remove();
    expect(regions.drop(b)).toBe(second);
    expect(second.dead).toBe(true);
    expect(regions.at(c.firstChild as Node)).toBe(head);
    expect(regions.drop(b)).toBeUndefined();
  });

  it('forgets a cached lookup when regions change', () => {
    const { a, c, head, second, regions } = setup();
    const text = c.firstChild as Node;
    expect(regions.at(text)).toBe(second);
    a.after(c);
    regions.moved();
    expect(regions.at(text)).toBe(head);
  });

  it('finds nothing for a detached node', () => {
    const { regions } = setup();
    const loose = document.createElement('p');
    expect(regions.at(loose)).toBeUndefined();
  });
});
