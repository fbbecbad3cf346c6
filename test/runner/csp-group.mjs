// A web-test-runner group whose page enforces a strict Content-Security-Policy and
// Trusted Types: no inline script or style, no eval. web-test-runner injects its own
// runtime right after <head>, before this meta tag, so only that runtime runs inline.
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

export const cspGroup = {
  name: 'csp',
  // Every element's CSP suite: `*.csp.test.ts` anywhere under test/.
  files: 'test/**/*.csp.test.ts',
  testRunnerHtml: (testFramework) => `<!DOCTYPE html>
<html>
  <head><meta http-equiv="Content-Security-Policy" content="${POLICY}"></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
};
