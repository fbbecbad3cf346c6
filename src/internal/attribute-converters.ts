import type { ComplexAttributeConverter } from 'lit';

/**
 * A boolean attribute whose default is kept while the attribute is absent, and which
 * `="false"` turns off (`auto-reconnect="false"`), as HTML authors write it.
 */
export function flagAttribute(defaultValue: boolean): ComplexAttributeConverter<boolean> {
  return {
    fromAttribute: (value) => (value === null ? defaultValue : value.trim().toLowerCase() !== 'false'),
    toAttribute: (value) => (value ? '' : 'false'),
  };
}

/** A number attribute; absent or not a number keeps the default. `Infinity` is allowed. */
export function numberAttribute(defaultValue: number): ComplexAttributeConverter<number> {
  return {
    fromAttribute: (value) => {
      if (value === null || value.trim() === '') return defaultValue;
      const parsed = Number(value);
      return Number.isNaN(parsed) || parsed < 0 ? defaultValue : parsed;
    },
    toAttribute: (value) => String(value),
  };
}
