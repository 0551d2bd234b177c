// `npm start`: install what is missing, build the CLI (lib/) and the decks, serve them at http://localhost:4173.
import { spawn } from 'node:child_process';
import { projectRoot } from '../tooling/settings.js';
import { buildCli, ensureDependencies, run } from './setup.js';

ensureDependencies();
buildCli();
const cli = ['bin/quarterdeck.js'];
run(process.execPath, [...cli, 'build'], { cwd: projectRoot });
const server = spawn(process.execPath, [...cli, 'preview', '--port', '4173'], { cwd: projectRoot, stdio: 'inherit' });
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
