//! Reading items on every core while their results are used one after
//! another in the items' order.
//!
//! Reading a corpus in batches, each read on every core before the next
//! began, left a core waiting at the end of every batch for the longest
//! article of it to be read. Here the cores take the next item from a
//! shared count whenever they are free, and whoever finishes an item hands
//! on every result that is next in order: no core waits for another, and
//! only the results of items read ahead of one still being read are held.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

/// Runs `read` on each of `items` on every core of the pool, and `use_next`
/// on the results, one at a time and in the order of the items.
pub(crate) fn for_each<T: Sync, R: Send>(
    items: &[T],
    read: impl Fn(&T) -> R + Sync,
    use_next: impl FnMut(R) + Send,
) {
    let next_item = AtomicUsize::new(0);
    // Results read ahead of the next one to use, by item.
    let waiting: Mutex<BTreeMap<usize, R>> = Mutex::new(BTreeMap::new());
    // The next item whose result is to be used, and what uses it: held by
    // one core at a time.
    let user = Mutex::new((0, use_next));
    let hand_on = || {
        // A core that finds another handing on goes back to reading: the
        // other, or the next to finish an item, hands its result on.
        let Ok(mut user) = user.try_lock() else {
            return;
        };
        let (next, use_next) = &mut *user;
        loop {
            // Taken out before it is used: the others go on putting
            // results in meanwhile.
            let result = lock(&waiting).remove(next);
            let Some(result) = result else {
                break;
            };
            use_next(result);
            *next += 1;
        }
    };
    rayon::scope(|scope| {
        for _ in 0..rayon::current_num_threads() {
            scope.spawn(|_| {
                loop {
                    let at = next_item.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(at) else {
                        break;
                    };
                    let result = read(item);
                    lock(&waiting).insert(at, result);
                    hand_on();
                }
            });
        }
    });
    // What was finished while another core was handing on, last of all.
    let (mut next, mut use_next) = user.into_inner().unwrap_or_else(PoisonError::into_inner);
    let mut waiting = waiting.into_inner().unwrap_or_else(PoisonError::into_inner);
    while let Some(result) = waiting.remove(&next) {
        use_next(result);
        next += 1;
    }
    debug_assert!(waiting.is_empty());
}

/// The lock of `mutex`. A core that panicked while holding it panics the
/// whole reading, so what it guards is never read after that.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_result_is_used_once_in_the_order_of_the_items() {
        let items: Vec<usize> = (0..1000).collect();
        let mut used = Vec::new();
        super::for_each(&items, |&n| n * 2, |doubled| used.push(doubled));
        assert_eq!(used, items.iter().map(|n| n * 2).collect::<Vec<_>>());
    }
}
