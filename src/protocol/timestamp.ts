// Go's `time.Time` marshals as RFC 3339 with 0 to 9 fractional digits and `Z` or a
// numeric offset. RFC 3339 allows lowercase `t`/`z` and a leap second (`:60`).
const RFC_3339 =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[Tt](?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d{1,9})?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** Whether `value` is an RFC 3339 date-time as a Go server sends it, e.g. `2025-11-15T10:30:00.123456789+01:00`. */
export function isRfc3339Timestamp(value: string): boolean {
  return RFC_3339.test(value);
}
