/**
 * Narratives and prose pages link to other pages as "/programmes/…". When the site is
 * published under a sub-path, those links must carry it: this prefixes the base path
 * to every root-relative link in MDX.
 */
interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

export function rehypeBaseLinks({ base = '/' }: { base?: string } = {}) {
  const prefix = base.replace(/\/$/, '');
  return (tree: Node) => {
    if (prefix === '') return;
    const visit = (n: Node) => {
      const href = n.tagName === 'a' ? n.properties?.href : undefined;
      if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && !href.startsWith(`${prefix}/`)) {
        n.properties!.href = prefix + href;
      }
      n.children?.forEach(visit);
    };
    visit(tree);
  };
}
