/** Cuts a text at a word boundary to at most `max` characters, with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

/** A text's length once written into HTML, where ', ", &, < and > become entities. */
export function htmlLength(text: string): number {
  return text.replace(/['&]/g, '#####').replace(/"/g, '######').replace(/[<>]/g, '####').length;
}

/** A page title that fits in search results: the site's name after it only if there is room. */
export function pageTitle(title: string, siteName: string, max = 70): string {
  const withSite = `${title} · ${siteName}`;
  if (htmlLength(withSite) <= max) return withSite;
  let t = title;
  while (htmlLength(t) > max) t = shorten(t, t.length - 2);
  return t;
}
