// WebKitWebDriver under its own Xvfb display, for the WebKit run of the suite and the bench.
// Several developers (and CI jobs) share a machine: the display is the first free one Xvfb
// finds (-displayfd) and the driver's port is a free one, never fixed numbers.
import { spawn } from 'node:child_process';
import { freePort } from './free-port.mjs';

const XVFB = process.env.XVFB_PATH || 'Xvfb';
const DRIVER = process.env.WEBKIT_DRIVER_PATH || 'WebKitWebDriver';

/** Starts Xvfb on a free display; resolves with the display (":N") and a stop function. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let fromFd = '';
    xvfb.stderr.on('data', (chunk) => (stderr += chunk));
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr.trim()}`)));
    xvfb.stdio[3].on('data', (chunk) => {
      fromFd += chunk;
      if (fromFd.includes('\n')) resolve({ display: `:${fromFd.trim()}`, process: xvfb });
    });
  });
}

async function waitForDriver(port, driver) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not answer on its port within 15 s');
}

const stopProcess = (child) =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 3000).unref();
  });

/**
 * Starts Xvfb and WebKitWebDriver; resolves with the driver's port, the display, and `stop()`,
 * which ends both (also called on the process's exit and on SIGINT/SIGTERM).
 */
export async function startWebKitDriver() {
  const xvfb = await startXvfb();
  const port = await freePort();
  const driver = spawn(DRIVER, [`--port=${port}`], {
    env: { ...process.env, DISPLAY: xvfb.display, GDK_BACKEND: 'x11' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const killNow = () => {
    driver.kill('SIGKILL');
    xvfb.process.kill('SIGKILL');
  };
  process.once('exit', killNow);
  const stop = async () => {
    process.off('exit', killNow);
    await stopProcess(driver);
    await stopProcess(xvfb.process);
  };
  try {
    await waitForDriver(port, driver);
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, display: xvfb.display, stop };
}
