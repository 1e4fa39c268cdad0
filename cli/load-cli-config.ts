import { loadConfig, type AppConfig } from '../src/config/load-config.js';

/** Settings for a command: the same rules as the server, problems on stderr. */
export function loadCliConfig(): AppConfig | null {
  const loaded = loadConfig(process.env);
  if (!loaded.ok) {
    process.stderr.write('invalid settings:\n');
    for (const line of loaded.errors) process.stderr.write(`  - ${line}\n`);
    return null;
  }
  return loaded.config;
}
