// Key conversion at the boundary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { camel, snake, toCamel, toSnake } from '@aiser/sdk';

test('keys convert both ways', () => {
  assert.equal(camel('data_storage_gb'), 'dataStorageGb');
  assert.equal(snake('dataStorageGb'), 'data_storage_gb');
  for (const k of ['chart_id', 'p_value', 'r2', 'api_calls_month', 'total']) assert.equal(snake(camel(k)), k);
  assert.equal(snake('already_snake'), 'already_snake');
});

test('answers: data-keyed maps keep their keys, free-form values are untouched', () => {
  const out = toCamel({
    data_source_id: 'd',
    schema: { order_date: { unique_values: 3, sample_values: ['x'] } },
    insight_details: [{ values: { p_value: 0.1 } }],
    options: { font_size: 2 },
    results: { primary_drivers: [{ p_value: 1 }], output: { some_key: 1 } },
  });
  assert.deepEqual(out, {
    dataSourceId: 'd',
    schema: { order_date: { uniqueValues: 3, sampleValues: ['x'] } },
    insightDetails: [{ values: { p_value: 0.1 } }],
    options: { font_size: 2 },
    results: { primaryDrivers: [{ pValue: 1 }], output: { some_key: 1 } },
  });
});

test('requests: camelCase to snake_case, opaque keys as given, undefined dropped', () => {
  assert.deepEqual(
    toSnake({ dataSource: 'd', chartType: undefined, options: { exportFormats: ['png'] }, steps: [{ parameters: { windowSize: 3 } }] }, ['options']),
    { data_source: 'd', options: { exportFormats: ['png'] }, steps: [{ parameters: { window_size: 3 } }] },
  );
});
