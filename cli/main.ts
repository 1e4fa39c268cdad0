import dotenv from 'dotenv';

dotenv.config({ quiet: true });

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: (argv: string[]) => Promise<number> }> }> =
  {
    migrate: { summary: 'apply database migrations', load: () => import('./migrate-command.js') },
    'simulate-sms': {
      summary: 'send a signed SMS webhook to a running server: --from +336… --body "…" [--to …] [--url …]',
      load: () => import('./simulate-sms-command.js'),
    },
    'replay-spool': {
      summary: 'store the messages spooled while the database was unreachable',
      load: () => import('./replay-spool-command.js'),
    },
    eval: {
      summary: 'score the interpreter on labelled JSON lines (default: the corpus): [file.jsonl …] [--errors] [--json]',
      load: () => import('./eval-command.js'),
    },
    interpret: {
      summary: 'read {"id","text"} JSON lines on stdin, write one interpretation per line on stdout',
      load: () => import('./interpret-command.js'),
    },
    'hash-password': {
      summary: 'read a password on stdin (no echo, or a pipe) and print its ADMIN_PASSWORD_HASH',
      load: () => import('./hash-password-command.js'),
    },
    'import-leads': {
      summary: 'load leads and the messages already sent to them from a CSV file: file.csv (or - for stdin)',
      load: () => import('./import-leads-command.js'),
    },
  };

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(14)} ${command.summary}`);
  return `usage: berinia-webhook <command> [options]\n\ncommands:\n${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const [name, ...argv] = process.argv.slice(2);
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`berinia-webhook: unknown command "${name}"\n\n${usage()}`);
    process.exitCode = 2;
    return;
  }
  const { run } = await command.load();
  process.exitCode = await run(argv);
}

main().catch((error: unknown) => {
  process.stderr.write(`berinia-webhook: ${(error as Error)?.message ?? String(error)}\n`);
  process.exitCode = 1;
});
