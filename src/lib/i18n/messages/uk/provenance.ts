import type { Translation } from '../translation';
import type { provenance as english } from '../en/provenance';

/** Ukrainian strings of provenance: sources, verification badges, the update log, "Get the data" and foreign data. */
export const provenance = {
	sources: 'Джерела',
	archivedCopy: 'архівна копія',
	accessedOn: 'переглянуто {date}',
	verifiedConfirmed: 'Підтверджено',
	verifiedUnconfirmed: 'Не підтверджено',
	verifiedDisputed: 'Оскаржено',
	verifiedConfirmedHint: 'Це підтверджують інші джерела, крім статті.',
	verifiedUnconfirmedHint: 'Про це повідомляє лише стаття; інших джерел не знайдено.',
	verifiedDisputedHint: 'Інші джерела це спростовують.',
	aboutData: 'Про дані',
	updatedOn: 'Оновлено {date}',
	changeLog: 'Виправлення та зміни',
	license: 'Ліцензія: {license}',
	reportError: 'Повідомити про помилку',
	note: 'Примітка',
	dataFromHost: 'Дані з {host}',
	dataFromFile: 'Дані з локального файлу',
	dataNotPublisher: 'не опубліковано цим сайтом',
	getData: 'Завантажити дані',
	downloadJson: 'JSON Chronomap',
	downloadCsv: 'CSV для електронних таблиць',
	downloadCount: 'Показані події: {shown} з {total}',
	embedForeignData:
		'Цей код завантажує дані з {host}, які цей сайт не публікував. Читачі вбудованого блоку побачать «Дані з {host}».',
	embedForeignConfirm: 'Додати цю адресу даних до коду'
} satisfies Translation<typeof english>;
