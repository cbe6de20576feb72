// A case that fails half-way through starting its server still leaves no process behind:
// everything startServer() started and nobody stopped is stopped here, each by its PID.
import { afterEach } from "vitest";
import { stopAll } from "./processes";

afterEach(async () => {
  await stopAll();
});
