import type { BuildOptions } from "esbuild";

/** Dependencies inlined into the bundle (see bundle-options.mjs). */
export declare const BUNDLED: ReadonlySet<string>;
/** The esbuild options of a bundle of the project rooted at `root`. */
export declare function bundleOptions(root: URL): BuildOptions;
