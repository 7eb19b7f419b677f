// The app reads its address and data in the browser; every route is prerendered as a static shell.
export const prerender = true;
export const ssr = false;
export const trailingSlash = 'always';
