// What may never enter a browser bundle of osmium-chat: the `ws` library (Node's WebSocket, which
// isomorphic-ws swaps for the native one in browsers) and Node's built-in modules.

const NODE_ONLY = /(^|\/)node_modules\/ws\/|^node:|^(assert|buffer|child_process|crypto|dns|events|fs|http|https|net|os|path|stream|tls|url|util|zlib)(\/|$)/;

/**
 * The Node-only modules in an esbuild metafile: inputs bundled from `ws` or Node built-ins, and
 * imports left external to them. Empty when the bundle is fit for a browser.
 * @param {import("esbuild").Metafile} metafile
 * @returns {string[]}
 */
export function nodeOnlyModules(metafile) {
  const inputs = Object.keys(metafile.inputs);
  const imports = Object.values(metafile.outputs).flatMap((output) => output.imports.map((i) => i.path));
  return [...new Set([...inputs, ...imports])].filter((path) => NODE_ONLY.test(path));
}
