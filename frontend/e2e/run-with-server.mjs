// Starts the runnable jar, waits for it to be ready, runs the browser journeys against it, stops it, and exits with
// the journeys' exit code. The caller provides the server's environment (BANDWISE_DB_URL, BANDWISE_DB_USER,
// BANDWISE_DB_PASSWORD, BANDWISE_DEMO_DATA=true, BANDWISE_DATA_DIR); BANDWISE_E2E_PORT picks the port (18080).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const frontendDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const jar = process.env.BANDWISE_E2E_JAR ?? join(frontendDir, '..', 'backend', 'target', 'bandwise.jar');
const port = Number(process.env.BANDWISE_E2E_PORT ?? '18080');
const baseUrl = `http://localhost:${port}`;
// two shared cores under load can take several minutes to deploy; BANDWISE_E2E_READY_SECONDS overrides
const READY_TIMEOUT_MS = Number(process.env.BANDWISE_E2E_READY_SECONDS ?? '360') * 1000;

function log(message) {
  process.stdout.write(`[e2e] ${message}\n`);
}

async function isReady() {
  try {
    const response = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(3_000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

async function waitUntilReady(server) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`the server exited with code ${server.exitCode} before it was ready`);
    }
    if (await isReady()) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error(`the server was not ready within ${READY_TIMEOUT_MS / 1000} s`);
}

/** Stops the server and everything it started (it runs in its own process group). */
async function stopServer(server) {
  if (server.exitCode !== null || server.signalCode !== null) {
    return;
  }
  const exited = new Promise((resolve) => server.once('exit', resolve));
  process.kill(-server.pid, 'SIGTERM');
  const killedInTime = await Promise.race([exited.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 20_000))]);
  if (!killedInTime) {
    log('the server did not stop within 20 s; killing it');
    process.kill(-server.pid, 'SIGKILL');
    await exited;
  }
}

function runJourneys() {
  const tests = readdirSync(join(frontendDir, 'e2e'))
    .filter((name) => name.endsWith('.test.mjs'))
    // BANDWISE_E2E_ONLY=a,b runs only the journeys whose file names contain one of those words (while developing).
    .filter((name) => !process.env.BANDWISE_E2E_ONLY || process.env.BANDWISE_E2E_ONLY.split(',').some((part) => name.includes(part.trim())))
    .map((name) => join('e2e', name));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--test', '--test-concurrency=1', ...tests], {
      cwd: frontendDir,
      env: { ...process.env, BANDWISE_E2E_BASE_URL: baseUrl },
      stdio: 'inherit',
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main() {
  if (!existsSync(jar)) {
    log(`no runnable jar at ${jar}: build the backend first`);
    return 2;
  }
  log(`starting ${jar} on port ${port}`);
  const server = spawn('java', ['-jar', jar, '--port', String(port)], {
    cwd: frontendDir,
    env: process.env,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const stopOnSignal = () => {
    stopServer(server).finally(() => process.exit(130));
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    await waitUntilReady(server);
    log(`server ready at ${baseUrl}; running the journeys`);
    return await runJourneys();
  } catch (error) {
    log(error.message);
    return 1;
  } finally {
    log('stopping the server');
    await stopServer(server);
  }
}

process.exitCode = await main();
