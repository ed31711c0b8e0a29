/** The V8 flags `kg` runs with (see v8-flags.js). */
export declare const V8_FLAGS: readonly string[];
