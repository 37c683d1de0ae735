import { describe, expect, it } from 'vitest';
import { qrBase } from './qr-base.ts';

describe('where a screen QR code points', () => {
  it.each([
    ['http://192.168.1.20:4321', undefined, 'http://192.168.1.20:4321'],
    ['http://192.168.1.20:4321', 'https://xf.example.cn/', 'http://192.168.1.20:4321'],
    ['https://xf.example.cn', 'https://xf.example.cn/', 'https://xf.example.cn'],
    ['http://localhost:4321', 'https://xf.example.cn/', 'https://xf.example.cn'],
    ['http://127.0.0.1:4334', 'https://xf.example.cn/sub/', 'https://xf.example.cn'],
    ['http://[::1]:4321', 'https://xf.example.cn', 'https://xf.example.cn'],
    ['http://localhost:4321', undefined, 'http://localhost:4321'],
  ])('opened at %s with SITE_URL %s → %s', (origin, site, expected) => {
    expect(qrBase(origin, site)).toBe(expected);
  });
});
