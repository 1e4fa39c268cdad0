import http from 'node:http';
import pg from 'pg';

/**
 * The ceiling for one durable write per request: bare node:http and one
 * INSERT of the request body, autocommitted (so fsynced, synchronous_commit
 * on). No signature, no parsing, no logging, no framework. What the real
 * service does on top of this is what the benchmark's ratio measures.
 */
const url = process.env.DATABASE_URL;
const port = Number(process.env.PORT ?? 0);
if (!url || !port) throw new Error('ceiling-server needs DATABASE_URL and PORT');

const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DB_POOL_SIZE ?? 16) });
await pool.query(`create table if not exists ceiling_messages (
  id bigint generated always as identity primary key,
  body text not null,
  received_at timestamptz not null default now()
)`);

const TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>';

const server = http.createServer((request, response) => {
  if (request.method !== 'POST') {
    response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    return;
  }
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    pool.query('insert into ceiling_messages (body) values ($1)', [Buffer.concat(chunks).toString('utf8')]).then(
      () => response.writeHead(200, { 'content-type': 'text/xml' }).end(TWIML),
      () => response.writeHead(500).end(),
    );
  });
});
server.listen(port, '127.0.0.1');

const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
