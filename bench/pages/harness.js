// Shared by every bench page: counts messages at `document`, records timing,
// long tasks and DOM size, and exposes it all as `window.bench` for the driver.

const counter = { count: 0, target: Infinity, first: 0, last: 0, done: null };

/** The one handler every page uses: one `streamspace-message` per message, at document. */
document.addEventListener('streamspace-message', (event) => {
  // The server's welcome message is not part of a measured run.
  if (event.detail.type === 'connection') return;
  const now = performance.now();
  if (counter.count === 0) counter.first = now;
  counter.last = now;
  if (++counter.count === counter.target) counter.done?.();
});

const longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });

// Long animation frames name the scripts behind a long task (Long Tasks only give a duration).
const longFrames = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    longFrames.push({
      start: entry.startTime,
      duration: entry.duration,
      scripts: entry.scripts.map((script) => ({
        invoker: script.invoker,
        source: `${script.sourceFunctionName || '(anonymous)'} ${script.sourceURL.split('/').pop()}:${script.sourceCharPosition}`,
        duration: Math.round(script.duration),
      })),
      renderMs: Math.round(entry.startTime + entry.duration - entry.renderStart),
    });
  }
}).observe({ type: 'long-animation-frame', buffered: true });

/** Every node of the page, shadow trees included. */
function countNodes(root) {
  let total = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let node = walker.currentNode; node; node = walker.nextNode()) {
    total++;
    if (node.shadowRoot) total += countNodes(node.shadowRoot);
  }
  return total;
}

function deepQueryAll(root, selector, found = []) {
  for (const element of root.querySelectorAll('*')) {
    if (element.matches(selector)) found.push(element);
    if (element.shadowRoot) deepQueryAll(element.shadowRoot, selector, found);
  }
  return found;
}

/** Toast nodes rendered by every toast stack on the page. */
function countToasts() {
  let total = 0;
  for (const stack of deepQueryAll(document, 'streamspace-toast-stack')) {
    // Message toasts: the connection's notice has its own place beside them (DESIGN.md).
    total += stack.shadowRoot ? stack.shadowRoot.querySelectorAll('[part~="toast"]:not([part~="notice"])').length : 0;
  }
  return total;
}

let sampling = null;
const typeCounts = new Map();

// Opt-in (the tabs scenario): bench messages carry strictly increasing timestamps, so a
// message that is not later than the one before it came twice or out of order.
const order = { last: '', disorder: 0 };
function checkOrder(event) {
  const { type, timestamp } = event.detail;
  if (type === 'connection') return;
  if (timestamp <= order.last) order.disorder++;
  order.last = timestamp;
}

export const bench = {
  /** Starts a run of `target` messages; `result()` resolves when all arrived or progress stalls. */
  expect(target) {
    Object.assign(counter, { count: 0, target, first: 0, last: 0 });
    this.pending = new Promise((resolve) => (counter.done = resolve));
  },
  async result(stallMs = 10000) {
    for (;;) {
      const before = counter.count;
      let timer;
      const finished = await Promise.race([
        this.pending.then(() => true),
        new Promise((resolve) => (timer = setTimeout(() => resolve(false), stallMs))),
      ]);
      // A pending timer would keep its closure alive and show up in the lifecycle's heap.
      clearTimeout(timer);
      if (finished || counter.count === before) break;
    }
    return { count: counter.count, elapsed: counter.last - counter.first };
  },
  /** `connect` (set by each page) with a deadline, so a page that never opens fails the run instead of hanging it. */
  open(url, token, options, timeoutMs = 10000) {
    let timer;
    const deadline = new Promise((_, reject) => {
      timer = setTimeout(() => {
        const state = this.describe?.();
        reject(new Error(`no open connection after ${timeoutMs} ms${state ? ` (${state})` : ''}`));
      }, timeoutMs);
    });
    return Promise.race([this.connect(url, token, options), deadline]).finally(() => clearTimeout(timer));
  },
  now: () => performance.now(),
  longTasksSince(start) {
    return longTasks.filter((task) => task.start >= start).map((task) => task.duration);
  },
  /** Long animation frames since `start` over `minMs`, with the scripts that ran in them. */
  longFramesSince(start, minMs = 50) {
    return longFrames.filter((frame) => frame.start >= start && frame.duration > minMs);
  },
  nodeCount: () => countNodes(document),
  toastCount: countToasts,
  /** `max-visible` of the first toast stack on the page (DESIGN.md default 3). */
  maxVisible() {
    const stack = deepQueryAll(document, 'streamspace-toast-stack')[0];
    return Number(stack?.maxVisible ?? stack?.getAttribute('max-visible') ?? 3);
  },
  /** From now on, counts messages that arrive twice or out of order (see `disorder`). */
  trackOrder() {
    Object.assign(order, { last: '', disorder: 0 });
    document.removeEventListener('streamspace-message', checkOrder);
    document.addEventListener('streamspace-message', checkOrder);
  },
  disorder: () => order.disorder,
  /** Counts events of one message type at document, as a page author's listener would. */
  countType(type) {
    typeCounts.set(type, 0);
    document.addEventListener(type, () => typeCounts.set(type, typeCounts.get(type) + 1));
  },
  typeCount: (type) => typeCounts.get(type) ?? 0,
  /** Samples toast and node counts every frame, keeping the maxima. */
  startSampling() {
    sampling = { maxToasts: countToasts(), maxNodes: countNodes(document), frame: 0 };
    const tick = () => {
      if (!sampling) return;
      sampling.maxToasts = Math.max(sampling.maxToasts, countToasts());
      sampling.maxNodes = Math.max(sampling.maxNodes, countNodes(document));
      sampling.frame = requestAnimationFrame(tick);
    };
    sampling.frame = requestAnimationFrame(tick);
  },
  stopSampling() {
    const result = { maxToasts: sampling.maxToasts, maxNodes: sampling.maxNodes };
    cancelAnimationFrame(sampling.frame);
    sampling = null;
    return result;
  },
  /** Used JS heap after full collections (needs --js-flags=--expose-gc). */
  async heapAfterGc() {
    for (let i = 0; i < 4; i++) {
      globalThis.gc();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return performance.memory.usedJSHeapSize;
  },
};

/** Each page sets `bench.connect(url, token, options)` (resolves once open) and `bench.disconnect()`. */
window.bench = bench;
