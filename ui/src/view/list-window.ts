// Owns the geometry of a long list drawn in blocks: the rows are cut into blocks of BLOCK_ROWS (never across a section),
// and only the blocks near the scrolled-to part are drawn; the others stand in as gaps of their last measured height,
// else an estimate. Pure arithmetic: the list view reads and writes the DOM.

/** Rows per block: small enough that a drawn block is cheap, large enough that scrolling rarely draws. */
export const BLOCK_ROWS = 40;
/** A row's height before any row was measured (a one-line detail, no notes). */
export const ESTIMATED_ROW_PX = 56;

export interface Block {
  /** First row (index into all rows) and one past the last. */
  start: number;
  end: number;
  /** Index of the section the block belongs to. */
  section: number;
  /** The section's first block: a section header sits above it. */
  opensSection: boolean;
}

/** Cuts `sectionSizes` (rows per section, in order) into blocks. */
export function cutBlocks(sectionSizes: number[]): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  sectionSizes.forEach((size, section) => {
    for (let offset = 0; offset < size; offset += BLOCK_ROWS) {
      blocks.push({ start: start + offset, end: start + Math.min(offset + BLOCK_ROWS, size), section, opensSection: offset === 0 });
    }
    start += size;
  });
  return blocks;
}

/** The block a row is in, or -1. */
export function blockOfRow(blocks: Block[], row: number): number {
  let low = 0;
  let high = blocks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const block = blocks[middle];
    if (block === undefined) {
      return -1;
    }
    if (row < block.start) {
      high = middle - 1;
    } else if (row >= block.end) {
      low = middle + 1;
    } else {
      return middle;
    }
  }
  return -1;
}

/** The height a list not laid out yet is drawn for. */
const NOT_LAID_OUT_PX = 480;
/** Drawn above and below what shows, at least: a list squeezed to a row or two still has its neighbours ready. */
const MIN_MARGIN_PX = 1000;
/** Lists this short are drawn whole: windowing them would only trade a few rows for churn. */
export const DRAW_WHOLE_ROWS = 3 * BLOCK_ROWS;

export interface Viewport {
  scrollTop: number;
  height: number;
}

/**
 * The blocks to draw: those within one viewport (at least MIN_MARGIN_PX) of the visible part, so a page key or a
 * flick lands on drawn rows, given each block's height and the height of a section header; every block of a short
 * list. A viewport of no height (hidden, not laid out yet)
 * counts as a short one at the top, so the first rows are there the moment it shows.
 */
export function blocksInView(blocks: Block[], heights: number[], headerPx: number, view: Viewport): number[] {
  if (blocks.length === 0) {
    return [];
  }
  const rows = blocks[blocks.length - 1]?.end ?? 0;
  if (rows <= DRAW_WHOLE_ROWS) {
    return blocks.map((_, index) => index);
  }
  const height = view.height > 0 ? view.height : NOT_LAID_OUT_PX;
  const margin = Math.max(height, MIN_MARGIN_PX);
  const from = view.scrollTop - margin;
  const to = view.scrollTop + height + margin;
  const drawn: number[] = [];
  let top = 0;
  blocks.forEach((block, index) => {
    if (block.opensSection) {
      top += headerPx;
    }
    const bottom = top + (heights[index] ?? 0);
    if (bottom > from && top < to) {
      drawn.push(index);
    }
    top = bottom;
  });
  return drawn;
}

/** A block's height: as measured when it was last drawn, else its rows at the average measured row height. */
export function blockHeight(block: Block, measured: number | undefined, rowPx: number): number {
  return measured !== undefined && measured > 0 ? measured : (block.end - block.start) * rowPx;
}
