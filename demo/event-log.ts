import { LIFECYCLE_EVENTS } from '../src/index.js';

const MAX_ENTRIES = 200;
const SUMMARY_LENGTH = 180;
// Batches renders; a timer rather than requestAnimationFrame, which a background tab never runs.
const RENDER_DELAY_MS = 50;

type EntryKind = 'message' | 'lifecycle' | 'invalid';

interface Entry {
  kind: EntryKind;
  type: string;
  summary: string;
  time: string;
}

/**
 * The event log, fed by `document.addEventListener` exactly as a host page would listen.
 * Entries are rendered in batches and capped, so a burst of 1,000 stays cheap; all text
 * goes through `textContent` (server text is never HTML).
 */
export class EventLog {
  #pending: Entry[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly list: HTMLOListElement) {}

  listenTo(target: Document): void {
    target.addEventListener('streamspace-message', (event) => {
      const { type, data } = event.detail;
      this.add('message', type, JSON.stringify(data));
    });
    for (const type of LIFECYCLE_EVENTS) {
      if (type === 'streamspace-state') continue; // the panel shows it; the log keeps transitions below
      target.addEventListener(type, (event) => {
        this.add(type === 'streamspace-invalid-message' ? 'invalid' : 'lifecycle', type, JSON.stringify(event.detail));
      });
    }
    target.addEventListener('streamspace-state', (event) => {
      this.add('lifecycle', 'streamspace-state', `${event.detail.previous} → ${event.detail.state}`);
    });
  }

  add(kind: EntryKind, type: string, summary: string): void {
    const time = new Date().toLocaleTimeString(undefined, { hour12: false });
    this.#pending.push({ kind, type, summary: summary.slice(0, SUMMARY_LENGTH), time });
    if (this.#pending.length > MAX_ENTRIES) this.#pending.shift();
    this.#timer ??= setTimeout(() => this.#render(), RENDER_DELAY_MS);
  }

  clear(): void {
    this.list.replaceChildren();
  }

  #render(): void {
    this.#timer = undefined;
    const entries = this.#pending;
    this.#pending = [];
    const fragment = document.createDocumentFragment();
    for (const entry of entries) fragment.prepend(this.#row(entry));
    this.list.prepend(fragment);
    while (this.list.childElementCount > MAX_ENTRIES) this.list.lastElementChild!.remove();
  }

  #row(entry: Entry): HTMLLIElement {
    const row = document.createElement('li');
    row.dataset.kind = entry.kind;
    row.dataset.type = entry.type;
    const time = Object.assign(document.createElement('span'), { className: 'time', textContent: entry.time });
    const type = Object.assign(document.createElement('span'), { className: 'type', textContent: entry.type });
    row.append(time, type, entry.summary);
    return row;
  }
}
