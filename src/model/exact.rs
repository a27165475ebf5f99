//! Lists and strings of exactly their length, for what a store keeps for
//! its whole life. `shrink_to_fit` cannot be relied on for that: mimalloc
//! keeps a block where it is when it shrinks to half its size or more, so a
//! list grown to room for four that holds three, or a string formatted into
//! a buffer that doubled, keeps its spare room. Across a large corpus's
//! statements and insights that spare room was tens of megabytes.

/// `list` in an allocation of exactly its length (its items moved, not
/// cloned), or `list` itself when it has no spare room.
pub fn exact_vec<T>(list: Vec<T>) -> Vec<T> {
    if list.len() == list.capacity() {
        return list;
    }
    let mut exact = Vec::with_capacity(list.len());
    exact.extend(list);
    exact
}

/// `text` in an allocation of exactly its length.
pub fn exact_string(text: String) -> String {
    if text.len() == text.capacity() {
        return text;
    }
    String::from(text.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spare_room_is_given_back_and_the_items_kept() {
        let mut list = Vec::with_capacity(8);
        list.extend(["a".to_string(), "b".to_string()]);
        let exact = exact_vec(list);
        assert_eq!(exact, ["a", "b"]);
        assert_eq!(exact.capacity(), 2);
        let mut text = String::with_capacity(64);
        text.push_str("s-1");
        let exact = exact_string(text);
        assert_eq!((exact.as_str(), exact.capacity()), ("s-1", 3));
    }
}
