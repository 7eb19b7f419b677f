import { describe, expect, it } from 'vitest';
import { EVENT_COLUMNS, PLACE_COLUMNS } from './columns';
import { EditorState } from './EditorState.svelte';
import { newStory } from './editableFile';

const column = (key: string) => EVENT_COLUMNS.find((c) => c.key === key)!;

describe('EditorState', () => {
	it('adds rows with free ids, edits a cell, and undoes and redoes each step', () => {
		const editor = new EditorState();
		editor.open(newStory('Story'));
		expect(editor.canUndo).toBe(false);
		editor.addRow('events', 0);
		editor.addRow('events', 1);
		editor.setCell('events', 1, column('date'), '2014');
		expect(editor.file.events).toEqual([{ id: 'event-1' }, { id: 'event-2', date: '2014' }]);
		editor.undo();
		expect(editor.file.events).toEqual([{ id: 'event-1' }, { id: 'event-2' }]);
		editor.undo();
		editor.undo();
		expect(editor.file.events).toEqual([]);
		expect(editor.canUndo).toBe(false);
		editor.redo();
		expect(editor.file.events).toEqual([{ id: 'event-1' }]);
	});

	it('an edit that changes nothing is not a step', () => {
		const editor = new EditorState();
		editor.open({ ...newStory('S'), events: [{ id: 'a', date: '2014' }] });
		editor.setCell('events', 0, column('date'), ' 2014 ');
		expect(editor.canUndo).toBe(false);
	});

	it('duplicates, deletes, sorts and pastes rows', () => {
		const editor = new EditorState();
		editor.open({
			...newStory('S'),
			events: [
				{ id: 'b', date: '2015' },
				{ id: 'a', date: '2014' }
			]
		});
		editor.duplicateRow('events', 0);
		expect(editor.file.events.map((row) => row.id)).toEqual(['b', 'b-2', 'a']);
		editor.deleteRow('events', 1);
		editor.sortByDate();
		expect(editor.file.events.map((row) => row.id)).toEqual(['a', 'b']);
		expect(
			editor.pasteRows('places', 0, 'id\tname\tlat\tlon\nkyiv\tKyiv\t50.45\t30.52', PLACE_COLUMNS)
		).toBe(1);
		expect(editor.file.places).toEqual([{ id: 'kyiv', name: 'Kyiv', lat: 50.45, lon: 30.52 }]);
	});

	it('replaces the JSON panel’s parts and keeps the grids and the title', () => {
		const editor = new EditorState();
		editor.open({ ...newStory('S'), eras: [{ id: 'old' }], events: [{ id: 'a' }] });
		editor.setParts({ story: { steps: [] } }, ['version', 'title', 'events', 'places']);
		expect(editor.file).toEqual({
			version: 1,
			title: 'S',
			places: [],
			events: [{ id: 'a' }],
			story: { steps: [] }
		});
	});

	it('sets a row’s other fields and keeps its grid cells', () => {
		const editor = new EditorState();
		editor.open({ ...newStory('S'), events: [{ id: 'a', title: 'A', verified: 'disputed' }] });
		editor.setRowExtras(
			'events',
			0,
			{ media: { url: 'https://example.org/a.jpg' }, title: 'X' },
			EVENT_COLUMNS
		);
		expect(editor.file.events[0]).toEqual({
			id: 'a',
			title: 'A',
			media: { url: 'https://example.org/a.jpg' }
		});
	});
});
