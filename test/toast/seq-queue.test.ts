import { expect } from '@open-wc/testing';
import { SeqQueue, type SeqSlot } from '../../src/toast/seq-queue.js';

const item = (seq: number) => ({ seq });

describe('SeqQueue', () => {
  it('keeps items in seq order, whatever order they are inserted in', () => {
    const q = new SeqQueue<{ seq: number }>();
    for (const seq of [5, 1, 9, 3, 7]) q.insert(item(seq));
    expect([...q.values()].map((i) => i.seq)).to.deep.equal([1, 3, 5, 7, 9]);
    expect(q.peek()!.seq).to.equal(1);
  });

  it('removes any item through its slot, once', () => {
    const q = new SeqQueue<{ seq: number }>();
    const slots = [1, 2, 3].map((seq) => q.insert(item(seq)));
    q.remove(slots[1]);
    q.remove(slots[1]);
    expect(q.size).to.equal(2);
    q.remove(slots[0]);
    expect(q.peek()!.seq).to.equal(3);
    q.remove(slots[2]);
    expect([q.size, q.peek()]).to.deep.equal([0, undefined]);
  });

  it('does not grow with churn: 10,000 add/remove cycles keep storage near the live size', () => {
    const q = new SeqQueue<{ seq: number }>();
    const live: SeqSlot<{ seq: number }>[] = [];
    for (let seq = 0; seq < 10_000; seq++) {
      live.push(q.insert(item(seq)));
      // Drop from the front and from the middle, as overflow and dismiss do.
      if (live.length > 100) q.remove(live.shift()!);
      if (seq % 7 === 0 && live.length > 50) q.remove(live.splice(25, 1)[0]);
    }
    const storage = (q as unknown as { _slots: unknown[] })._slots.length;
    expect(q.size).to.equal(live.length);
    expect(storage).to.be.at.most(2 * q.size + 33);
    expect([...q.values()].map((i) => i.seq)).to.deep.equal(live.map((s) => s.value.seq));
  });

  it('empties on clear', () => {
    const q = new SeqQueue<{ seq: number }>();
    const slot = q.insert(item(1));
    q.clear();
    expect(q.size).to.equal(0);
    expect(slot.removed).to.equal(true);
    q.insert(item(2));
    expect(q.peek()!.seq).to.equal(2);
  });
});
