/**
 * Property tests draw from a fixed seed, so a CI run is reproducible and a red run can be replayed;
 * FC_SEED=n explores other inputs (fast-check prints the seed and path of any counterexample).
 * The fuzz suite has its own FUZZ_SEED.
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261206) });
