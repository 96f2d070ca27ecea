/** The site's four doors, in the header of every page (src/components/SiteHeader.astro). */
export interface SiteLink {
  href: string;
  label: string;
}

export const SITE_LINKS: readonly SiteLink[] = [
  { href: '/#read', label: 'Articles' },
  { href: '/viz/', label: 'Explore' },
  { href: '/clinic/', label: 'Clinic mode' },
  { href: '/glossary/', label: 'Glossary' },
];

/** Which link names the section a path is in, or null (home itself is the site's name). */
export function currentLink(pathname: string): string | null {
  if (pathname.startsWith('/articles/')) return '/#read';
  for (const link of SITE_LINKS)
    if (!link.href.includes('#') && pathname.startsWith(link.href)) return link.href;
  return null;
}
