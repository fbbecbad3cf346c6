// Placeholder until the StreamSpace-like endpoint module lands (demo/server/endpoint.ts):
// a web-test-runner plugin that exposes it to browser tests via executeServerCommand.
export function endpointCommandsPlugin() {
  return { name: 'streamspace-endpoint-commands' };
}
