import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { StreamSpaceConnectionStatus } from '../../src/elements/connection-status/connection-status.js';
import { FakeConnectionElement, pill } from './connection-status.helpers.js';

// Runs in the `csp` group (test/runner/csp-group.mjs); in the default group the policy
// checks are skipped and only the markup check runs.
const enforced = () => document.querySelector('meta[http-equiv="Content-Security-Policy"]') !== null;

describe('<streamspace-connection-status> under a strict CSP', () => {
  const violations: string[] = [];
  const onViolation = (event: SecurityPolicyViolationEvent) =>
    violations.push(`${event.effectiveDirective}: ${event.sample || event.blockedURI}`);
  before(() => document.addEventListener('securitypolicyviolation', onViolation));
  after(() => document.removeEventListener('securitypolicyviolation', onViolation));

  const mount = async () => {
    const container = await fixture<HTMLDivElement>(html`<div>
      <fake-connection-element id="conn"></fake-connection-element>
      <streamspace-connection-status for="conn"></streamspace-connection-status>
      <streamspace-connection-status for="conn" compact theme="dark"></streamspace-connection-status>
    </div>`);
    const [el, compact] = container.querySelectorAll('streamspace-connection-status');
    await Promise.all([el.updateComplete, compact.updateComplete]);
    return { fake: container.querySelector<FakeConnectionElement>('fake-connection-element')!, el, compact };
  };

  it('renders no inline style attribute in any state', async () => {
    const { fake, el, compact } = await mount();
    for (const state of ['open', 'connecting', 'reconnecting', 'unauthenticated', 'failed', 'closed']) {
      fake.set(state, state === 'reconnecting' ? { attempt: 2, inMs: 5000 } : undefined);
      await Promise.all([el.updateComplete, compact.updateComplete]);
      for (const node of [el, compact]) expect(node.shadowRoot!.querySelectorAll('[style]'), state).to.have.length(0);
    }
  });

  it('styles itself and counts down with inline styles, eval and HTML sinks blocked', async function () {
    if (!enforced()) this.skip();
    const { fake, el, compact } = await mount();
    fake.set('reconnecting', { attempt: 2, inMs: 2500 });
    await el.updateComplete;
    const dot = (node: StreamSpaceConnectionStatus) => getComputedStyle(pill(node).dot);
    expect(dot(el).borderRadius, 'adopted styles apply').to.equal('50%');
    expect(dot(compact).animationName).to.equal('pulse');
    const first = pill(el).label;
    await waitUntil(() => pill(el).label !== first, 'the countdown does not tick', { timeout: 3000 });
    expect(pill(compact).dot.title).to.match(/^Reconnecting in [12] s \(attempt 2 of 10\)$/);
    await aTimeout(50); // violation events are queued
    expect(violations).to.deep.equal([]);
  });
});
