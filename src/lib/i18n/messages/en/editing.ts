/** English strings used only by the editor at /edit/: given to its I18n, kept out of the viewer. */
import { draft } from './draft';
import { editor } from './editor';
import { placeSearch } from './placeSearch';

export const enEditing = {
	...draft,
	...editor,
	...placeSearch
};
