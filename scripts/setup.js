// What `npm start` and `npm test` need before anything else runs: the npm packages, and for tests a
// Chromium, poppler-utils and redis-server. No system fonts: the decks carry their own
// (src/client/fonts.css), so a test renders the same on every machine. Plain Node, no dependencies, since nothing is installed yet.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { staleLib } from '../tooling/cli-build.js';
import { browserVariable, defaultBrowser, projectRoot } from '../tooling/settings.js';

const knownBrowsers = [defaultBrowser, '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Runs `npm ci` when node_modules is missing or older than the lockfile. */
export function ensureDependencies() {
  const installed = path.join(projectRoot, 'node_modules', '.package-lock.json');
  const lock = path.join(projectRoot, 'package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('Installing dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: projectRoot });
}

/**
 * Builds lib/, the CLI as JavaScript (scripts/build-cli.js), from src/ as it is now. With `onlyIfStale`
 * it leaves a current lib/ alone, for runners that may start while another process runs the CLI.
 */
export function buildCli({ onlyIfStale = false } = {}) {
  if (onlyIfStale && !staleLib()) return;
  run(process.execPath, [path.join(projectRoot, 'scripts', 'build-cli.js')], { cwd: projectRoot });
}

/** The path of a Chromium to test with, installing Debian's when this machine allows it. */
export function ensureBrowser() {
  const chosen = process.env[browserVariable];
  if (chosen) {
    if (!existsSync(chosen)) fail(`${browserVariable} is set to ${chosen}, which does not exist.`);
    return chosen;
  }
  let found = knownBrowsers.find((file) => existsSync(file));
  if (!found) {
    if (!canUseApt()) {
      fail(
        `No Chromium found. Install Chromium, then set ${browserVariable} to its path, for example:\n` +
          `  ${browserVariable}=/usr/bin/chromium npm test`,
      );
    }
    console.log("Installing Debian's chromium (apt-get)…");
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    found = knownBrowsers.find((file) => existsSync(file));
    if (!found) fail(`apt-get finished but no Chromium is at ${knownBrowsers[0]}. Set ${browserVariable} to a Chromium.`);
  }
  return found;
}

/**
 * poppler-utils (pdfinfo, pdftotext, pdftohtml), the PDF parser the export tests read the PDFs with,
 * installed with apt-get where Chromium would be. Without it those tests are skipped and say why.
 */
export function ensurePdfTools() {
  return ensureAptTool({ command: 'pdfinfo', pkg: 'poppler-utils', tests: 'the PDF export tests' });
}

/**
 * redis-server, which the follow-the-presenter tests start on a free port to share the presenter's slide
 * between two server processes, installed with apt-get where Chromium would be. Without it those tests
 * are skipped and say why.
 */
export function ensureRedis() {
  return ensureAptTool({ command: 'redis-server', pkg: 'redis-server', tests: 'the Redis tests of `serve`' });
}

/** A command some tests need, from Debian's package of that name; a warning, not a failure, without it. */
function ensureAptTool({ command, pkg, tests }) {
  if (hasCommand(command)) return true;
  if (!canUseApt()) {
    console.warn(`No ${command}: ${tests} will be skipped. Install ${pkg} to run them.`);
    return false;
  }
  console.log(`Installing Debian's ${pkg} (apt-get), for ${tests}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', pkg], { stdio: 'inherit', env });
  try {
    install();
  } catch {
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      install();
    } catch {
      console.warn(`apt-get could not install ${pkg}: ${tests} will be skipped.`);
    }
  }
  return hasCommand(command);
}

function hasCommand(name) {
  try {
    execFileSync(name, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// Debian or Ubuntu, as root, with apt-get: the one case where installing for the user is expected.
function canUseApt() {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  if (!existsSync('/usr/bin/apt-get') || !existsSync('/etc/os-release')) return false;
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
}

export function run(command, args, options = {}) {
  try {
    execFileSync(command, args, { stdio: 'inherit', ...options });
  } catch {
    fail(`${command} ${args.join(' ')} failed.`);
  }
}

export function fail(message) {
  console.error(message);
  process.exit(1);
}
