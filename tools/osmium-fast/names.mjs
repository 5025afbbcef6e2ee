// Names of generated functions: the type name without the common "osmium.client." prefix, dots
// turned into underscores, so types of different packages never collide.

/** `osmium.client.messages.SendMessage.ReplyTo` → `messages_SendMessage_ReplyTo`. */
export function localId(message) {
  return message.typeName.replace(/^osmium\.client\./, "").replace(/\./g, "_");
}

/** The encoder function of a message. */
export function encoderName(message) {
  return `enc_${localId(message)}`;
}

/** The decoder function of a message. */
export function decoderName(message) {
  return `dec_${localId(message)}`;
}
