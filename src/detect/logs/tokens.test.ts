import { describe, expect, it } from 'vitest';
import { isVariableSegment, maskWord, mergeTokens, tokenize } from './tokens.js';

describe('shape masking', () => {
  it('masks numbers, hex, glued units and numbered identifiers, not words with a digit', () => {
    expect(maskWord('6725')).toBe('<*>');
    expect(maskWord('0x0b85eee0')).toBe('<*>');
    expect(maskWord('65020ms')).toBe('<*>');
    expect(maskWord('blk_-6952295868487656571')).toBe('<*>');
    expect(maskWord('job_1445144423722_0020')).toBe('<*>');
    expect(maskWord('jk2_init()')).toBe('jk2_init()');
    expect(maskWord('ssh2')).toBe('ssh2');
    expect(isVariableSegment('tty2')).toBe(false);
    expect(isVariableSegment('00004ed0')).toBe(true);
  });

  it('keeps the shape around values: key=value, brackets, joined words', () => {
    expect(maskWord('uid=0')).toBe('uid=<*>');
    expect(maskWord('(uid=0)')).toBe('(uid=<*>)');
    expect(maskWord('core.2275')).toBe('core.<*>');
    expect(maskWord('node-69')).toBe('node-<*>');
    expect(maskWord('CPU#0')).toBe('CPU#<*>');
    expect(maskWord('[1]')).toBe('[<*>]');
  });

  it('treats addresses, paths and URLs as single values', () => {
    expect(maskWord('10.251.42.84')).toBe('<*>');
    expect(maskWord('10.250.19.102:50010')).toBe('<*>:<*>');
    expect(maskWord('/10.10.34.11:45307')).toBe('<*>:<*>');
    expect(maskWord('msra-sa-41:9000')).toBe('<*>:<*>');
    expect(maskWord('msra-sa-41/10.190.173.170:9000')).toBe('<*>/<*>:<*>');
    expect(maskWord('/etc/httpd/conf/workers2.properties')).toBe('<*>');
    expect(maskWord("'/udev/vcs2'")).toBe("'<*>'");
    expect(maskWord('hdfs://10.10.34.11:9000/pjhe/logs/x.log')).toBe('hdfs://<*>');
    expect(maskWord('FF:F2:9F:16:E2:23:00:0D:60:E9:1D:DC')).toBe('<*>');
  });

  it('treats Windows paths, GUIDs, long relative paths and numbered names as values', () => {
    expect(maskWord('C:\\Windows\\servicing\\cbscore.dll,')).toBe('<*>,');
    expect(maskWord("'\\\\?\\GLOBALROOT\\Device\\config\\SAM'.")).toBe("'<*>'.");
    expect(maskWord('{bf1a281b-ad7b-4476-ac95-f47682990ce7}GLOBALROOT/Device/Volume2/config/SAM')).toBe(
      '{<*>}<*>',
    );
    expect(maskWord('read/write')).toBe('read/write');
    expect(maskWord('bglio716,')).toBe('<*>,');
    expect(maskWord('U11')).toBe('<*>');
    // One digit stays part of the name.
    expect(maskWord('ssh2')).toBe('ssh2');
    expect(maskWord('eth0')).toBe('eth0');
  });

  it('treats host names with a common top-level domain as values, not class names', () => {
    expect(maskWord('MSRA-SA-41.fareast.corp.microsoft.com')).toBe('<*>');
    expect(maskWord('(host8.topspot.net)')).toBe('(<*>)');
    expect(maskWord('org.apache.hadoop.mapreduce.v2.app.MRAppMaster')).toBe(
      'org.apache.hadoop.mapreduce.<*>.app.MRAppMaster',
    );
    expect(maskWord('android.intent.action.MAIN')).toBe('android.intent.action.MAIN');
  });

  it('keeps a number and its spaced time unit together as one token that keeps the unit', () => {
    const t = tokenize('lifetime <1 sec, took 12 ms; over 30 seconds');
    expect(t.masked).toEqual(['lifetime', '<<*> sec,', 'took', '<*> ms;', 'over', '<*> seconds']);
    expect(t.words[1]).toBe('<1 sec,');
    // A word is not a unit after a non-number.
    expect(tokenize('took long ms').masked).toEqual(['took', 'long', 'ms']);
  });

  it('makes one value of a date and of a number with a byte unit', () => {
    const t = tokenize('connection from 1.2.3.4 at Fri Jul  1 07:57:30 2005');
    expect(t.masked).toEqual(['connection', 'from', '<*>', 'at', '<*>']);
    expect(t.words[4]).toBe('Fri Jul 1 07:57:30 2005');
    expect(tokenize('(estimated size 5.2 KB, free 14.0 KB)').masked).toEqual([
      '(estimated',
      'size',
      '<*>,',
      'free',
      '<*>)',
    ]);
  });

  it('keeps a quoted string that spans words in one token', () => {
    const t = tokenize('acquire tag="View Lock", uid=10037');
    expect(t.masked).toEqual(['acquire', 'tag="View Lock",', 'uid=<*>']);
    expect(mergeTokens('tag="View Lock",', 'tag="AudioMix",')).toBe('tag="<*>",');
    // A backslash-escaped space does not split a word either.
    expect(tokenize('nodes:node-[27\\ 191] up').masked).toEqual(['nodes:node-[<*>]', 'up']);
    // An unclosed quote leaves the words as they are.
    expect(tokenize('say "hello there').masked).toEqual(['say', '"hello', 'there']);
  });

  it('merges differing tokens as finely as their shapes align', () => {
    expect(mergeTokens('rhost=<*>', 'rhost=example.org')).toBe('rhost=<*>');
    expect(mergeTokens('node-a', 'node-b')).toBe('node-<*>');
    expect(mergeTokens('alpha', 'beta')).toBe('<*>');
    expect(mergeTokens('same', 'same')).toBe('same');
    // key=value whose values differ in shape keeps the key and the closing punctuation.
    expect(mergeTokens('ws=null,', 'ws=WorkSource{<*>},')).toBe('ws=<*>,');
    // Dotted names keep their common package prefix.
    expect(
      mergeTokens('org.apache.mapreduce.jobhistory.EventType', 'org.apache.mapreduce.<*>.app.JobEventType'),
    ).toBe('org.apache.mapreduce.<*>');
  });
});
