/**
 * Loading the .proto subsets written in this folder. The schemas live in TS
 * strings so they ship inside dist/ without a copy step. Each schema is loaded
 * twice: as written (to encode and to know field types) and as a "strict"
 * twin whose `string` fields are read as bytes, so that invalid UTF-8 is
 * caught and named instead of being silently replaced by protobufjs.
 */
import protobuf from 'protobufjs';

export type Root = protobuf.Root;
export type Type = protobuf.Type;

/** A schema as written, and its strict-decoding twin. */
export interface Schema {
  readonly canonical: Root;
  readonly strict: Root;
}

const STRING_FIELD = /^(\s*(?:repeated\s+|optional\s+)?)string(\s+\w+\s*=)/gm;

/**
 * Parses the files (each one `package`) into one root, twice.
 * @example const s = loadSchema([COMMON_PROTO, TRACE_PROTO]); s.canonical.lookupType('a.B')
 */
export function loadSchema(files: readonly string[]): Schema {
  const canonical = new protobuf.Root();
  const strict = new protobuf.Root();
  for (const text of files) {
    protobuf.parse(text, canonical, { keepCase: false });
    protobuf.parse(text.replace(STRING_FIELD, '$1bytes$2'), strict, { keepCase: false });
  }
  canonical.resolveAll();
  strict.resolveAll();
  return { canonical, strict };
}
