import { expect } from '@open-wc/testing';
import { parseFrame, type RejectReason } from '../../src/protocol/index.js';

const RECEIVED = '2030-01-02T03:04:05.678Z';
const clock = () => RECEIVED;
const alert = (id: number) =>
  JSON.stringify({ type: 'security.alert', timestamp: '2025-11-15T10:30:00Z', data: { id } });

function reasonsOf(frame: unknown): RejectReason[] {
  return parseFrame(frame, clock).rejected.map((r) => r.reason);
}

describe('parseFrame', () => {
  describe('a single message', () => {
    it('delivers a valid message as {type, timestamp, data}', () => {
      const { messages, rejected } = parseFrame(
        '{"type":"node.health","timestamp":"2025-11-15T10:30:00.123456789Z","data":{"node_name":"n1","cpu_percent":12.5}}',
      );
      expect(rejected).to.deep.equal([]);
      expect(messages).to.deep.equal([
        {
          type: 'node.health',
          timestamp: '2025-11-15T10:30:00.123456789Z',
          data: { node_name: 'n1', cpu_percent: 12.5 },
        },
      ]);
    });

    it('delivers the welcome message (no timestamp) with the receipt time', () => {
      const { messages } = parseFrame(
        '{"type":"connection","data":{"status":"connected","message":"Enterprise WebSocket connected"}}',
        clock,
      );
      expect(messages).to.deep.equal([
        {
          type: 'connection',
          timestamp: RECEIVED,
          data: { status: 'connected', message: 'Enterprise WebSocket connected' },
        },
      ]);
    });

    it('delivers unknown but safe dotted types', () => {
      expect(parseFrame('{"type":"billing.invoice_paid","data":{}}', clock).messages[0].type).to.equal(
        'billing.invoice_paid',
      );
    });

    it('keeps only type, timestamp and data at the top level', () => {
      const [message] = parseFrame('{"type":"user.event","data":{"a":1},"extra":true,"id":7}', clock).messages;
      expect(Object.keys(message).sort()).to.deep.equal(['data', 'timestamp', 'type']);
    });

    it('turns `data: null` (a Go nil map) and a missing `data` into {}', () => {
      const { messages } = parseFrame('{"type":"user.event","data":null}\n{"type":"group.event"}', clock);
      expect(messages.map((m) => m.data)).to.deep.equal([{}, {}]);
      expect(messages[0].data).not.to.equal(messages[1].data);
    });

    it('uses the default clock (an ISO time) when none is given', () => {
      const [message] = parseFrame('{"type":"user.event"}').messages;
      expect(Number.isNaN(Date.parse(message.timestamp))).to.equal(false);
      expect(message.timestamp).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    });

    it('skips an empty frame without rejecting it', () => {
      expect(parseFrame('', clock)).to.deep.equal({ messages: [], rejected: [] });
      expect(parseFrame(' \r\n\t\n', clock)).to.deep.equal({ messages: [], rejected: [] });
    });
  });

  describe('malformed lines', () => {
    const cases: [string, string, RejectReason][] = [
      ['not JSON', '{"type":"security.alert",', 'invalid-json'],
      ['plain text', 'hello', 'invalid-json'],
      ['two objects on one line', '{"type":"a.b"}{"type":"a.c"}', 'invalid-json'],
      ['an array', '[{"type":"security.alert"}]', 'not-an-object'],
      ['a string', '"security.alert"', 'not-an-object'],
      ['a number', '42', 'not-an-object'],
      ['a boolean', 'true', 'not-an-object'],
      ['null', 'null', 'not-an-object'],
      ['no type', '{"data":{}}', 'missing-type'],
      ['a numeric type', '{"type":5}', 'missing-type'],
      ['a null type', '{"type":null}', 'missing-type'],
      ['an object type', '{"type":{"name":"security.alert"}}', 'missing-type'],
      ['type click', '{"type":"click"}', 'unsafe-type'],
      ['type error', '{"type":"error"}', 'unsafe-type'],
      ['type message', '{"type":"message"}', 'unsafe-type'],
      ['type __proto__', '{"type":"__proto__"}', 'unsafe-type'],
      ['type constructor', '{"type":"constructor"}', 'unsafe-type'],
      ['a lifecycle event name', '{"type":"streamspace-open"}', 'unsafe-type'],
      ['an uppercase type', '{"type":"Security.Alert"}', 'unsafe-type'],
      ['a type with spaces', '{"type":"security alert"}', 'unsafe-type'],
      ['a 10 kB type', `{"type":"a.${'b'.repeat(10_000)}"}`, 'unsafe-type'],
      ['array data', '{"type":"user.event","data":[1,2]}', 'invalid-data'],
      ['string data', '{"type":"user.event","data":"x"}', 'invalid-data'],
      ['number data', '{"type":"user.event","data":3}', 'invalid-data'],
      ['boolean data', '{"type":"user.event","data":false}', 'invalid-data'],
      ['a numeric timestamp', '{"type":"user.event","timestamp":1731666600}', 'invalid-timestamp'],
      ['an object timestamp', '{"type":"user.event","timestamp":{}}', 'invalid-timestamp'],
      ['a date-only timestamp', '{"type":"user.event","timestamp":"2025-11-15"}', 'invalid-timestamp'],
      ['a timestamp without zone', '{"type":"user.event","timestamp":"2025-11-15T10:30:00"}', 'invalid-timestamp'],
      ['a free-text timestamp', '{"type":"user.event","timestamp":"yesterday"}', 'invalid-timestamp'],
      ['an empty timestamp', '{"type":"user.event","timestamp":""}', 'invalid-timestamp'],
      ['10 fractional digits', '{"type":"user.event","timestamp":"2025-11-15T10:30:00.1234567891Z"}', 'invalid-timestamp'],
      ['month 13', '{"type":"user.event","timestamp":"2025-13-15T10:30:00Z"}', 'invalid-timestamp'],
      ['an offset without colon', '{"type":"user.event","timestamp":"2025-11-15T10:30:00+0100"}', 'invalid-timestamp'],
    ];
    for (const [name, line, reason] of cases) {
      it(`rejects ${name} as '${reason}' and keeps its neighbours`, () => {
        const { messages, rejected } = parseFrame(`${alert(1)}\n${line}\n${alert(2)}`, clock);
        expect(messages.map((m) => m.data.id)).to.deep.equal([1, 2]);
        expect(rejected.map((r) => r.reason)).to.deep.equal([reason]);
      });
    }

    it('checks type before data and data before timestamp', () => {
      expect(reasonsOf('{"type":"click","data":[],"timestamp":1}')).to.deep.equal(['unsafe-type']);
      expect(reasonsOf('{"type":"a.b","data":[],"timestamp":1}')).to.deep.equal(['invalid-data']);
    });

    it('reports several bad lines in order', () => {
      const { messages, rejected } = parseFrame(['oops', alert(1), '[]', '{"type":"click"}', alert(2)].join('\n'), clock);
      expect(messages).to.have.length(2);
      expect(rejected.map((r) => r.reason)).to.deep.equal(['invalid-json', 'not-an-object', 'unsafe-type']);
    });

    it('gives each rejected line a sample of itself', () => {
      const [rejected] = parseFrame(`${alert(1)}\n{"type":"click","data":{}}`, clock).rejected;
      expect(rejected.sample).to.equal('{"type":"click","data":{}}');
    });

    it('caps samples at 200 characters and redacts tokens', () => {
      const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJib2IifQ.c2ln';
      const line = `{"type":"Bad Type","data":{"token":"${jwt}","pad":"${'x'.repeat(3000)}"}}`;
      const [rejected] = parseFrame(line, clock).rejected;
      expect(rejected.reason).to.equal('unsafe-type');
      expect(rejected.sample.length).to.be.at.most(200);
      expect(rejected.sample).to.contain('[redacted]');
      expect(rejected.sample).not.to.contain(jwt.slice(0, 20));
    });
  });

  describe('binary and non-string frames', () => {
    const frames: [string, unknown, string][] = [
      ['an ArrayBuffer', new TextEncoder().encode('{"type":"a.b"}').buffer, '[binary frame, 14 bytes]'],
      ['a Uint8Array', new Uint8Array(4), '[binary frame, 4 bytes]'],
      ['a Blob', new Blob(['abc']), '[binary frame, 3 bytes]'],
      ['a number', 42, '[number frame]'],
      ['null', null, '[null frame]'],
      ['undefined', undefined, '[undefined frame]'],
    ];
    for (const [name, frame, sample] of frames) {
      it(`rejects ${name} as 'not-text' without decoding it`, () => {
        expect(parseFrame(frame, clock)).to.deep.equal({ messages: [], rejected: [{ reason: 'not-text', sample }] });
      });
    }
  });

  describe('batching', () => {
    it('delivers every message of a newline-batched frame, in order', () => {
      const frame = [1, 2, 3, 4, 5].map(alert).join('\n');
      expect(parseFrame(frame, clock).messages.map((m) => m.data.id)).to.deep.equal([1, 2, 3, 4, 5]);
    });

    it('handles \\r\\n line ends', () => {
      const { messages, rejected } = parseFrame(`${alert(1)}\r\n${alert(2)}\r\n`, clock);
      expect(rejected).to.deep.equal([]);
      expect(messages.map((m) => m.data.id)).to.deep.equal([1, 2]);
    });

    it('ignores trailing newlines and blank or whitespace-only lines', () => {
      const { messages, rejected } = parseFrame(`\n${alert(1)}\n\n   \n\t\r\n${alert(2)}\n\n`, clock);
      expect(rejected).to.deep.equal([]);
      expect(messages.map((m) => m.data.id)).to.deep.equal([1, 2]);
    });

    it('accepts a BOM at the start of the frame and on any line', () => {
      const { messages, rejected } = parseFrame(`\ufeff${alert(1)}\n\ufeff${alert(2)}\r\n\ufeff\n${alert(3)}`, clock);
      expect(rejected).to.deep.equal([]);
      expect(messages.map((m) => m.data.id)).to.deep.equal([1, 2, 3]);
    });

    it('delivers a 2 MB message intact', () => {
      const blob = 'x'.repeat(2 * 1024 * 1024);
      const frame = `${alert(1)}\n${JSON.stringify({ type: 'node.health', data: { blob } })}\n${alert(2)}`;
      const { messages, rejected } = parseFrame(frame, clock);
      expect(rejected).to.deep.equal([]);
      expect(messages).to.have.length(3);
      expect(messages[1].data.blob).to.equal(blob);
    });

    it('rejects a broken 2 MB line with a short sample and keeps its neighbours', () => {
      const frame = `${alert(1)}\n{"type":"node.health","data":{"blob":"${'x'.repeat(2 * 1024 * 1024)}"\n${alert(2)}`;
      const { messages, rejected } = parseFrame(frame, clock);
      expect(messages).to.have.length(2);
      expect(rejected).to.have.length(1);
      expect(rejected[0].reason).to.equal('invalid-json');
      expect(rejected[0].sample.length).to.equal(200);
    });

    it('parses a 10,000-line frame, bad lines included', () => {
      const lines: string[] = [];
      for (let i = 0; i < 10_000; i++) lines.push(i % 1000 === 999 ? `{"type":"bad type ${i}"}` : alert(i));
      const { messages, rejected } = parseFrame(lines.join('\n'), clock);
      expect(messages).to.have.length(9_990);
      expect(rejected).to.have.length(10);
      expect(messages[0].data.id).to.equal(0);
      expect(messages[9_989].data.id).to.equal(9_998);
      expect(rejected.every((r) => r.reason === 'unsafe-type')).to.equal(true);
    });
  });

  describe('timestamps', () => {
    const kept = [
      '2025-11-15T10:30:00Z',
      '2025-11-15T10:30:00.1Z',
      '2025-11-15T10:30:00.123456789Z',
      '2025-11-15T10:30:00.123456789+01:00',
      '2025-11-15T10:30:00-07:30',
      '2025-11-15T10:30:00.000000000+00:00',
      '2016-12-31T23:59:60Z',
      '2025-11-15t10:30:00z',
    ];
    for (const timestamp of kept) {
      it(`keeps ${timestamp} exactly as sent`, () => {
        const [message] = parseFrame(JSON.stringify({ type: 'user.event', timestamp }), clock).messages;
        expect(message.timestamp).to.equal(timestamp);
      });
    }

    it('treats `timestamp: null` like a missing one', () => {
      expect(parseFrame('{"type":"user.event","timestamp":null}', clock).messages[0].timestamp).to.equal(RECEIVED);
    });

    it('reads the clock once per frame, and only when a message lacks a timestamp', () => {
      let calls = 0;
      const counting = () => `2030-01-01T00:00:0${calls++}Z`;
      parseFrame([alert(1), alert(2)].join('\n'), counting);
      expect(calls).to.equal(0);
      const { messages } = parseFrame(['{"type":"a.b"}', alert(1), '{"type":"a.c"}'].join('\n'), counting);
      expect(calls).to.equal(1);
      expect(messages.map((m) => m.timestamp)).to.deep.equal([
        '2030-01-01T00:00:00Z',
        '2025-11-15T10:30:00Z',
        '2030-01-01T00:00:00Z',
      ]);
    });
  });

  describe('prototype pollution', () => {
    afterEach(() => {
      // Clean up in case a regression did pollute, so other tests are not affected.
      delete (Object.prototype as Record<string, unknown>).polluted;
    });

    it('keeps __proto__, constructor and prototype keys in data as own data', () => {
      const frame =
        '{"type":"user.event","data":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}}';
      const [message] = parseFrame(frame, clock).messages;
      const data = message.data;
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(Object.getPrototypeOf(data)).to.equal(Object.prototype);
      expect(Object.hasOwn(data, '__proto__')).to.equal(true);
      expect(Object.hasOwn(data, 'constructor')).to.equal(true);
      expect(Object.hasOwn(data, 'prototype')).to.equal(true);
      expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).to.deep.equal({ polluted: 'yes' });
      expect((data as Record<string, unknown>).polluted).to.equal(undefined);
    });

    it('ignores a top-level __proto__ and never reads type or data through it', () => {
      const { messages, rejected } = parseFrame(
        '{"__proto__":{"type":"security.alert","data":{"x":1},"polluted":"yes"}}',
        clock,
      );
      expect(messages).to.deep.equal([]);
      expect(rejected.map((r) => r.reason)).to.deep.equal(['missing-type']);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });

    it('does not let a top-level __proto__ leak into the delivered message', () => {
      const [message] = parseFrame('{"type":"user.event","__proto__":{"polluted":"yes"}}', clock).messages;
      expect(Object.getPrototypeOf(message)).to.equal(Object.prototype);
      expect(Object.hasOwn(message, '__proto__')).to.equal(false);
      expect((message as unknown as Record<string, unknown>).polluted).to.equal(undefined);
    });
  });
});
