// `node --import ./tests/helpers/module-log/register.js …` writes every module URL the process
// imports, one a line, to the file named by QUARTERDECK_MODULE_LOG (see tests/cli-build.test.ts).
import { register } from 'node:module';

register('./hooks.js', import.meta.url, { data: { file: process.env.QUARTERDECK_MODULE_LOG } });
