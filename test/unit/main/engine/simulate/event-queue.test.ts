import { describe, expect, it } from 'vitest';
import { EventQueue } from '../../../../../main/engine/simulate/event-queue';

describe('EventQueue', () => {
  it('gives events back earliest first, equal times in the order they came', () => {
    const queue = new EventQueue<{ t: number; name: string }>();
    for (const [t, name] of [[5, 'e'], [1, 'a'], [3, 'c1'], [3, 'c2'], [0, 'start'], [9, 'z'], [3, 'c3']] as const) queue.push({ t, name });
    const out: string[] = [];
    for (let e = queue.pop(); e; e = queue.pop()) out.push(e.name);
    expect(out).toEqual(['start', 'a', 'c1', 'c2', 'c3', 'e', 'z']);
    expect(queue.size).toBe(0);
  });

  it('stays ordered when events are added while others are taken', () => {
    const queue = new EventQueue<{ t: number }>();
    const seen: number[] = [];
    queue.push({ t: 10 });
    queue.push({ t: 2 });
    for (let e = queue.pop(); e; e = queue.pop()) {
      seen.push(e.t);
      if (e.t < 8) queue.push({ t: e.t + 3 });
    }
    expect(seen).toEqual([2, 5, 8, 10]);
  });
});
