// snake_case on the wire, camelCase in JavaScript: keys are converted here and nowhere else.

/** `chart_data` → `chartData`. */
export const camel = (key) => key.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
/** `chartData` → `chart_data` (snake_case keys stay as they are). */
export const snake = (key) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const isPlainObject = (v) => v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;

/** Answers: objects whose keys are data (column names, metric names) keep their keys. */
const ANSWER_MAPS = new Set(['schema', 'values']);
/** Answers: free-form values returned exactly as the server sent them. */
const ANSWER_OPAQUE = new Set(['options', 'output', 'result', 'details']);

/** Converts an answer's keys to camelCase (recursively, except data-keyed maps and free-form values). */
export function toCamel(value) {
  if (Array.isArray(value)) return value.map(toCamel);
  if (!isPlainObject(value)) return value;
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    if (ANSWER_OPAQUE.has(k)) out[camel(k)] = v;
    else if (ANSWER_MAPS.has(k) && isPlainObject(v)) {
      out[camel(k)] = Object.fromEntries(Object.entries(v).map(([name, item]) => [name, toCamel(item)]));
    } else out[camel(k)] = toCamel(v);
  }
  return out;
}

/**
 * Converts a request body's keys to snake_case. Keys named in `opaque` (at any depth) keep their
 * value as given (a chart's free-form `options`); `undefined` values are dropped.
 */
export function toSnake(value, opaque = []) {
  if (Array.isArray(value)) return value.map((v) => toSnake(v, opaque));
  if (!isPlainObject(value)) return value;
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    out[snake(k)] = opaque.includes(k) ? v : toSnake(v, opaque);
  }
  return out;
}
