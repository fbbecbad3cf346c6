/** A place in a `SeqQueue`; pass it back to `remove()`. */
export interface SeqSlot<T> {
  readonly value: T;
  removed: boolean;
}

/**
 * A FIFO ordered by `seq`, with O(1) removal of any item through its slot.
 *
 * Appending the newest item and taking the oldest are amortised O(1): removed
 * slots are skipped lazily and compacted once they outnumber the live ones, so a
 * burst that adds and drops thousands of items never does work per item that
 * grows with the backlog. Inserting an older item (a toast moved back from the
 * visible set) is a binary search plus a splice.
 */
export class SeqQueue<T extends { readonly seq: number }> {
  private _slots: SeqSlot<T>[] = [];
  private _head = 0;
  private _size = 0;

  get size(): number {
    return this._size;
  }

  /** Inserts `value` in `seq` order and returns its slot. */
  insert(value: T): SeqSlot<T> {
    const slot: SeqSlot<T> = { value, removed: false };
    const slots = this._slots;
    const last = slots[slots.length - 1];
    if (last === undefined || value.seq > last.value.seq) {
      slots.push(slot);
    } else {
      let lo = this._head;
      let hi = slots.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (slots[mid].value.seq < value.seq) lo = mid + 1;
        else hi = mid;
      }
      slots.splice(lo, 0, slot);
    }
    this._size++;
    return slot;
  }

  remove(slot: SeqSlot<T>): void {
    if (slot.removed) return;
    slot.removed = true;
    this._size--;
    this._skipRemoved();
    // Slots skipped at the front and removed ones in the middle are both garbage.
    const garbage = this._slots.length - this._size;
    if (garbage > 32 && garbage > this._size) this._compact();
  }

  /** The oldest item, or undefined when empty. */
  peek(): T | undefined {
    return this._size === 0 ? undefined : this._slots[this._head].value;
  }

  /** Live items, oldest first. */
  *values(): IterableIterator<T> {
    for (let i = this._head; i < this._slots.length; i++) {
      const slot = this._slots[i];
      if (!slot.removed) yield slot.value;
    }
  }

  clear(): void {
    for (let i = this._head; i < this._slots.length; i++) this._slots[i].removed = true;
    this._slots = [];
    this._head = 0;
    this._size = 0;
  }

  private _skipRemoved(): void {
    const slots = this._slots;
    while (this._head < slots.length && slots[this._head].removed) this._head++;
    if (this._head === slots.length) {
      this._slots = [];
      this._head = 0;
    }
  }

  private _compact(): void {
    this._slots = this._slots.filter((slot, i) => i >= this._head && !slot.removed);
    this._head = 0;
  }
}
