/** Length of a string in Unicode code points, the protocol's unit for text and entity offsets. */
export function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
