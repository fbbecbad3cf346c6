/**
 * Timestamps as Go's `encoding/json` writes a `time.Time` (`time.RFC3339Nano`): up to nine
 * fractional digits with trailing zeros trimmed, and `Z` or a numeric offset. The client must
 * accept exactly this, so the endpoint never sends JavaScript's millisecond `toISOString()`.
 */

// Date.now() has millisecond resolution; hrtime supplies the nanoseconds below it.
const epochNanosAtLoad = BigInt(Date.now()) * 1_000_000n;
const hrtimeAtLoad = process.hrtime.bigint();

/** Nanoseconds since the Unix epoch, monotonic within this process. */
export function nowNanos(): bigint {
  return epochNanosAtLoad + (process.hrtime.bigint() - hrtimeAtLoad);
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/**
 * `2025-11-15T10:30:00.123456789Z`, or with `utcOffsetMinutes` e.g. `2025-11-15T11:30:00.1234567+01:00`.
 * Go trims trailing zeros of the fraction and drops the dot when the fraction is zero.
 */
export function formatGoTime(epochNanos: bigint = nowNanos(), utcOffsetMinutes = 0): string {
  const wallNanos = epochNanos + BigInt(utcOffsetMinutes) * 60_000_000_000n;
  const millis = Number(wallNanos / 1_000_000n);
  const fraction = Number(((wallNanos % 1_000_000_000n) + 1_000_000_000n) % 1_000_000_000n);
  const wall = new Date(millis);
  const date = `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  const time = `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`;
  const digits = pad(fraction, 9).replace(/0+$/, '');
  return `${date}T${time}${digits ? `.${digits}` : ''}${formatOffset(utcOffsetMinutes)}`;
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
