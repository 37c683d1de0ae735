import { describe, expect, it } from 'vitest';
import { textRunsInTibetan, tibetanTextRuns } from './tibetan-text-runs.ts';

describe('Tibetan text runs of a built page', () => {
  it('take all the text of a Tibetan page, inline tags joined, blocks apart', () => {
    const html =
      '<html lang="bo"><head><title>ཁྱིམ · མེ</title><style>a{}</style></head><body><p><strong>འབྲེལ་ཡོད</strong>: ཁྱིམ</p><p>མེ་ཟོན</p><script>var x="ཀ"</script></body></html>';
    expect(tibetanTextRuns(html)).toEqual(['ཁྱིམ · མེ', 'འབྲེལ་ཡོད: ཁྱིམ', 'མེ་ཟོན']);
  });

  it('take only lang="bo" elements on a Chinese page, with their read-out attributes', () => {
    const html =
      '<html lang="zh-CN"><body><p>消防 <span lang="bo">མེ་ཟོན</span> · <span lang="zh-CN">安全</span></p><a lang="bo" aria-label="ཁ་བྱང">x</a><br><div lang="bo">ཀ<span lang="zh-CN">中</span>ཁ</div></body></html>';
    expect(tibetanTextRuns(html)).toEqual(['མེ་ཟོན', 'ཁ་བྱང', 'ཀ', 'ཁ']);
  });

  it('decode entities', () => {
    expect(tibetanTextRuns('<html lang="bo"><p>ཀ&amp;ཁ&#x0F0D;</p></html>')).toEqual(['ཀ&ཁ།']);
  });

  it('in Tibetan context also keep runs with no Tibetan: an English noscript, a Chinese-only label', () => {
    const html =
      '<html lang="bo"><body><noscript>Needs JavaScript</noscript><a title="切换语言">ཀ</a><p lang="zh-CN">中文</p></body></html>';
    expect(textRunsInTibetan(html)).toEqual(['Needs JavaScript', '切换语言', 'ཀ']);
  });
});
