/** Padding round the stage and the gap between its rows, in px (Stage.svelte's 0.5rem). */
export const STAGE_SPACING = 8;
/** The least a timeline needs to show its ruler and a density strip. */
const TIMELINE_FLOOR = 96;
/** The list's share of a framed view when the embed shows it (list=1). */
const LIST_SHARE = 0.22;
/** From this width a story sits beside the map (Stage.svelte's media query); below it, above. */
export const STORY_BESIDE_MIN_WIDTH = 700;
/** The most of a narrow frame's height a story panel above the map takes; it scrolls within. */
const STORY_SHARE = 0.3;
/** The least a story panel above the map keeps: its title and a line, the rest scrolls. */
const STORY_FLOOR = 48;
/** The least map under a story: enough for the map's own buttons in its top-right corner. */
const MAP_UNDER_STORY = 130;
/** Below this width or height the view's tools fold into one menu button over the map. */
export const TOOLS_ROW_MIN = { width: 840, height: 440 };

export interface FrameLayout {
	/** The map's least height: the map takes every pixel the timeline leaves. */
	mapMin: number;
	/** The most the timeline may take, controls and key included; it drops lanes to fit. */
	timelineMax: number;
	/**
	 * Whether the view's tools (full screen, download image…) fold into a menu: a row of them
	 * over the map's corner would cover the map's own controls in a small frame.
	 */
	toolsMenu: boolean;
	/** The most the story panel above the map may take (0 when it sits beside the map or is off). */
	storyMax: number;
}

/**
 * Shares a fixed frame between map and timeline so the map stays usable at any common size:
 * at least 200 px of map from 480 px wide (150 px below that) and about 42 % of the height,
 * while the timeline keeps room for its ruler and a density strip in the shortest frames.
 */
export function frameLayout(
	width: number,
	height: number,
	withList = false,
	withStory = false
): FrameLayout {
	const storyAbove = withStory && width < STORY_BESIDE_MIN_WIDTH;
	const rows = 2 + (withList ? 1 : 0) + (storyAbove ? 1 : 0);
	const inner = Math.max(0, height - 2 * STAGE_SPACING - (rows - 1) * STAGE_SPACING);
	const list = withList ? Math.round(inner * LIST_SHARE) : 0;
	const storyMax = storyAbove
		? Math.max(
				STORY_FLOOR,
				Math.min(Math.round(inner * STORY_SHARE), inner - list - TIMELINE_FLOOR - MAP_UNDER_STORY)
			)
		: 0;
	const room = inner - list - storyMax;
	const wanted = Math.max(width < 480 ? 150 : 200, Math.round(height * 0.42));
	const mapMin = Math.max(0, Math.min(wanted, room - TIMELINE_FLOOR));
	const toolsMenu = width < TOOLS_ROW_MIN.width || height < TOOLS_ROW_MIN.height;
	return { mapMin, timelineMax: room - mapMin, toolsMenu, storyMax };
}
