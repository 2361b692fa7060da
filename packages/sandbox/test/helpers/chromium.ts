/**
 * Real Chromium for the browser tests (test/browser/), driven by `playwright-core` with no browser download: the
 * system's Chromium (`apt-get install chromium` on Debian; `scripts/kit.sh test` installs it where it can), or the one
 * `LPKIT_CHROMIUM` names. Without one the tests fail and say how to get it, rather than pass unseen; set
 * `LPKIT_SKIP_BROWSER=1` to skip them on purpose (docs/decisions/sandbox-docs-ui.md).
 */
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export const SKIP_BROWSER = process.env.LPKIT_SKIP_BROWSER === "1";

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

function chromiumExecutable(): string {
  const configured = process.env.LPKIT_CHROMIUM;
  const found = configured === undefined ? CANDIDATES.find((path) => existsSync(path)) : configured;
  if (found === undefined) {
    throw new Error(
      "No Chromium for the browser tests: install it (`apt-get install -y chromium`; `bash scripts/kit.sh test` does), " +
        "name it with LPKIT_CHROMIUM=<path>, or skip these tests with LPKIT_SKIP_BROWSER=1",
    );
  }
  return found;
}

/** A host name that only this Chromium resolves, to 127.0.0.1: a page opened by a name other than localhost. */
export const NON_LOOPBACK_HOST = "docs.lpkit.test";

/** Headless Chromium with its own background traffic (updates, sync, metrics) turned off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumExecutable(),
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      // Containers often have a small /dev/shm, where Chromium would otherwise keep its shared memory.
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      `--host-resolver-rules=MAP ${NON_LOOPBACK_HOST} 127.0.0.1`,
    ],
  });
}
