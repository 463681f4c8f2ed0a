// A live `aiser serve` for a test file: the built binary on a free 127.0.0.1 port with a temporary
// data directory, a bootstrap administrator, an API key and a `sales_data` source.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync, openSync, closeSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const ADMIN_EMAIL = 'admin@example.com';
export const ADMIN_PASSWORD = 'sdk tests admin password';

export function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/** Deterministic sales data: sales follow marketing spend, with a fourth-quarter lift. */
export function salesCsv(rows = 240) {
  let seed = 7;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const lines = ['date,region,marketing_spend,price,sales'];
  for (let i = 0; i < rows; i += 1) {
    const year = 2023 + Math.floor((i * 3) / 365);
    const day = (i * 3) % 365;
    const month = Math.min(12, 1 + Math.floor((day * 12) / 365));
    const spend = 1000 + rand() * 4000;
    const noise = (rand() + rand() + rand() - 1.5) * 1200;
    const sales = (spend * 2.1 + noise) * (month >= 10 ? 1.3 : 1);
    const region = 'NSEW'[Math.floor(rand() * 4)];
    lines.push(`${year}-${String(month).padStart(2, '0')}-${String(1 + (day % 28)).padStart(2, '0')},${region},${spend.toFixed(2)},${(9 + rand() * 3).toFixed(2)},${sales.toFixed(2)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Starts a server; `settings` are extra environment variables (AISER_…) for it. */
export async function startServer(settings = {}) {
  const binary = process.env.AISER_BIN || join(REPO, '.build', 'debug', 'aiser');
  if (!existsSync(binary)) throw new Error(`no aiser binary at ${binary}: build it (swift build) or set AISER_BIN`);
  const dir = mkdtempSync(join(tmpdir(), 'aiser-sdk-js-'));
  const port = await freePort();
  const env = {
    ...process.env,
    AISER_ADMIN_EMAIL: ADMIN_EMAIL,
    AISER_ADMIN_PASSWORD: ADMIN_PASSWORD,
    AISER_BCRYPT_COST: '4',
  };
  delete env.AISER_PUBLIC_URL;
  // The suite makes more calls per minute than the reference's limits allow one client.
  for (const c of ['AUTH', 'ANALYTICS', 'AI', 'DATA', 'USERS', 'GENERAL']) env[`AISER_RATE_LIMIT_${c}`] = '100000';
  Object.assign(env, settings);
  const log = openSync(join(dir, 'server.log'), 'w');
  const child = spawn(binary, ['serve', '--host', '127.0.0.1', '--port', String(port), '--data-dir', join(dir, 'data'), '--log-level', 'warning'], {
    env, stdio: ['ignore', log, log],
  });
  const root = `http://127.0.0.1:${port}`;
  let exited = false;
  child.on('exit', () => { exited = true; });
  const stop = async () => {
    if (!exited) {
      child.kill('SIGTERM');
      await new Promise((ok) => { if (exited) ok(); else child.once('exit', ok); });
    }
    closeSync(log);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (exited) throw new Error(`aiser serve exited:\n${readFileSync(join(dir, 'server.log'), 'utf8')}`);
      try {
        if ((await fetch(`${root}/healthz`)).ok) break;
      } catch { /* not listening yet */ }
      if (Date.now() > deadline) throw new Error('aiser serve did not answer within 60 s');
      await new Promise((ok) => setTimeout(ok, 100));
    }
    // Set up with plain fetch (not the SDK under test): an API key and the `sales_data` source.
    const login = await (await fetch(`${root}/api/v1/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
    })).json();
    const auth = { authorization: `Bearer ${login.data.access_token}` };
    const key = await (await fetch(`${root}/api/v1/api-keys`, {
      method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'sdk tests' }),
    })).json();
    const form = new FormData();
    form.set('file', new Blob([salesCsv()]), 'sales_data.csv');
    form.set('data_source_name', 'sales_data');
    const up = await fetch(`${root}/api/v1/data/upload`, { method: 'POST', headers: auth, body: form });
    if (up.status !== 201) throw new Error(`upload failed: ${await up.text()}`);
    return { baseUrl: `${root}/api/v1`, root, apiKey: key.data.api_key, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
