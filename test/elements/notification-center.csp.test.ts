import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { alert, mount, open, panel, parts, type Mounted } from './notification-center.helpers.js';

// Runs in the `csp` group (test/runner/csp-group.mjs): the page enforces a strict
// Content-Security-Policy with Trusted Types. In the default group only the markup check runs.
const enforced = () => document.querySelector('meta[http-equiv="Content-Security-Policy"]') !== null;

describe('<streamspace-notification-center> under a strict CSP', () => {
  const violations: string[] = [];
  const onViolation = (event: SecurityPolicyViolationEvent) =>
    violations.push(`${event.effectiveDirective}: ${event.sample || event.blockedURI}`);
  let mounted: Mounted | undefined;
  before(() => document.addEventListener('securitypolicyviolation', onViolation));
  after(() => document.removeEventListener('securitypolicyviolation', onViolation));
  afterEach(() => mounted?.endpoint.stop());

  it('renders no inline style attribute, and works with inline styles, eval and HTML sinks refused', async () => {
    violations.length = 0;
    mounted = await mount();
    const { center, send } = mounted;
    await send([alert('<i style="color:red">x</i>', 'critical', 90), alert('second', 'low', 30)]);
    await open(center);
    expect(center.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
    expect(parts(center, 'entry')).to.have.length(2);
    expect(getComputedStyle(panel(center)).display, 'adopted styles apply').to.equal('flex');
    expect(parts(center, 'message')[1].textContent).to.equal('<i style="color:red">x</i>');
    // Every interaction that re-renders: filters, read, delete, show more, close.
    parts<HTMLButtonElement>(center, 'filter')[1].click();
    parts<HTMLButtonElement>(center, 'entry-button')[0].click();
    await waitUntil(() => center.unreadCount === 1);
    await open(center);
    parts<HTMLButtonElement>(center, 'delete-button')[0].click();
    await waitUntil(() => center.entries.length === 1);
    center.hide();
    await aTimeout(50);
    if (enforced()) expect(violations).to.deep.equal([]);
  });

  it('the policy really is in force in this group', async function () {
    if (!enforced()) this.skip();
    const probe = document.createElement('div');
    expect(() => {
      probe.innerHTML = '<b>x</b>';
    }).to.throw(TypeError);
  });
});
