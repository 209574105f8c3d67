//! The WebAssembly build's memory allocator: blocks in power-of-two size
//! classes, each class with its own free list. About 3 KB (gzip) smaller than
//! Rust's default (dlmalloc); allocation and free are O(1), and a page's
//! steady pattern of renders keeps reusing the same blocks. Memory is never
//! returned to the browser, which the default allocator does not do either.

use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;
use core::ptr::null_mut;

const PAGE: usize = 65536;
const MIN_SHIFT: u32 = 4;
/// Classes of 16 B up to 64 KiB; larger blocks are whole pages.
const CLASSES: usize = 13;

pub struct SizeClasses(UnsafeCell<Heap>);

// wasm32-unknown-unknown without the atomics feature runs one thread.
unsafe impl Sync for SizeClasses {}

struct Heap {
    free: [*mut Free; CLASSES],
    /// Freed blocks larger than the classes.
    large: *mut Free,
    next: usize,
    end: usize,
}

/// Written into a block while it is free.
struct Free {
    next: *mut Free,
    size: usize,
}

impl SizeClasses {
    pub const fn new() -> Self {
        SizeClasses(UnsafeCell::new(Heap {
            free: [null_mut(); CLASSES],
            large: null_mut(),
            next: 0,
            end: 0,
        }))
    }
}

impl Default for SizeClasses {
    fn default() -> Self {
        Self::new()
    }
}

fn class_of(layout: Layout) -> Option<usize> {
    let need = layout.size().max(layout.align()).max(1 << MIN_SHIFT);
    let class = (need.next_power_of_two().trailing_zeros() - MIN_SHIFT) as usize;
    (class < CLASSES).then_some(class)
}

fn large_size(layout: Layout) -> usize {
    layout.size().div_ceil(PAGE) * PAGE
}

impl Heap {
    /// Fresh memory after the last block handed out, growing the memory as needed.
    unsafe fn take(&mut self, size: usize, align: usize) -> *mut u8 {
        loop {
            let start = (self.next + align - 1) & !(align - 1);
            if start + size <= self.end {
                self.next = start + size;
                return start as *mut u8;
            }
            let pages = (size + align).div_ceil(PAGE);
            let before = core::arch::wasm32::memory_grow(0, pages);
            if before == usize::MAX {
                return null_mut();
            }
            let base = before * PAGE;
            // Not adjoining what we had (the first growth): start afresh there.
            if base != self.end {
                self.next = base;
            }
            self.end = base + pages * PAGE;
        }
    }
}

unsafe impl GlobalAlloc for SizeClasses {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let heap = &mut *self.0.get();
        if let Some(class) = class_of(layout) {
            let head = heap.free[class];
            if head.is_null() {
                let size = 1 << (class as u32 + MIN_SHIFT);
                return heap.take(size, size);
            }
            heap.free[class] = (*head).next;
            return head.cast();
        }
        // Large: a freed block of exactly this many pages, else fresh pages.
        // (Exact: a bigger block handed out here would be freed as a smaller one.)
        let size = large_size(layout);
        let mut link: *mut *mut Free = &mut heap.large;
        while !(*link).is_null() {
            let block = *link;
            if (*block).size == size && (block as usize).is_multiple_of(layout.align()) {
                *link = (*block).next;
                return block.cast();
            }
            link = &mut (*block).next;
        }
        heap.take(size, layout.align().max(PAGE))
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let heap = &mut *self.0.get();
        let block = ptr.cast::<Free>();
        match class_of(layout) {
            Some(class) => {
                (*block).next = heap.free[class];
                heap.free[class] = block;
            }
            None => {
                *block = Free {
                    next: heap.large,
                    size: large_size(layout),
                };
                heap.large = block;
            }
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
        if class_of(layout).is_some() && class_of(layout) == class_of(new_layout) {
            return ptr;
        }
        let new = self.alloc(new_layout);
        if !new.is_null() {
            core::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
            self.dealloc(ptr, layout);
        }
        new
    }
}
