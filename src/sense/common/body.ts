/**
 * Turning a raw HTTP body into bytes and text safely: bounded decompression
 * (gzip, deflate, snappy), strict UTF-8 and JSON errors that say where.
 * Every failure is a HomeostatError with the right 4xx status.
 */
import { gunzipSync, inflateSync } from 'node:zlib';
import { uncompress as snappyUncompress } from 'snappyjs';
import { errorMessage, HomeostatError } from '../../core/errors.js';

export type Encoding = 'gzip' | 'deflate' | 'snappy';

const FATAL_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The media type without parameters, lower-cased; '' when absent. */
export function mediaType(header: string | undefined): string {
  return (header ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? '';
}

/**
 * Undoes Content-Encoding, refusing to produce more than `maxBytes`.
 * @example decodeContentEncoding(body, 'gzip', ['gzip'], 1 << 25)
 */
export function decodeContentEncoding(
  body: Buffer,
  header: string | undefined,
  allowed: readonly Encoding[],
  maxBytes: number,
): Buffer {
  const enc = (header ?? '').trim().toLowerCase();
  if (enc === '' || enc === 'identity') return body;
  const name: Encoding | undefined =
    enc === 'x-gzip' ? 'gzip' : (allowed.find((a) => a === enc) ?? undefined);
  if (name === undefined || !allowed.includes(name)) {
    throw new HomeostatError(
      'HST_UNSUPPORTED_MEDIA',
      `Content-Encoding '${enc}' is not supported here; use ${['identity', ...allowed].join(', ')}`,
    );
  }
  try {
    if (name === 'gzip') return gunzipSync(body, { maxOutputLength: maxBytes });
    if (name === 'deflate') return inflateSync(body, { maxOutputLength: maxBytes });
    return snappyUncompress(body, maxBytes);
  } catch (err) {
    const msg = errorMessage(err);
    if ((err as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE' || /too big/.test(msg)) {
      throw new HomeostatError(
        'HST_PAYLOAD_TOO_LARGE',
        `body decompresses to more than ${maxBytes} bytes (${name}); send smaller batches`,
      );
    }
    throw new HomeostatError('HST_INPUT_INVALID', `body is not valid ${name}: ${msg}`);
  }
}

/**
 * Decodes UTF-8 strictly; invalid sequences are an error naming `where`.
 * @example utf8(bytes, 'request body')
 */
export function utf8(bytes: Uint8Array, where: string): string {
  try {
    return FATAL_UTF8.decode(bytes);
  } catch {
    throw new HomeostatError('HST_INPUT_INVALID', `${where}: invalid UTF-8`);
  }
}

/** Parses JSON text; the error names the position the parser gave up at. */
export function parseJson(text: string, where = 'request body'): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new HomeostatError('HST_INPUT_INVALID', `${where}: invalid JSON: ${errorMessage(err)}`);
  }
}

/** Strict UTF-8 then JSON, in one step. */
export function jsonBody(bytes: Uint8Array, where = 'request body'): unknown {
  return parseJson(utf8(bytes, where), where);
}
