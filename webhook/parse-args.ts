import { parseArgs } from 'node:util';

export interface ListenArgs {
  host: string | undefined;
  port: number | undefined;
}

/** `--host` and `--port` override HOST and PORT. */
export function parseListenArgs(argv: string[]): ListenArgs {
  const { values } = parseArgs({
    args: argv,
    options: { host: { type: 'string' }, port: { type: 'string' } },
    strict: true,
  });
  let port: number | undefined;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new Error(`--port: "${values.port}" is not a port number`);
  }
  return { host: values.host, port };
}
