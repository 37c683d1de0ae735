declare module 'fontverter' {
  type Format = 'truetype' | 'woff' | 'woff2' | 'sfnt';
  export function convert(font: Uint8Array, to: Format, from?: Format): Promise<Buffer>;
  export function detectFormat(font: Uint8Array): Format;
}
