// Entry of a probe worker thread. The pool starts it with empty execArgv so it does not depend on
// how the parent was started (tsx server, vitest, bench); register TypeScript support, then load.
import { register } from "tsx/esm/api";

register();
await import("./probe-worker.ts");
