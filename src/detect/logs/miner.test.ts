import { describe, expect, it } from 'vitest';
import { mineAll, TemplateMiner } from './miner.js';

describe('TemplateMiner', () => {
  it('groups lines of one event and extracts their parameters', () => {
    const m = new TemplateMiner();
    const a = m.add('Receiving block blk_-42 src: /10.0.0.1:5000 dest: /10.0.0.2:50010');
    const b = m.add('Receiving block blk_77 src: /10.0.0.3:6000 dest: /10.0.0.4:50010');
    const c = m.add('Deleting block blk_77 file /data/current/blk_77');
    expect(a.created).toBe(true);
    expect(b.templateId).toBe(a.templateId);
    expect(b.created).toBe(false);
    expect(c.templateId).not.toBe(a.templateId);
    expect(b.template).toBe('Receiving block <*> src: <*>:<*> dest: <*>:<*>');
    expect(b.params).toEqual(['blk_77', '/10.0.0.3', '6000', '/10.0.0.4', '50010']);
    expect(c.params).toEqual(['blk_77', '/data/current/blk_77']);
  });

  it('keeps two-valued words as constants and refines a position once it shows enough variants', () => {
    const m = new TemplateMiner();
    const cyrus = m.add('session opened for user cyrus by (uid=0)');
    const news = m.add('session opened for user news by (uid=0)');
    // Two variants: still separate events (Failed/Accepted, HTTPS/SOCKS5 behave like this).
    expect(news.templateId).not.toBe(cyrus.templateId);
    expect(m.template(cyrus.templateId)).toBe('session opened for user cyrus by (uid=<*>)');
    const test = m.add('session opened for user test by (uid=0)');
    expect(test.templateId).not.toBe(cyrus.templateId);
    const root = m.add('session opened for user root by (uid=0)');
    // The fourth variant (the default minVariants) proves the position variable: the groups fold into the oldest id.
    expect(root.changed).toBe(true);
    expect(root.templateId).toBe(cyrus.templateId);
    expect(m.resolve(news.templateId)).toBe(cyrus.templateId);
    expect(m.template(news.templateId)).toBe('session opened for user <*> by (uid=<*>)');
    expect(root.params).toEqual(['root', '0']);
    expect(m.size).toBe(1);
    // The id given online stays valid and later lines keep it.
    expect(m.add('session opened for user mail by (uid=8)').templateId).toBe(cyrus.templateId);
  });

  it('does not merge short lines that differ in a word, nor different leading words', () => {
    const m = new TemplateMiner();
    const ids = [
      'Link error',
      'Link ok',
      'Link in reset',
      'cupsd startup succeeded',
      'syslogd startup succeeded',
      'klogd startup succeeded',
    ].map((l) => m.add(l).templateId);
    expect(new Set(ids).size).toBe(6);
  });

  it('gives every line the final template of its group offline', () => {
    const out = mineAll([
      'user alice logged in from web',
      'user bob logged in from web',
      'user carol logged in from web',
      'user dave logged in from web',
      'disk full',
    ]);
    expect(out.map((o) => o.template)).toEqual([
      'user <*> logged in from web',
      'user <*> logged in from web',
      'user <*> logged in from web',
      'user <*> logged in from web',
      'disk full',
    ]);
    expect(out[0]?.templateId).toBe(out[1]?.templateId);
  });

  it('joins lines whose values span a different number of tokens into one group', () => {
    const m = new TemplateMiner();
    const short = m.add('host:80 close, 0 bytes sent, 0 bytes received, lifetime 00:01');
    const long = m.add(
      'host:80 close, 1190 bytes (1.16 KB) sent, 1671 bytes (1.63 KB) received, lifetime 00:02',
    );
    const other = m.add('host:80 open through proxy proxy:5070 HTTPS');
    expect(long.templateId).toBe(short.templateId);
    expect(long.params).toContain('1.16 KB');
    expect(other.templateId).not.toBe(short.templateId);
  });

  it('lets a value of one shape meet a value of another shape (00:01 and <1 sec) in one group', () => {
    const m = new TemplateMiner();
    const a = m.add('p.example.com:80 close, 0 bytes sent, 0 bytes received, lifetime 00:01');
    const b = m.add('p.example.com:80 close, 403 bytes sent, 426 bytes received, lifetime <1 sec');
    expect(b.templateId).toBe(a.templateId);
    expect(b.template).toBe('<*>:<*> close, <*> bytes sent, <*> bytes received, lifetime <*>');
    expect(b.params).toContain('<1 sec');
    // A value glued to a word stays apart from a value glued to another word.
    const x = m.add('program interrupt: illegal instruction......0');
    const y = m.add('program interrupt: imprecise exception......0');
    expect(y.templateId).not.toBe(x.templateId);
  });

  it('needs the same evidence for a partly kept word (name=<*>) as for a changed word', () => {
    const m = new TemplateMiner();
    const ids = ['a', 'b', 'c'].map((v) => m.add(`lock held name=${v}.svc pid=1`).templateId);
    expect(new Set(ids).size).toBe(3);
    const d = m.add('lock held name=d.svc pid=1');
    expect(d.changed).toBe(true);
    expect(d.template).toBe('lock held name=<*>.svc pid=<*>');
    expect(m.size).toBe(1);
  });

  it('merges dotted names (packages, classes, properties) after the leading word as values', () => {
    const m = new TemplateMiner();
    const a = m.add('received broadcast android.intent.action.TIME_TICK');
    const b = m.add('received broadcast android.intent.action.BATTERY_CHANGED');
    expect(b.templateId).toBe(a.templateId);
    expect(b.template).toBe('received broadcast android.intent.action.<*>');
    // The leading word still names the event.
    const x = m.add('mapred.tip.id is deprecated. Instead, use mapreduce.task.id');
    const y = m.add('mapred.job.id is deprecated. Instead, use mapreduce.job.id');
    expect(y.templateId).not.toBe(x.templateId);
  });

  it('does not take a word change beside a value change as one parameter', () => {
    const m = new TemplateMiner();
    const ids = ['cyrus', 'news', 'test'].map(
      (u) => m.add(`session opened for user ${u} by (uid=0)`).templateId,
    );
    const login = m.add('session opened for user root by LOGIN(uid=0)');
    expect(ids).not.toContain(login.templateId);
    expect(login.created).toBe(true);
  });

  it('re-merges older groups that differ only in values once a template has proven itself', () => {
    const m = new TemplateMiner();
    const odd = m.add('acquire lock=1, tag="launch", name=android, ws=WorkSource{7}, pid=1');
    for (const [tag, name] of [
      ['a', 'x'],
      ['b', 'y'],
      ['c', 'z'],
      ['d', 'w'],
    ])
      m.add(`acquire lock=1, tag="${tag}", name=${name}, ws=null, pid=1`);
    expect(m.resolve(odd.templateId)).toBe(odd.templateId);
    expect(m.template(odd.templateId)).toBe('acquire lock=<*>, tag="<*>", name=<*>, ws=<*>, pid=<*>');
    expect(m.size).toBe(1);
  });

  it('lets an empty value meet a value whichever comes first', () => {
    const m = new TemplateMiner();
    const empty = m.add('connection from 10.0.0.1 () at 10:00');
    const named = m.add('connection from 10.0.0.2 (a.example.com) at 10:01');
    expect(named.templateId).toBe(empty.templateId);
    expect(named.template).toBe('connection from <*> (<*>) at <*>:<*>');
    // A punctuation marker is not an empty value.
    const stars = m.add('flag **** set now');
    const value = m.add('flag 42 set now');
    expect(value.templateId).not.toBe(stars.templateId);
  });

  it('among equally similar templates picks the one that widens least', () => {
    const m = new TemplateMiner();
    const counts = m.add('tasks: num=20,flags=62');
    for (let i = 0; i < 5; i++) m.add('tasks: num=20,flags=62');
    const a = m.add('tasks: top=Info{com.tencent.mobileqq/com.tencent.mobileqq.Splash}');
    const b = m.add('tasks: top=Info{com.example.notepad/com.example.notepad.Editor}');
    // Both candidates are half similar; the dotted one merges as a value, the larger one would need a word.
    expect(b.templateId).toBe(a.templateId);
    expect(b.templateId).not.toBe(counts.templateId);
  });

  it('bounds memory: templates beyond the cap evict the least recently matched', () => {
    const evicted: number[] = [];
    const m = new TemplateMiner({ maxTemplates: 3, cacheSize: 2 }, (t) => evicted.push(t.id));
    const first = m.add('alpha event happened').templateId;
    m.add('beta thing occurred here');
    m.add('gamma');
    m.add('alpha event happened'); // refreshes alpha
    m.add('delta other message with more words');
    expect(m.size).toBe(3);
    expect(evicted).toHaveLength(1);
    expect(m.template(first)).toBe('alpha event happened');
    expect(m.template(evicted[0] as number)).toBeUndefined();
    for (let i = 0; i < 50; i++)
      m.add(`word${String.fromCharCode(97 + (i % 26))}${i} solo ${'x '.repeat(i % 7)}`);
    expect(m.size).toBeLessThanOrEqual(3);
    const perLength = new TemplateMiner({ maxPerLength: 2 });
    for (const w of ['one two', 'three four', 'five six', 'seven eight']) perLength.add(w);
    expect(perLength.size).toBe(2);
  });
});
