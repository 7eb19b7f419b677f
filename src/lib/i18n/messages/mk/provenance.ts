import type { Translation } from '../translation';
import type { provenance as english } from '../en/provenance';

/** Macedonian strings of provenance: sources, verification badges, the update log, "Get the data" and foreign data. */
export const provenance = {
	sources: 'Извори',
	archivedCopy: 'архивирана копија',
	accessedOn: 'пристапено на {date}',
	verifiedConfirmed: 'Потврдено',
	verifiedUnconfirmed: 'Непотврдено',
	verifiedDisputed: 'Оспорено',
	verifiedConfirmedHint: 'Ова го потврдуваат и други извори освен написот.',
	verifiedUnconfirmedHint: 'Ова го објавува само написот; не е пронајден друг извор.',
	verifiedDisputedHint: 'Други извори го оспоруваат ова.',
	aboutData: 'За податоците',
	updatedOn: 'Ажурирано на {date}',
	changeLog: 'Исправки и промени',
	license: 'Лиценца: {license}',
	reportError: 'Пријавете грешка',
	note: 'Белешка',
	dataFromHost: 'Податоци од {host}',
	dataFromFile: 'Податоци од локална датотека',
	dataNotPublisher: 'не се објавени од оваа страница',
	getData: 'Преземете ги податоците',
	downloadJson: 'Chronomap JSON',
	downloadCsv: 'CSV за табеларни пресметки',
	downloadCount: 'Прикажани настани: {shown} од {total}',
	embedForeignData:
		'Овој код вчитува податоци од {host}, кои оваа страница не ги објавила. Читателите на вградениот приказ ќе видат „Податоци од {host}“.',
	embedForeignConfirm: 'Додајте ја оваа адреса на податоците во кодот'
} satisfies Translation<typeof english>;
