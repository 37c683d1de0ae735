import { describe, expect, it } from 'vitest';
import { decodeRecord } from '../storage/versioned-storage.ts';
import { certificateNameStorage, cleanName } from './certificate-name.ts';

describe('certificate name', () => {
  it('keeps a name as it prints: no control or direction characters, one space, 40 characters', () => {
    expect(cleanName('  卓玛\n 才让\u202e ')).toBe('卓玛 才让');
    expect(cleanName('བཀྲ་ཤིས་བདེ་ལེགས')).toBe('བཀྲ་ཤིས་བདེ་ལེགས');
    expect([...cleanName('名'.repeat(60))!]).toHaveLength(40);
    expect(cleanName(42)).toBeUndefined();
  });

  it('a stored record without a name string is corrupt, not silently empty', () => {
    expect(decodeRecord(certificateNameStorage, '{"v":1,"data":{"name":7}}').problem).toBe('corrupt');
    expect(decodeRecord(certificateNameStorage, '{"v":1,"data":{"name":"卓玛"}}')).toEqual({ data: { name: '卓玛' } });
  });
});
