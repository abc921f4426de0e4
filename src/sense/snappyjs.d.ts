/** Types for snappyjs (it ships none): the Snappy block format used by Prometheus remote_write. */
declare module 'snappyjs' {
  /** Throws when the stream is invalid or would decompress to more than `maxLength` bytes. */
  export function uncompress<T extends Uint8Array>(compressed: T, maxLength?: number): T;
  export function compress<T extends Uint8Array>(uncompressed: T): T;
}
