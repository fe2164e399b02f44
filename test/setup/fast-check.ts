// Property tests explore new inputs on every local run, but CI replays one fixed seed so a submission's result
// does not depend on luck. FC_SEED reproduces a failure reported by a local run.
import fc from 'fast-check';

const seed = process.env.FC_SEED ?? (process.env.CI ? '20261123' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
