// The connection's state must agree with its lifecycle events: `open` (and `connected`)
import { expect } from '@open-wc/testing';
// exactly between `streamspace-open` and the next `streamspace-close`, and every
// `streamspace-state` event names the state the connection is in when it fires.
import { LIFECYCLE_EVENTS } from '../../src/connection/events.js';
import type { ConnectionState } from '../../src/connection/events.js';

interface Observed {
  readonly state: ConnectionState;
  readonly connected: boolean;
  addEventListener(type: string, listener: (event: Event) => void): void;
}

/** Listens to every lifecycle event of `target` and pushes a line to `violations` for each contradiction. */
export function watchStateInvariants(target: Observed, violations: string[]): void {
  let open = false;
  const check = (type: string, ok: boolean, what: string) => {
    if (!ok) violations.push(`${type}: ${what} (state ${target.state}, connected ${target.connected})`);
  };
  for (const type of LIFECYCLE_EVENTS) {
    target.addEventListener(type, (event) => {
      const detail = (event as CustomEvent).detail;
      if (type === 'streamspace-open') open = true;
      if (type === 'streamspace-close') {
        check(type, target.state !== 'open' && !target.connected, 'still open after a close');
        open = false;
      }
      if (type === 'streamspace-state') check(type, detail.state === target.state, `event says ${detail.state}`);
      check(type, (target.state === 'open') === target.connected, '`connected` disagrees with `state`');
      if (type !== 'streamspace-state' || detail.state !== 'open') {
        check(type, !target.connected || open, 'open outside streamspace-open … streamspace-close');
      }
    });
  }
}

/**
 * The connection suites' shared bookkeeping: call it inside a `describe`; wrap each connection a
 * test creates with the returned function. After each test the connection is disconnected and
 * the test fails if its state ever contradicted its lifecycle events.
 */
export function connectionUnderTest(): <C extends Observed & { disconnect(): void }>(connection: C) => C {
  let current: { disconnect(): void } | undefined;
  let violations: string[] = [];
  afterEach(() => {
    current?.disconnect();
    current = undefined;
    const seen = violations;
    violations = [];
    expect(seen, 'state inconsistent with the lifecycle events').to.deep.equal([]);
  });
  return (connection) => {
    current = connection;
    watchStateInvariants(connection, violations);
    return connection;
  };
}
