#!/usr/bin/env node
// Runs the TypeScript sources through tsx, so the command works right after `npm ci`, with no build step to forget.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../cli/main.ts', import.meta.url).href);
