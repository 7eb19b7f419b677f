import type { Translation } from '../translation';
import type { hardening as english } from '../en/hardening';

/** Arabic strings of the embed's safety notices. */
export const hardening = {
	embedOriginClosed:
		'هذا العرض المضمَّن لا يتواصل مع أي صفحة: لا يحتوي origin= على مصدر صالح ({values})، لذلك يتجاهل الأوامر ولا يرسل رسائل.',
	tilesFromOsm: 'مربعات الخريطة من OpenStreetMap'
} satisfies Translation<typeof english>;
