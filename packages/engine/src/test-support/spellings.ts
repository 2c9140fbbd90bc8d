/** `zone` with its letters' case set by the bits of `i`: a different spelling of one name for each `i`. */
export function respell(zone: string, i: number, bits: number): string {
  let spelling = '';
  for (let at = 0; at < zone.length; at++) {
    const ch = zone.charAt(at);
    spelling += (i >> (at % bits)) & 1 ? ch.toUpperCase() : ch.toLowerCase();
  }
  return spelling;
}
