// The hand-written declarations match what the modules export (no tsc here to check them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

const declared = (file) => new Set([...readFileSync(join(ROOT, file), 'utf8')
  .matchAll(/^export (?:declare )?(?:class|function|const|let) (\w+)/gm)].map((m) => m[1]));

for (const [entry, target] of Object.entries(pkg.exports)) {
  if (typeof target === 'string') continue;
  test(`${entry}: every runtime export is declared in ${target.types}, and nothing more`, async () => {
    const runtime = new Set(Object.keys(await import(join(ROOT, target.default))));
    const types = declared(target.types);
    // Namespace classes are declared for typing but reached through the client, not exported.
    const namespaces = new Set(['Auth', 'Users', 'Organizations', 'APIKeys', 'Webhooks', 'Data', 'Analytics', 'Dashboards', 'Export', 'Embed', 'AI', 'Health', 'Search', 'Metrics']);
    assert.deepEqual([...runtime].filter((n) => !types.has(n)), []);
    assert.deepEqual([...types].filter((n) => !runtime.has(n) && !namespaces.has(n)), []);
  });
}

test('the package entry points resolve by name', async () => {
  assert.equal(typeof (await import('@aiser/sdk')).AiserClient, 'function');
  assert.equal(typeof (await import('@aiser/sdk/embed')).renderEmbed, 'function');
  assert.equal(pkg.types, pkg.exports['.'].types);
  assert.equal(Object.keys(pkg.dependencies ?? {}).length, 0);
});

test('every namespace method of the client is declared', async () => {
  const { AiserClient } = await import('@aiser/sdk');
  const client = new AiserClient({ apiKey: 'k' });
  const dts = readFileSync(join(ROOT, 'src', 'index.d.ts'), 'utf8');
  for (const ns of ['auth', 'users', 'organizations', 'apiKeys', 'webhooks', 'data', 'analytics', 'dashboards', 'export', 'ai', 'health', 'search', 'metrics']) {
    const cls = client[ns].constructor.name;
    const body = new RegExp(`export class ${cls} \\{([\\s\\S]*?)\\n\\}`).exec(dts)?.[1];
    assert.ok(body, `no declaration of ${cls}`);
    const methods = Object.getOwnPropertyNames(Object.getPrototypeOf(client[ns])).filter((m) => m !== 'constructor');
    for (const m of methods) assert.match(body, new RegExp(`\\n  ${m}\\(`), `${cls}.${m} is not declared`);
    const declaredMethods = [...body.matchAll(/\n  (\w+)\(/g)].map((x) => x[1]);
    assert.deepEqual(declaredMethods.filter((m) => !methods.includes(m)), [], `${cls} declares methods it does not have`);
  }
});
