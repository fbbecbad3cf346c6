// ./react rendered by react-dom/server in Node (no DOM), React 18 and 19: importing it never
// throws and never reads `window`, the provider and the components render their tags, hooks
// render their idle values, and no prop reaches the HTML as an attribute (the token least).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Rendered {
  version: string;
  html: string;
  bare: string;
}

const IDLE = '<p class="status">Disconnected 0 true idle null 0 0</p>';

for (const version of [18, 19] as const) {
  describe(`server rendering with react-dom/server, React ${version}`, function () {
    this.timeout(60_000);
    let rendered: Rendered;

    before(async () => {
      rendered = await executeServerCommand<Rendered, { version: number }>('streamspace-react-ssr', { version });
    });

    it('runs that React version', () => {
      expect(rendered.version.split('.')[0]).to.equal(String(version));
    });

    it('renders the provider as the element around the components and the hooks', () => {
      expect(rendered.html).to.equal(
        '<streamspace-enterprise-ws>' +
          '<streamspace-toast-stack id="toasts"></streamspace-toast-stack>' +
          '<streamspace-notification-center class="bell"></streamspace-notification-center>' +
          '<streamspace-connection-status aria-label="Connection"></streamspace-connection-status>' +
          IDLE +
          '</streamspace-enterprise-ws>',
      );
    });

    it('keeps the token and the other properties out of the HTML', () => {
      expect(rendered.html).not.to.contain('server.secret.token');
      expect(rendered.html).not.to.contain('streamspace.example');
    });

    it('renders hooks outside a provider with their idle values', () => {
      expect(rendered.bare).to.equal(IDLE);
    });
  });
}
