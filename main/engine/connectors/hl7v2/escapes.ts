import type { Delimiters } from './delimiters';

/** Turns the bytes of a `\X..\` escape into text, in the source's character encoding. */
export type ByteDecoder = (bytes: Buffer) => string;

const HEX = /^X((?:[0-9A-Fa-f]{2})+)$/;

function replacement(code: string, d: Delimiters, decodeBytes: ByteDecoder): string | null {
  switch (code) {
    case 'F':
      return d.field;
    case 'S':
      return d.component;
    case 'T':
      return d.subcomponent;
    case 'R':
      return d.repetition;
    case 'E':
      return d.escape;
    case '.br':
    case '.sp':
      return '\n';
    // Highlighting on/off only styles formatted text; the words stay.
    case 'H':
    case 'N':
      return '';
  }
  const hex = HEX.exec(code);
  return hex ? decodeBytes(Buffer.from(hex[1]!, 'hex')) : null;
}

/**
 * Decodes HL7 escape sequences in one already-split value: `\F\ \S\ \T\ \R\ \E\`, `\Xhh..\`,
 * `\.br\` (a new line). Sequences it does not know (character-set switches, custom `\Z..\`)
 * and an unclosed escape are kept as written rather than guessed at.
 */
export function decodeEscapes(value: string, d: Delimiters, decodeBytes: ByteDecoder): string {
  if (!value.includes(d.escape)) return value;
  let out = '';
  let at = 0;
  for (;;) {
    const open = value.indexOf(d.escape, at);
    if (open === -1) break;
    const close = value.indexOf(d.escape, open + 1);
    if (close === -1) break;
    const decoded = replacement(value.slice(open + 1, close), d, decodeBytes);
    out += value.slice(at, open) + (decoded ?? value.slice(open, close + 1));
    at = close + 1;
  }
  return out + value.slice(at);
}
