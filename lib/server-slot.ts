// server.ts builds the long-lived services (self-test, saved reports, statistics) before Next.js
// starts and parks them on globalThis: Next bundles app code separately from server.ts, so a
// module-level singleton would not be shared. Symbol.for keys are the same in every bundle.
export interface ServerSlot<T> {
  install(value: T): void;
  /** null when the site was not started by server.ts (next dev) */
  get(): T | null;
}

export function serverSlot<T>(name: string): ServerSlot<T> {
  const key = Symbol.for(`secure-your-server.${name}`);
  const holder = globalThis as { [key: symbol]: T | undefined };
  return {
    install: (value) => {
      holder[key] = value;
    },
    get: () => holder[key] ?? null,
  };
}
