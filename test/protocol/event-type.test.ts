import { expect } from '@open-wc/testing';
import { isSafeEventType, KNOWN_MESSAGE_TYPES, MAX_EVENT_TYPE_LENGTH } from '../../src/protocol/index.js';

describe('isSafeEventType', () => {
  it('accepts every documented type', () => {
    for (const type of KNOWN_MESSAGE_TYPES) expect(isSafeEventType(type), type).to.equal(true);
  });

  const safe = [
    'connection',
    'security.alert',
    'acme.widget.updated',
    'a.b',
    'user_event.created-now',
    'x9.0',
  ];
  for (const type of safe) {
    it(`accepts ${JSON.stringify(type)}`, () => {
      expect(isSafeEventType(type)).to.equal(true);
    });
  }

  const unsafe = [
    '',
    'click',
    'error',
    'message',
    'open',
    'close',
    'streamspace-open',
    'streamspace-message',
    '__proto__',
    'constructor',
    'prototype',
    'Security.Alert',
    'security.Alert',
    'security alert',
    'security.alert ',
    ' security.alert',
    'security..alert',
    'security.',
    '.alert',
    '9lives.event',
    '_private.event',
    'security.alert\n',
    'sécurité.alerte',
    'connection.',
    'Connection',
  ];
  for (const type of unsafe) {
    it(`rejects ${JSON.stringify(type)}`, () => {
      expect(isSafeEventType(type)).to.equal(false);
    });
  }

  it(`caps the length at ${MAX_EVENT_TYPE_LENGTH} characters`, () => {
    const at = (n: number) => `a.${'b'.repeat(n - 2)}`;
    expect(isSafeEventType(at(MAX_EVENT_TYPE_LENGTH))).to.equal(true);
    expect(isSafeEventType(at(MAX_EVENT_TYPE_LENGTH + 1))).to.equal(false);
    expect(isSafeEventType(`a.${'b'.repeat(10_000)}`)).to.equal(false);
  });
});
