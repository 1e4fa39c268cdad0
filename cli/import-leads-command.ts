import { readFile } from 'node:fs/promises';
import { createAdminRepository } from '../src/admin/admin-repository.js';
import { runMigrations } from '../src/db/migrate.js';
import { openDatabase } from '../src/db/open-database.js';
import { loadCliConfig } from './load-cli-config.js';

async function readInput(file: string): Promise<string> {
  if (file !== '-') return readFile(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Loads leads, and the messages already sent to them, from a CSV file (or
 * `-` for stdin). Good rows are imported, bad ones listed by line on stderr
 * (exit status 1 then); importing the same file again changes nothing.
 * On the embedded database, stop the server first (it holds the database),
 * or post the file to /api/leads/import instead.
 */
export async function run(argv: string[]): Promise<number> {
  const [file, ...rest] = argv;
  if (!file || rest.length > 0) {
    process.stderr.write('usage: berinia-webhook import-leads file.csv   (or - to read stdin)\n');
    return 2;
  }
  const config = loadCliConfig();
  if (!config) return 1;
  let text: string;
  try {
    text = await readInput(file);
  } catch (error) {
    process.stderr.write(`cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  const database = await openDatabase(config.database);
  try {
    await runMigrations(database);
    const repository = createAdminRepository(database.db, {
      region: config.defaultRegion,
      fromNumber: config.twilio.phoneNumber ?? '',
    });
    const result = await repository.importCsv(text);
    if (!result.ok) {
      process.stderr.write(`${file}: ${result.error}\n`);
      return 1;
    }
    const { leads, messages, campaigns, errors } = result.summary;
    process.stdout.write(
      `imported ${file} into ${database.description}: ` +
        `leads ${leads.created} created, ${leads.updated} updated, ${leads.unchanged} unchanged; ` +
        `outbound messages ${messages.created} created, ${messages.duplicates} already there; ` +
        `campaigns ${campaigns.created} created; ${errors.length} bad row(s)\n`,
    );
    for (const error of errors) process.stderr.write(`${file}:${error.line}: ${error.message}\n`);
    return errors.length === 0 ? 0 : 1;
  } finally {
    await database.close();
  }
}
