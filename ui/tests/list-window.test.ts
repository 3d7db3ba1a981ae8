// The geometry of a long list drawn in blocks: how rows are cut, which block holds a row, which blocks a view draws.
import { describe, expect, it } from "vitest";
import { BLOCK_ROWS, blockHeight, blockOfRow, blocksInView, cutBlocks } from "../src/view/list-window";

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

  it("draws the blocks within one view above and two below the top of what shows", () => {
    expect(blocksInView(blocks, heights, 0, { scrollTop: 0, height: 400 })).toEqual([0]);
    expect(blocksInView(blocks, heights, 0, { scrollTop: 4500, height: 400 })).toEqual([4, 5]);
    expect(blocksInView(blocks, heights, 0, { scrollTop: 4900, height: 400 })).toEqual([4, 5]);
    expect(blocksInView(blocks, heights, 0, { scrollTop: 5300, height: 400 })).toEqual([4, 5, 6]);
    expect(blocksInView(blocks, heights, 0, { scrollTop: 9600, height: 400 })).toEqual([9]);
  });

  it("counts section headers above a section's first block", () => {
    const sectioned = cutBlocks([1, 1, BLOCK_ROWS]);
    // Headers of 100 px: 0–100 header, 100–150 block 0, 150–250 header, 250–300 block 1, 300–400 header, then block 2.
    expect(blocksInView(sectioned, [50, 50, 1000], 100, { scrollTop: 100, height: 50 })).toEqual([0]);
    expect(blocksInView(sectioned, [50, 50, 1000], 100, { scrollTop: 200, height: 50 })).toEqual([1]);
    expect(blocksInView(sectioned, [50, 50, 1000], 100, { scrollTop: 300, height: 60 })).toEqual([1, 2]);
    // Without headers the same view is deep in block 2.
    expect(blocksInView(sectioned, [50, 50, 1000], 0, { scrollTop: 200, height: 50 })).toEqual([2]);
  });

  it("draws the top of a list that is not laid out yet", () => {
    expect(blocksInView(blocks, heights, 0, { scrollTop: 0, height: 0 })).toEqual([0]);
    expect(blocksInView([], [], 0, { scrollTop: 0, height: 400 })).toEqual([]);
  });

  it("takes a block's measured height, else its rows at the average row height", () => {
    const [first] = cutBlocks([BLOCK_ROWS]);
    expect(first && blockHeight(first, 1234, 56)).toBe(1234);
    expect(first && blockHeight(first, undefined, 56)).toBe(BLOCK_ROWS * 56);
    expect(first && blockHeight(first, 0, 50)).toBe(BLOCK_ROWS * 50);
  });
});
