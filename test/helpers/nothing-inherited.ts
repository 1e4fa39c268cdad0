import { expect } from 'vitest';

/** A parsed form must carry nothing from Object.prototype: every name found on it is one the client sent. */
export function expectNothingInherited(params: object): void {
  const prototype = Object.getPrototypeOf(params) as object | null;
  if (prototype === null) return;
  expect(Object.getPrototypeOf(prototype)).toBeNull();
  expect(Reflect.ownKeys(prototype)).toEqual([]);
}
