// Checks custom-elements.json (as the analyzer makes it from this checkout, see
// manifest-plugin.mjs) against the real elements: attributes, properties, methods,
// events and CSS parts must agree both ways, and everything public is described.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ClassDeclaration, ClassMember, CustomElement, Package } from 'custom-elements-manifest/schema';
import {
  KNOWN_MESSAGE_TYPES,
  LIFECYCLE_EVENTS,
  StreamSpaceConnectionStatus,
  StreamSpaceEnterpriseWs,
  StreamSpaceToastStack,
} from '../../src/index.js';
import { startMockEndpoint } from '../helpers/mock-server.js';

type CustomElementDeclaration = ClassDeclaration & CustomElement;

const MANIFEST_PATH = '/__manifest__/custom-elements.json';

let manifest: Package;
before(async () => {
  const response = await fetch(MANIFEST_PATH);
  expect(response.ok, `GET ${MANIFEST_PATH}`).to.equal(true);
  manifest = await response.json();
});

function declarationOf(tag: string): CustomElementDeclaration {
  const found = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((d) => (d as CustomElementDeclaration).tagName === tag) as CustomElementDeclaration | undefined;
  expect(found, `no declaration with tagName "${tag}" (add @tag to the class JSDoc)`).to.not.equal(undefined);
  return found!;
}

const names = (items: { name: string }[] | undefined) => (items ?? []).map((i) => i.name).sort();
const isPublic = (m: ClassMember) => !m.privacy && !m.name.startsWith('#') && !m.static;
const undescribed = (items: { name: string; description?: string }[] | undefined) =>
  (items ?? []).filter((i) => !i.description?.trim()).map((i) => i.name);

/** Part names an element's shadow root exposes: `part` tokens plus `exportparts` names. */
function exposedParts(element: Element): string[] {
  const root = element.shadowRoot!;
  const parts = [...root.querySelectorAll('[part]')].flatMap((n) => n.getAttribute('part')!.split(/\s+/));
  const exported = [...root.querySelectorAll('[exportparts]')].flatMap((n) =>
    n.getAttribute('exportparts')!.split(',').map((p) => p.split(':').pop()!.trim()),
  );
  return [...new Set([...parts, ...exported].filter(Boolean))].sort();
}

/** Records the type of every event the element itself dispatches. */
function recordDispatches(element: Element): Set<string> {
  const fired = new Set<string>();
  const dispatch = element.dispatchEvent.bind(element);
  element.dispatchEvent = (event: Event) => {
    fired.add(event.type);
    return dispatch(event);
  };
  return fired;
}

const CONTRACT = {
  'streamspace-enterprise-ws': {
    ctor: StreamSpaceEnterpriseWs,
    methods: ['connect', 'disconnect', 'reconnect', 'send'],
    events: [...LIFECYCLE_EVENTS, ...KNOWN_MESSAGE_TYPES, 'streamspace-message'],
  },
  'streamspace-toast-stack': {
    ctor: StreamSpaceToastStack,
    methods: ['show', 'updateToast', 'dismiss', 'dismissAll'],
    events: ['streamspace-toast-show', 'streamspace-toast-dismiss', 'streamspace-toast-action'],
  },
  'streamspace-connection-status': {
    ctor: StreamSpaceConnectionStatus,
    methods: [],
    events: [],
  },
} as const;

for (const [tag, contract] of Object.entries(CONTRACT)) {
  describe(`custom-elements.json: <${tag}>`, () => {
    it('declares the tag for the class the page registers', () => {
      expect(declarationOf(tag).name).to.equal(contract.ctor.name);
      expect(customElements.get(tag)).to.equal(contract.ctor);
    });

    it('lists exactly the attributes the element observes, each mapped to a property', () => {
      const declaration = declarationOf(tag);
      expect(names(declaration.attributes)).to.deep.equal([...contract.ctor.observedAttributes].sort());
      const element = document.createElement(tag);
      for (const attribute of declaration.attributes ?? []) {
        expect(attribute.fieldName, `attribute ${attribute.name}`).to.be.a('string');
        expect(attribute.fieldName! in element, `property ${attribute.fieldName}`).to.equal(true);
      }
    });

    it('lists the contract\'s methods, and every listed public method exists', () => {
      const methods = (declarationOf(tag).members ?? []).filter((m) => m.kind === 'method' && isPublic(m));
      expect(names(methods)).to.include.members([...contract.methods]);
      for (const method of methods) {
        expect(typeof (contract.ctor.prototype as unknown as Record<string, unknown>)[method.name], method.name).to.equal('function');
      }
    });

    it('lists exactly the events the element can fire', () => {
      expect(names(declarationOf(tag).events)).to.deep.equal([...new Set(contract.events)].sort());
    });

    it('describes every attribute, event, public method, CSS part and custom property', () => {
      const declaration = declarationOf(tag);
      const methods = (declaration.members ?? []).filter((m) => m.kind === 'method' && isPublic(m));
      expect({
        attributes: undescribed(declaration.attributes),
        events: undescribed(declaration.events),
        methods: undescribed(methods),
        cssParts: undescribed(declaration.cssParts),
        cssProperties: undescribed(declaration.cssProperties),
      }).to.deep.equal({ attributes: [], events: [], methods: [], cssParts: [], cssProperties: [] });
    });
  });
}

describe('custom-elements.json against running elements', () => {
  it('<streamspace-enterprise-ws>: every event fired in a session, and every part it exposes, is listed', async () => {
    const endpoint = startMockEndpoint();
    try {
      const element = await fixture<StreamSpaceEnterpriseWs>(
        html`<streamspace-enterprise-ws manual .url=${endpoint.url} .token=${'t'} reconnect-interval="1"></streamspace-enterprise-ws>`,
      );
      const fired = recordDispatches(element);
      endpoint.server.on('connection', (socket) => {
        const at = new Date().toISOString();
        const messages = KNOWN_MESSAGE_TYPES.map((type) => JSON.stringify({ type, timestamp: at, data: {} }));
        socket.send([...messages, '{"type":"click","data":{}}'].join('\n'));
      });
      element.connect();
      await waitUntil(() => fired.has('streamspace-invalid-message') && fired.has('security.alert'), 'no messages');
      endpoint.server.clients()[0].close({ code: 1011, reason: 'restart', wasClean: false });
      await waitUntil(() => fired.has('streamspace-reconnecting'), 'no retry scheduled');
      element.disconnect();

      const declaration = declarationOf('streamspace-enterprise-ws');
      expect([...fired].filter((type) => !names(declaration.events).includes(type))).to.deep.equal([]);
      expect(fired).to.include.keys('streamspace-open', 'streamspace-message', 'streamspace-close', 'streamspace-state');
      await element.updateComplete;
      expect(exposedParts(element).filter((part) => !names(declaration.cssParts).includes(part))).to.deep.equal([]);
    } finally {
      endpoint.stop();
    }
  });

  it('<streamspace-toast-stack>: every event and part of a busy stack is listed, and each listed event fires', async () => {
    const stack = await fixture<StreamSpaceToastStack>(
      html`<streamspace-toast-stack max-visible="2" duration="0"></streamspace-toast-stack>`,
    );
    const fired = recordDispatches(stack);
    const withAction = stack.show({ title: 'Retry?', message: 'Delivery failed', severity: 'error', action: { label: 'Retry' } });
    stack.show({ title: 'Saved', message: 'Saved', severity: 'success' });
    stack.show({ title: 'Saved', message: 'Saved', severity: 'success' }); // ×2
    stack.show({ message: 'Heads up', severity: 'warning' });
    stack.show({ message: 'FYI', severity: 'info' });
    await stack.updateComplete;
    const partsWhileBusy = exposedParts(stack);
    const actionButton = [...stack.shadowRoot!.querySelectorAll('[part~="action-button"]')][0] as HTMLButtonElement;
    expect(actionButton, 'the action toast is visible').to.not.equal(undefined);
    actionButton.click();
    stack.dismissAll();
    await stack.updateComplete;

    const declaration = declarationOf('streamspace-toast-stack');
    expect(withAction).to.be.a('string');
    expect([...fired].sort()).to.deep.equal(names(declaration.events));
    expect(partsWhileBusy.filter((part) => !names(declaration.cssParts).includes(part))).to.deep.equal([]);
  });
});
