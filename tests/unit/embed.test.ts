/** The embed code and the embed's links, as strings: what a journalist pastes and what a reader clicks. */
import { describe, expect, it } from 'vitest';
import { embedSnippet, linksOpenOutside } from '../../src/lib/embed.ts';
import { citation, sourceRef, sourceText } from '../../src/lib/cite.ts';
import { getSite } from '../../src/lib/site.ts';

describe('the embed code', () => {
  it('escapes the title and carries no style attribute', () => {
    const code = embedSnippet({ src: 'https://x.org/embed/a/?theme=dark&x=1', title: 'A "quoted" <b>title</b>', height: 700 });
    expect(code).toBe('<iframe src="https://x.org/embed/a/?theme=dark&amp;x=1" title="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt;" loading="lazy" width="100%" height="700" frameborder="0" data-hanoi-targets></iframe>');
    expect(embedSnippet({ src: 's', title: 't', height: 1, script: 'https://x.org/embed.js' })).toMatch(/\n<script src="https:\/\/x.org\/embed.js" async><\/script>$/);
  });
});

describe('links inside an embed', () => {
  it('get a new-tab target, once, and leave other elements alone', () => {
    const svg = '<svg><a href="/a"><rect/></a><a target="_top" href="/b"></a><animate attributeName="x"/><a\nhref="/c"></a></svg>';
    expect(linksOpenOutside(svg)).toBe('<svg><a href="/a" target="_blank" rel="noopener"><rect/></a><a target="_top" href="/b"></a><animate attributeName="x"/><a\nhref="/c" target="_blank" rel="noopener"></a></svg>');
    expect(linksOpenOutside(linksOpenOutside(svg))).toBe(linksOpenOutside(svg));
  });
});

describe('citations', () => {
  const site = getSite();
  it('name the publisher where the data records one, and say when it does not', () => {
    const portal = site.sources.get('article-2022-12-20-ctr01')!;
    expect(sourceText('en', sourceRef('en', portal))).toBe(`Cổng Thông tin điện tử Chính phủ (Chinhphu.vn), “${portal.title_en}”, 20 December 2022.`);
    const article = site.sources.get('article-2024-ctr01')!;
    expect(sourceText('vi', sourceRef('vi', article))).toBe(`không ghi cơ quan phát hành, “${article.title_vi}”, khoảng 8/2024 – 12/2024.`);
    expect(sourceRef('vi', article).date_exact).toBe(false);
  });

  it('give the site, title, address, licence, date and every source', () => {
    const c = citation('en', { title: 'T', url: 'https://x.org/t/', updated: '2025-03-04', sources: [...site.sources.values()] });
    expect(c.full).toMatch(/^Targets and results \(2025\)\. “T”\. Data last changed 4 March 2025\. https:\/\/x\.org\/t\/\. Licence CC BY 4\.0\. Sources: /);
    expect(c.sources).toHaveLength(site.sources.size);
    for (const s of c.sources) expect(c.full).toContain(s);
  });
});
