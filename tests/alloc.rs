//! The app's own allocator (src/alloc.rs) in the browser: blocks never overlap,
//! contents survive growth, and a repeated pattern of work stops growing memory.

#![cfg(target_arch = "wasm32")]

// Links the app's crate, and with it its #[global_allocator].
use massage_map as _;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Sizes from one byte to beyond the largest size class (64 KiB).
const SIZES: [usize; 12] = [
    1, 7, 16, 17, 100, 1000, 4096, 5000, 65536, 65537, 150_000, 300_000,
];

fn filled(size: usize, seed: usize) -> Vec<u8> {
    (0..size)
        .map(|i| (i.wrapping_mul(31) ^ seed) as u8)
        .collect()
}

fn intact(block: &[u8], seed: usize) -> bool {
    block
        .iter()
        .enumerate()
        .all(|(i, b)| *b == (i.wrapping_mul(31) ^ seed) as u8)
}

/// Allocates every size a few times, frees every other block, allocates again,
/// and checks that no block was overwritten by another.
fn round() {
    let mut blocks: Vec<(Vec<u8>, usize)> = Vec::new();
    for (n, size) in SIZES.iter().cycle().take(SIZES.len() * 3).enumerate() {
        blocks.push((filled(*size, n), n));
    }
    let mut kept: Vec<(Vec<u8>, usize)> = blocks.into_iter().step_by(2).collect();
    for (n, size) in SIZES.iter().enumerate() {
        kept.push((filled(*size, 1000 + n), 1000 + n));
    }
    for (block, seed) in &kept {
        assert!(
            intact(block, *seed),
            "a block of {} bytes was overwritten",
            block.len()
        );
    }
    // Live blocks occupy disjoint addresses.
    let mut spans: Vec<(usize, usize)> = kept
        .iter()
        .map(|(block, _)| {
            (
                block.as_ptr() as usize,
                block.as_ptr() as usize + block.len(),
            )
        })
        .collect();
    spans.sort();
    for pair in spans.windows(2) {
        assert!(
            pair[0].1 <= pair[1].0,
            "blocks {:?} and {:?} overlap",
            pair[0],
            pair[1]
        );
    }
}

#[wasm_bindgen_test]
fn blocks_never_overlap_and_keep_their_contents() {
    round();
    // Growing one vector reallocates through several classes into whole pages.
    let mut grown = Vec::new();
    for i in 0..200_000usize {
        grown.push((i.wrapping_mul(31) ^ 7) as u8);
    }
    assert!(intact(&grown, 7));
}

#[wasm_bindgen_test]
fn the_same_work_again_reuses_memory() {
    for _ in 0..3 {
        round();
    }
    let pages = core::arch::wasm32::memory_size(0);
    for _ in 0..30 {
        round();
    }
    assert_eq!(
        core::arch::wasm32::memory_size(0),
        pages,
        "memory kept growing"
    );
}
