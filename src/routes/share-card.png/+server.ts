import { shareCardPng } from '$lib/server/prerender/shareCard';

// Written to build/share-card.png at build time; og:image points here when PUBLIC_SITE_URL is set.
export const prerender = true;

export function GET() {
	return new Response(shareCardPng() as BodyInit, { headers: { 'content-type': 'image/png' } });
}
