import type { Metafile } from "esbuild";

/** The Node-only modules (`ws`, Node built-ins) in an esbuild metafile; empty when fit for a browser. */
export function nodeOnlyModules(metafile: Metafile): string[];
