/**
 * RFC 4180 CSV: parse records (quoted fields, doubled quotes, embedded line
 * breaks, CRLF) and quote fields on output. Loghub's structured files quote
 * any field holding a comma or a quote, so a split on commas is not enough.
 */

/**
 * Parses CSV text into records of fields. A trailing line break does not add
 * an empty record.
 * @example parseCsv('a,"b,c"\n1,"say ""hi"""\n') // [['a','b,c'],['1','say "hi"']]
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  const n = text.length;
  // A record is pending once any character of it was read; keeps "a\n" from ending in [''].
  let pending = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */ && field === '') {
      // Quoted field: read to the closing quote, a doubled quote is one quote.
      i++;
      let start = i;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          field += text.slice(start);
          i = n;
          break;
        }
        if (text.charCodeAt(q + 1) === 34) {
          field += `${text.slice(start, q)}"`;
          i = q + 2;
          start = i;
          continue;
        }
        field += text.slice(start, q);
        i = q + 1;
        break;
      }
      pending = true;
      continue;
    }
    if (c === 44 /* , */) {
      record.push(field);
      field = '';
      pending = true;
      i++;
      continue;
    }
    if (c === 10 /* \n */ || c === 13 /* \r */) {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      pending = false;
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      continue;
    }
    // Plain run up to the next delimiter.
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === 44 || d === 10 || d === 13) break;
      j++;
    }
    field += text.slice(i, j);
    pending = true;
    i = j;
  }
  if (pending) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/**
 * Parses CSV with a header row into objects keyed by column name.
 * @example parseCsvObjects('Id,Content\n1,x\n') // [{ Id: '1', Content: 'x' }]
 */
export function parseCsvObjects(text: string): { header: string[]; rows: Record<string, string>[] } {
  const [header = [], ...body] = parseCsv(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const rows = body.map((r) => {
    const o: Record<string, string> = {};
    for (let k = 0; k < header.length; k++) o[header[k] ?? ''] = r[k] ?? '';
    return o;
  });
  return { header, rows };
}

/**
 * Quotes a field when it holds a comma, a quote or a line break.
 * @example csvField('a "b", c') // '"a ""b"", c"'
 */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV line (without line break) from fields. */
export function csvLine(fields: readonly (string | number)[]): string {
  return fields.map((f) => csvField(String(f))).join(',');
}
