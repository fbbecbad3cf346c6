/**
 * `streamspace-enterprise-ws/connection`: the protocol and `StreamSpaceConnection`, for code
 * that wants the events and draws its own UI. No Lit, no element, no `customElements.define`,
 * no side effect on import.
 */
export * from './protocol/index.js';
export * from './connection/index.js';
