import { appendFileSync, mkdtempSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { logTailFactory } from './logtail.js';
import { RecordingSink } from './testkit.js';

const dir = mkdtempSync(join(tmpdir(), 'homeostat-logtail-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const messages = (rec: RecordingSink) => rec.signals.map((s) => s.attributes?.message);

describe('log tailer', () => {
  it('starts at the end by default and buffers partial lines until their newline', async () => {
    const file = join(dir, 'api.log');
    writeFileSync(file, 'old line\n');
    const rec = new RecordingSink();
    const tail = logTailFactory.create({ files: [{ path: file, service: 'api' }] }, { sink: rec.sink });
    await tail.poll();
    appendFileSync(file, 'first\nsecond par');
    await tail.poll();
    expect(messages(rec)).toEqual(['first']);
    appendFileSync(file, 'tial\r\n');
    await tail.poll();
    expect(messages(rec)).toEqual(['first', 'second partial']);
    expect(rec.signals[0]).toMatchObject({ kind: 'log', entity: 'service:api', name: 'log' });
    expect(rec.signals[0]?.labels).toMatchObject({ file, level: 'unspecified' });
    await tail.shutdown();
  });

  it('reads from the beginning when asked, and parses JSON lines for level, message, service and time', async () => {
    const file = join(dir, 'worker.log');
    writeFileSync(
      file,
      [
        '{"level":"error","msg":"db down","service":"orders","time":"2025-01-06T09:00:00Z"}',
        '{"level":30,"message":"ok","ts":1736154000}',
        '{not json',
        '',
      ].join('\n'),
    );
    const rec = new RecordingSink();
    const tail = logTailFactory.create({ startAt: 'beginning', files: [{ path: file }] }, { sink: rec.sink });
    await tail.poll();
    expect(rec.signals.map((s) => [s.entity, s.labels.level, s.attributes?.message, s.at])).toEqual([
      ['service:orders', 'error', 'db down', Date.parse('2025-01-06T09:00:00Z')],
      ['service:worker', 'info', 'ok', 1736154000_000],
      ['service:worker', 'unspecified', '{not json', rec.signals[2]?.at],
    ]);
    await tail.shutdown();
  });

  it('survives rename+create rotation without losing the old file tail', async () => {
    const file = join(dir, 'rot.log');
    writeFileSync(file, '');
    const rec = new RecordingSink();
    const tail = logTailFactory.create({ files: [{ path: file }] }, { sink: rec.sink });
    await tail.poll();
    appendFileSync(file, 'a1\na2\n');
    await tail.poll();
    appendFileSync(file, 'a3\n'); // written after the last poll, before rotation
    renameSync(file, `${file}.1`);
    writeFileSync(file, 'b1\n');
    await tail.poll();
    appendFileSync(file, 'b2\n');
    await tail.poll();
    expect(messages(rec)).toEqual(['a1', 'a2', 'a3', 'b1', 'b2']);
    expect(tail.rotations).toBe(1);
    await tail.shutdown();
  });

  it('survives copytruncate rotation', async () => {
    const file = join(dir, 'ct.log');
    writeFileSync(file, '');
    const rec = new RecordingSink();
    const tail = logTailFactory.create({ files: [{ path: file }] }, { sink: rec.sink });
    await tail.poll();
    appendFileSync(file, 'before-1 with some length\nbefore-2 with some length\n');
    await tail.poll();
    truncateSync(file, 0);
    appendFileSync(file, 'after\n');
    await tail.poll();
    expect(messages(rec)).toEqual(['before-1 with some length', 'before-2 with some length', 'after']);
    expect(tail.rotations).toBe(1);
    await tail.shutdown();
  });

  it('cuts over-long lines at maxLineBytes and skips their rest', async () => {
    const file = join(dir, 'long.log');
    writeFileSync(file, '');
    const rec = new RecordingSink();
    const tail = logTailFactory.create({ maxLineBytes: 10, files: [{ path: file }] }, { sink: rec.sink });
    await tail.poll();
    appendFileSync(file, `short\n${'x'.repeat(25)}`);
    await tail.poll();
    appendFileSync(file, `${'y'.repeat(5)}\nnext\n`);
    await tail.poll();
    expect(messages(rec)).toEqual(['short', 'xxxxxxxxxx', 'next']);
    expect(rec.signals[1]?.attributes?.truncated).toBe(true);
    await tail.shutdown();
  });

  it('holds lines while the sink is saturated and reads on when it recovers', async () => {
    const file = join(dir, 'bp.log');
    writeFileSync(file, '');
    const rec = new RecordingSink();
    const tail = logTailFactory.create({ files: [{ path: file }] }, { sink: rec.sink });
    await tail.poll();
    rec.accepting = false;
    appendFileSync(file, 'one\n');
    expect(await tail.poll()).toBe(0);
    appendFileSync(file, 'two\n');
    expect(await tail.poll()).toBe(0);
    rec.accepting = true;
    expect(await tail.poll()).toBe(1);
    expect(await tail.poll()).toBe(1);
    expect(messages(rec)).toEqual(['one', 'two']);
    await tail.shutdown();
  });

  it('follows several files, including one created after start, on its own timer', async () => {
    const a = join(dir, 'multi-a.log');
    const b = join(dir, 'multi-b.log');
    writeFileSync(a, 'ignored\n');
    const rec = new RecordingSink();
    const tail = logTailFactory.create({ pollMs: 20, files: [{ path: a }, { path: b }] }, { sink: rec.sink });
    await tail.start();
    appendFileSync(a, 'from a\n');
    writeFileSync(b, 'from b\n');
    for (let i = 0; i < 100 && rec.signals.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
    await tail.shutdown();
    await tail.shutdown();
    expect(messages(rec).sort()).toEqual(['from a', 'from b']);
  });
});
