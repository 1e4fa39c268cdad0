import { defineConfig } from 'drizzle-kit';

// Only `drizzle-kit generate` reads this: it diffs src/db/schema.ts against migrations/.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './migrations',
});
