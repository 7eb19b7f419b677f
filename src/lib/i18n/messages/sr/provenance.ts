import type { Translation } from '../translation';
import type { provenance as english } from '../en/provenance';

/** Serbian (Cyrillic) strings of provenance: sources, verification badges, the update log, "Get the data" and foreign data. */
export const provenance = {
	sources: 'Извори',
	archivedCopy: 'архивска копија',
	accessedOn: 'приступљено {date}',
	verifiedConfirmed: 'Потврђено',
	verifiedUnconfirmed: 'Непотврђено',
	verifiedDisputed: 'Оспорено',
	verifiedConfirmedHint: 'Ово потврђују и други извори осим чланка.',
	verifiedUnconfirmedHint: 'О овоме извештава само чланак; други извори нису пронађени.',
	verifiedDisputedHint: 'Други извори ово оповргавају.',
	aboutData: 'О подацима',
	updatedOn: 'Ажурирано {date}',
	changeLog: 'Исправке и измене',
	license: 'Лиценца: {license}',
	reportError: 'Пријави грешку',
	note: 'Напомена',
	dataFromHost: 'Подаци са {host}',
	dataFromFile: 'Подаци из локалне датотеке',
	dataNotPublisher: 'не објављује их овај сајт',
	getData: 'Преузми податке',
	downloadJson: 'Chronomap JSON',
	downloadCsv: 'CSV за табеле',
	downloadCount: 'Приказани догађаји: {shown} од {total}',
	embedForeignData:
		'Овај код учитава податке са {host}, које овај сајт није објавио. Читаоци уграђеног приказа видеће „Подаци са {host}”.',
	embedForeignConfirm: 'Стави ову адресу података у код'
} satisfies Translation<typeof english>;
