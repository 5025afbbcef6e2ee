// osmium-chat/rpc: one function per RPC, `sendMessage(client, request, options)`, for apps that
// import only the calls they make. Each works with any client of this package (createClient(),
// CoreClient, OsmiumClient); a bundler keeps the functions an app imports and drops the other
// methods (docs/architecture.md "Client layers").
export * from "../gen/osmium/rpc.js";
