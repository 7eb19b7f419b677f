import type { Translation } from '../translation';
import type { layers as english } from '../en/layers';

/** Arabic strings of the data's map layers and membership sets in the legend. */
export const layers = {
	layersHeading: 'الطبقات',
	euMembers: 'الدول الأعضاء في الاتحاد الأوروبي',
	layerStyle_area: 'منطقة',
	layerStyle_occupied: 'منطقة محتلة',
	layerStyle_claimed: 'منطقة مُطالَب بها',
	layerStyle_front: 'خط الجبهة',
	layerStyle_route: 'مسار',
	layerNotNow: 'ليس في هذا التاريخ',
	membershipsOn: 'التظليل حسب الوضع في {date}'
} satisfies Translation<typeof english>;
