import { aTimeout, expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { StreamSpaceToastStack } from '../../src/elements/toast-stack/toast-stack.js';
import { shadow, spoken, toastItems } from './toast-stack.helpers.js';

// Runs in the `csp` group (test/runner/csp-group.mjs); in the default group the
// policy checks are skipped and only the markup check runs.
const enforced = () => document.querySelector('meta[http-equiv="Content-Security-Policy"]') !== null;

describe('<streamspace-toast-stack> under a strict CSP', () => {
  const violations: string[] = [];
  const onViolation = (event: SecurityPolicyViolationEvent) =>
    violations.push(`${event.effectiveDirective}: ${event.sample || event.blockedURI}`);
  before(() => document.addEventListener('securitypolicyviolation', onViolation));
  after(() => document.removeEventListener('securitypolicyviolation', onViolation));

  it('renders no inline style attribute in its markup', async () => {
    const el = await fixture<StreamSpaceToastStack>(html`<streamspace-toast-stack duration="0"></streamspace-toast-stack>`);
    el.show({ title: 'Alert', message: '<i style="color:red">x</i>', severity: 'error', action: { label: 'Retry' } });
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('[style]')).to.have.length(0);
  });

  it('works with inline styles, inline scripts and eval blocked and Trusted Types enforced', async function () {
    if (!enforced()) this.skip();
    // The policy really is in force: an inline style attribute and an HTML sink are refused.
    const probe = document.createElement('div');
    probe.setAttribute('style', 'color: rgb(255, 0, 0)');
    document.body.append(probe);
    expect(() => {
      probe.innerHTML = '<b>x</b>';
    }).to.throw(TypeError);
    await aTimeout(50); // violation events are queued
    expect(getComputedStyle(probe).color).not.to.equal('rgb(255, 0, 0)');
    probe.remove();
    expect(violations.map((v) => v.split(':')[0]).sort()).to.deep.equal(['require-trusted-types-for', 'style-src-attr']);
    violations.length = 0;

    const el = await fixture<StreamSpaceToastStack>(html`<streamspace-toast-stack duration="0"></streamspace-toast-stack>`);
    el.show({ title: 'Node down', message: 'node-7', severity: 'error' });
    el.show({ message: 'Saved', severity: 'success' });
    await el.updateComplete;
    await nextFrame();
    expect(toastItems(el)).to.have.length(2);
    expect(getComputedStyle(toastItems(el)[0]).display, 'adopted styles apply').to.equal('grid');
    // Together, one announcement in one region: assertive, since one of them is an error.
    expect(await spoken(el, 'assertive')).to.equal('2 new notifications, 1 of them an alert');

    // Visiting a modal copies theme values through CSSOM, which the policy allows.
    el.style.setProperty('--streamspace-toast-radius', '2px');
    const dialog = document.createElement('dialog');
    document.body.append(dialog);
    dialog.showModal();
    await waitUntil(() => dialog.querySelector('streamspace-toast-layer') !== null);
    expect(getComputedStyle(toastItems(el)[0]).borderTopLeftRadius).to.equal('2px');
    dialog.close();
    dialog.remove();
    await aTimeout(50);
    expect(violations).to.deep.equal([]);
  });
});
