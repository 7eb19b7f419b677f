/**
 * The prerendered first view (StaticView.svelte) and the dataset beside it in the page. The app
 * reads the dataset from the page instead of fetching it again, and removes the view when its
 * own is drawn, in the same frame, so nothing shows twice.
 */
const STATIC_ID = 'cm-static';
const DATASET_ID = 'cm-dataset';

/** The shipped dataset's text as the page carries it, or null on pages without it. */
export function embeddedDataset(): string | null {
	return document.getElementById(DATASET_ID)?.textContent ?? null;
}

export function hasStaticView(): boolean {
	return document.getElementById(STATIC_ID) !== null;
}

export function removeStaticView(): void {
	document.getElementById(STATIC_ID)?.remove();
	document.getElementById(DATASET_ID)?.remove();
}
