// The help texts of `osmium-chat`, `osmium-chat call` and `osmium-chat watch`.

const connection = `Connection:
  --url <ws-url>     the server; default $OSMIUM_URL, else wss://ws-0.osmium.chat
  --token <token>    authorize with this token; prefer $OSMIUM_TOKEN, a flag lands in shell history
  --json             errors (and watch's lifecycle events) on standard error as JSON lines
  -h, --help         this help`;

const exitStatus = `Exit status:
  0  success (watch: interrupted)
  1  the server answered the call with an error (its code and message are printed)
  2  bad usage: unknown command, flag or method, or a request that does not fit the method
  3  the server could not be reached, the connection closed, the call timed out, or the server broke the protocol
  4  the server refused the token`;

/** `osmium-chat --help`. */
export const mainUsage = `Usage: osmium-chat <command> [options]

Commands:
  serve   run the Osmium reference server for local development
  call    call one method and print its result as JSON
  watch   print every update as one JSON line until interrupted

Run \`osmium-chat <command> --help\` for its options, \`osmium-chat --version\` for the version.

${exitStatus}`;

/** `osmium-chat call --help`. */
export const callUsage = `Usage: osmium-chat call <namespace.method> [request-json | -] [options]
       osmium-chat call --list
       osmium-chat call <namespace.method> --describe

Connects, authorizes, sends one call and prints its result as protobuf JSON (64-bit integers are
strings). The request is protobuf JSON: the argument, or standard input when it is "-" or absent
(an empty request when standard input is a terminal).

  osmium-chat call messages.sendMessage '{"chatRef":{"channel":{"communityId":"1","channelId":"2"}},"message":"hi"}'

Options:
  --list             list every method with its doc comment
  --describe         show the method's request fields (JSON names, types, ids) and its result type
  --timeout <ms>     give up on the call after this long (default 30000)

${connection}

${exitStatus}`;

/** `osmium-chat watch --help`. */
export const watchUsage = `Usage: osmium-chat watch [--filter case,case] [options]

Connects, authorizes, and prints every update as one line of protobuf JSON ({"messageCreated":{...}})
until interrupted (Ctrl-C exits 0). Reconnects after a lost connection, as the client does;
connected, reconnecting and closed are reported on standard error.

Options:
  --filter <cases>   only these update cases, comma-separated: messageCreated,chatTyping

${connection}

${exitStatus}`;
