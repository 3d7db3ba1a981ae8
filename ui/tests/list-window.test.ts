// The geometry of a long list drawn in blocks: how rows are cut, which block holds a row, which blocks a view draws.
import { describe, expect, it } from "vitest";
import { BLOCK_ROWS, blockHeight, blockOfRow, blocksInView, cutBlocks, DRAW_WHOLE_ROWS } from "../src/view/list-window";

describe("cutting rows into blocks", () => {
  it("cuts each section on its own, so no block straddles two", () => {
    const blocks = cutBlocks([3, BLOCK_ROWS + 5, 0, 2]);
    expect(blocks).toEqual([
      { start: 0, end: 3, section: 0, opensSection: true },
      { start: 3, end: 3 + BLOCK_ROWS, section: 1, opensSection: true },
      { start: 3 + BLOCK_ROWS, end: 8 + BLOCK_ROWS, section: 1, opensSection: false },
      { start: 8 + BLOCK_ROWS, end: 10 + BLOCK_ROWS, section: 3, opensSection: true },
    ]);
    expect(cutBlocks([])).toEqual([]);
  });

  it("finds the block of any row, and none past the end", () => {
    const blocks = cutBlocks([7, 1000, 13]);
    for (let row = 0; row < 1020; row++) {
      const block = blocks[blockOfRow(blocks, row)];
      expect(block && row >= block.start && row < block.end, `row ${row}`).toBe(true);
    }
    expect(blockOfRow(blocks, 1020)).toBe(-1);
    expect(blockOfRow(blocks, -1)).toBe(-1);
    expect(blockOfRow([], 0)).toBe(-1);
  });
});

describe("which blocks a view draws", () => {
  const blocks = cutBlocks([BLOCK_ROWS * 10]);
  const heights = blocks.map(() => 1000);

  it("draws what shows and a margin of a view, at least 1,000 px, above and below", () => {
    expect(blocksInView(blocks, heights, 0, { scrollTop: 0, height: 400 })).toEqual([0, 1]);
    expect(blocksInView(blocks, heights, 0, { scrollTop: 4500, height: 400 })).toEqual([3, 4, 5]);
    expect(blocksInView(blocks, heights, 0, { scrollTop: 9600, height: 400 })).toEqual([8, 9]);
    // A tall view: a margin of its own height.
    expect(blocksInView(blocks, heights, 0, { scrollTop: 5000, height: 1500 })).toEqual([3, 4, 5, 6, 7]);
  });

  it("counts section headers above a section's first block", () => {
    const sectioned = cutBlocks([1, 1, 200]);
    const sizes = [50, 50, 1000, 1000, 1000, 1000, 1000];
    // Headers of 100 px push the third section's blocks 300 px down: at 3,350 px, block 3 (1,400-2,400) is within
    // the margin; without headers it would end at 2,100 px and be dropped.
    expect(blocksInView(sectioned, sizes, 100, { scrollTop: 3350, height: 100 })).toEqual([3, 4, 5, 6]);
    expect(blocksInView(sectioned, sizes, 0, { scrollTop: 3350, height: 100 })).toEqual([4, 5, 6]);
  });

  it("draws the top of a list that is not laid out yet", () => {
    expect(blocksInView(blocks, heights, 0, { scrollTop: 0, height: 0 })).toEqual([0, 1]);
    expect(blocksInView([], [], 0, { scrollTop: 0, height: 400 })).toEqual([]);
  });

  it("draws a short list whole, wherever it is scrolled", () => {
    const short = cutBlocks([DRAW_WHOLE_ROWS]);
    expect(blocksInView(short, short.map(() => 1000), 0, { scrollTop: 2500, height: 50 })).toEqual([0, 1, 2]);
    const longer = cutBlocks([DRAW_WHOLE_ROWS + 1]);
    expect(blocksInView(longer, longer.map(() => 1000), 0, { scrollTop: 3500, height: 50 })).toEqual([2, 3]);
  });

  it("takes a block's measured height, else its rows at the average row height", () => {
    const [first] = cutBlocks([BLOCK_ROWS]);
    expect(first && blockHeight(first, 1234, 56)).toBe(1234);
    expect(first && blockHeight(first, undefined, 56)).toBe(BLOCK_ROWS * 56);
    expect(first && blockHeight(first, 0, 50)).toBe(BLOCK_ROWS * 50);
  });
});
