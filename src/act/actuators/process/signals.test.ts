import { describe, expect, it } from 'vitest';
import { LogRing } from './ring.js';
import { logLineToSignal } from './signals.js';
import { ProcessSupervisor } from './supervisor.js';
import type { LogLine } from './types.js';

describe('log lines as signals', () => {
  it('reads message, level and fields from a JSON line, and keeps any other line whole', () => {
    const json = logLineToSignal('inventory', 0, {
      at: 7,
      stream: 'stdout',
      line: '{"ts":"2026-11-28T12:00:00Z","level":"error","service":"inventory","msg":"database error","code":"SQLITE_NOTADB","nested":{"x":1}}',
    });
    expect(json).toMatchObject({
      kind: 'log',
      entity: 'service:inventory',
      at: 7,
      labels: { level: 'error', instance: '0' },
      attributes: { message: 'database error', fields: { code: 'SQLITE_NOTADB' } },
    });
    const raw = logLineToSignal('api', 1, {
      at: 8,
      stream: 'stderr',
      line: 'Segmentation fault {core dumped',
    });
    expect(raw.labels.level).toBe('error');
    expect(raw.attributes?.message).toBe('Segmentation fault {core dumped');
    expect(raw.attributes?.fields).toBeUndefined();
  });

  it('hands every complete line of a ring to its listener as it is stored', () => {
    const seen: string[] = [];
    const r = new LogRing(
      2,
      () => 0,
      (l) => seen.push(l.line),
    );
    r.push('stdout', 'one\ntwo\nthr');
    expect(seen).toEqual(['one', 'two']);
    r.push('stdout', 'ee\n');
    expect(seen).toEqual(['one', 'two', 'three']);
  });

  it('a supervisor passes its children’s lines on, named by service and instance', async () => {
    const lines: { service: string; instance: number; line: LogLine }[] = [];
    const sup = new ProcessSupervisor({
      services: [
        { name: 'echo', command: [process.execPath, '-e', 'console.log(JSON.stringify({msg:"hello"}))'] },
      ],
      onLog: (service, instance, line) => lines.push({ service, instance, line }),
    });
    try {
      await sup.start();
      for (let i = 0; i < 50 && lines.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(lines[0]).toMatchObject({ service: 'echo', instance: 0, line: { line: '{"msg":"hello"}' } });
    } finally {
      await sup.shutdown();
    }
  });
});
