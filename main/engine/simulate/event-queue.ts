/** Something that happens at a simulated time. */
export interface Timed {
  t: number;
}

/**
 * A binary min-heap of events by time. Events at the same time come out in the order
 * they went in, so a simulation replays the same way every time.
 */
export class EventQueue<T extends Timed> {
  private readonly heap: { event: T; order: number }[] = [];
  private added = 0;

  /** How many events wait. */
  get size(): number {
    return this.heap.length;
  }

  /** Adds an event. */
  push(event: T): void {
    this.heap.push({ event, order: this.added++ });
    let i = this.heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Takes the earliest event out, or undefined when none is left. */
  pop(): T | undefined {
    const top = this.heap[0];
    if (!top) return undefined;
    const last = this.heap.pop()!;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < this.heap.length && this.before(left, smallest)) smallest = left;
        if (right < this.heap.length && this.before(right, smallest)) smallest = right;
        if (smallest === i) break;
        this.swap(i, smallest);
        i = smallest;
      }
    }
    return top.event;
  }

  private before(a: number, b: number): boolean {
    const x = this.heap[a]!;
    const y = this.heap[b]!;
    return x.event.t < y.event.t || (x.event.t === y.event.t && x.order < y.order);
  }

  private swap(a: number, b: number): void {
    [this.heap[a], this.heap[b]] = [this.heap[b]!, this.heap[a]!];
  }
}
