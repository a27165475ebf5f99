//! Giving back the memory a phase freed before the next one grows.
//!
//! The binary's allocator (mimalloc) keeps the pages a thread freed for that
//! thread to use again. Reading the articles runs on every core and frees
//! most of what it made; merging then runs its largest lists on other
//! threads, beside pages the readers still hold. Collecting on every thread
//! of the pool between the two returns those pages first. Where another
//! allocator serves the program (the tests), mimalloc's own heaps are empty
//! and collecting them costs nothing.

/// Asks every thread of the global pool, and the calling one, to return the
/// pages it freed.
pub(crate) fn give_back_freed_pages() {
    // SAFETY: `mi_collect` only walks the calling thread's own heap.
    rayon::broadcast(|_| unsafe { libmimalloc_sys::mi_collect(true) });
    // SAFETY: as above, for this thread.
    unsafe { libmimalloc_sys::mi_collect(true) };
}
