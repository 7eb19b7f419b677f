// The floor page is built and served like the app: a prerendered shell, drawn in the browser.
export const prerender = true;
export const ssr = false;
export const trailingSlash = 'always';
