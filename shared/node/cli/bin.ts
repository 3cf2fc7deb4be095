// Process entry point of the `lextrace` command: runs the CLI on process.argv and exits with its code.
import '../../core/zod-config.js'; // first: zod is configured before any schema is built
import { runCli } from './main.js';

const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
});
process.exitCode = code;
