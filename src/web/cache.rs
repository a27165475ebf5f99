//! The response cache: whole answers, compressed as the client asked, kept
//! in memory up to a number of bytes and served again without running the
//! handler, the compression or the conditional layer.
//!
//! The corpus is immutable, so an answer is fully determined by the corpus,
//! the request target and the accepted encodings. A hit must cost next to
//! nothing: its key is a 64-bit hash of those, computed without allocating;
//! the entry keeps its headers as a list to insert and its body as shared
//! bytes. An answer larger than a sixteenth of the cache is streamed to the
//! client and not kept, so the cache never refuses an answer and never
//! holds more than its bound.

use std::hash::{BuildHasher, Hasher, RandomState};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::SystemTime;

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use axum::response::Response;
use http_body_util::BodyExt;

/// The default bound of the cache, in bytes.
pub const DEFAULT_CACHE_BYTES: u64 = 64 * 1024 * 1024;
/// Bookkeeping of one entry beyond its bytes, as counted against the bound.
const ENTRY_OVERHEAD: u64 = 256;
/// The longest `Accept-Encoding` kept apart in the key; the rest of a longer
/// one is not looked at (no browser sends one so long).
const ACCEPT_KEY_BYTES: usize = 100;

/// One cached answer.
#[derive(Debug)]
pub struct Entry {
    generation: u64,
    accept: Box<[u8]>,
    target: Box<str>,
    status: StatusCode,
    headers: Box<[(HeaderName, HeaderValue)]>,
    etag: Option<HeaderValue>,
    last_modified: Option<(SystemTime, HeaderValue)>,
    body: Bytes,
    weight: u64,
}

#[derive(Debug, Clone)]
struct ByBytes;

impl quick_cache::Weighter<u64, Arc<Entry>> for ByBytes {
    fn weight(&self, _: &u64, entry: &Arc<Entry>) -> u64 {
        entry.weight
    }
}

/// What a request is looked up by: its accepted encodings (normalised, on
/// the stack) and its target, hashed with the corpus generation.
pub struct Lookup<'a> {
    accept: [u8; ACCEPT_KEY_BYTES],
    accept_len: usize,
    target: &'a str,
    generation: u64,
    key: u64,
}

impl Lookup<'_> {
    fn accept(&self) -> &[u8] {
        &self.accept[..self.accept_len]
    }
}

/// Answers kept for the current corpus, bounded in bytes.
#[derive(Debug)]
pub struct ResponseCache {
    entries: Option<quick_cache::sync::Cache<u64, Arc<Entry>, ByBytes>>,
    hasher: RandomState,
    /// Bumped when the corpus is replaced: entries of an older one are
    /// never served, even one stored by a request that began before.
    generation: AtomicU64,
    max_entry: usize,
}

impl ResponseCache {
    /// A cache of at most `bytes` bytes; 0 turns caching off.
    pub fn new(bytes: u64) -> ResponseCache {
        let entries = (bytes > 0).then(|| {
            let options = quick_cache::OptionsBuilder::new()
                // A typical answer, compressed, is some kilobytes.
                .estimated_items_capacity((bytes / 8192).clamp(64, 1 << 20) as usize)
                .weight_capacity(bytes)
                .shards(4)
                .build()
                .expect("both capacities are set");
            quick_cache::sync::Cache::with_options(
                options,
                ByBytes,
                Default::default(),
                Default::default(),
            )
        });
        ResponseCache {
            entries,
            hasher: RandomState::new(),
            generation: AtomicU64::new(0),
            // Each of the four shards holds a quarter of the bound; an entry
            // of a sixteenth leaves room for several.
            max_entry: usize::try_from(bytes / 16).unwrap_or(usize::MAX),
        }
    }

    /// The largest answer kept, in bytes.
    pub fn max_entry(&self) -> usize {
        self.max_entry
    }

    /// How many answers are kept.
    pub fn len(&self) -> usize {
        self.entries.as_ref().map_or(0, |c| c.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The bytes counted against the bound.
    pub fn bytes(&self) -> u64 {
        self.entries.as_ref().map_or(0, |c| c.weight())
    }

    /// The bound, in bytes.
    pub fn capacity(&self) -> u64 {
        self.entries.as_ref().map_or(0, |c| c.capacity())
    }

    /// Forgets every answer: the corpus was replaced.
    pub fn clear(&self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
        if let Some(entries) = &self.entries {
            entries.clear();
        }
    }

    /// The key of a request: no allocation, a few dozen bytes hashed.
    pub fn lookup<'a>(&self, headers: &HeaderMap, target: &'a str) -> Lookup<'a> {
        self.lookup_accept(headers.get(header::ACCEPT_ENCODING), target)
    }

    /// [`ResponseCache::lookup`], given the `Accept-Encoding` header alone.
    pub fn lookup_accept<'a>(
        &self,
        accept_encoding: Option<&HeaderValue>,
        target: &'a str,
    ) -> Lookup<'a> {
        let mut accept = [0u8; ACCEPT_KEY_BYTES];
        let mut accept_len = 0;
        let raw = accept_encoding.map_or(&[][..], |v| v.as_bytes());
        for &byte in raw.iter().filter(|b| !b.is_ascii_whitespace()) {
            if accept_len == ACCEPT_KEY_BYTES {
                break;
            }
            accept[accept_len] = byte.to_ascii_lowercase();
            accept_len += 1;
        }
        let generation = self.generation.load(Ordering::Acquire);
        let mut hasher = self.hasher.build_hasher();
        hasher.write_u64(generation);
        hasher.write(&accept[..accept_len]);
        hasher.write_u8(0xff);
        hasher.write(target.as_bytes());
        Lookup {
            accept,
            accept_len,
            target,
            generation,
            key: hasher.finish(),
        }
    }

    /// The answer kept for a request, if any. The hash is checked against
    /// the entry's own target and encodings, so a collision is a miss.
    pub fn get(&self, lookup: &Lookup) -> Option<Arc<Entry>> {
        let entry = self.entries.as_ref()?.get(&lookup.key)?;
        (entry.generation == lookup.generation
            && *entry.target == *lookup.target
            && *entry.accept == *lookup.accept())
        .then_some(entry)
    }

    /// Keeps a complete answer when it fits; gives back the response to send
    /// either way. An answer too large to keep is streamed on as it comes,
    /// after the part already read.
    pub async fn store(
        &self,
        lookup: &Lookup<'_>,
        last_modified: SystemTime,
        response: Response,
    ) -> Response {
        let Some(entries) = &self.entries else {
            return response;
        };
        let (parts, mut body) = response.into_parts();
        if axum::body::HttpBody::size_hint(&body).lower() > self.max_entry as u64 {
            return Response::from_parts(parts, body);
        }
        let mut chunks: Vec<Bytes> = Vec::new();
        let mut size = 0usize;
        while let Some(frame) = body.frame().await {
            let Ok(frame) = frame else {
                // The answer failed half-way: nothing of it has been sent.
                tracing::error!("a response body failed while it was read for the cache");
                let mut failed = Response::new(Body::from("the response could not be produced"));
                *failed.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                return failed;
            };
            let Ok(data) = frame.into_data() else {
                continue;
            };
            size += data.len();
            chunks.push(data);
            if size > self.max_entry {
                let read = futures_util::stream::iter(chunks.into_iter().map(Ok));
                let rest = body.into_data_stream();
                let streamed = futures_util::StreamExt::chain(read, rest);
                return Response::from_parts(parts, Body::from_stream(streamed));
            }
        }
        let body = match chunks.len() {
            0 => Bytes::new(),
            1 => chunks.pop().unwrap_or_default(),
            _ => {
                let mut all = Vec::with_capacity(size);
                for chunk in &chunks {
                    all.extend_from_slice(chunk);
                }
                Bytes::from(all)
            }
        };
        let headers: Box<[(HeaderName, HeaderValue)]> = parts
            .headers
            .iter()
            .map(|(name, value)| (name.clone(), value.clone()))
            .collect();
        let header_bytes: usize = headers
            .iter()
            .map(|(n, v)| n.as_str().len() + v.len())
            .sum();
        let entry = Entry {
            generation: lookup.generation,
            accept: lookup.accept().into(),
            target: lookup.target.into(),
            status: parts.status,
            etag: parts.headers.get(header::ETAG).cloned(),
            last_modified: parts
                .headers
                .get(header::LAST_MODIFIED)
                .map(|v| (last_modified, v.clone())),
            weight: (body.len() + header_bytes + lookup.target.len() + lookup.accept_len) as u64
                + ENTRY_OVERHEAD,
            headers,
            body: body.clone(),
        };
        entries.insert(lookup.key, Arc::new(entry));
        Response::from_parts(parts, Body::from(body))
    }
}

impl Entry {
    /// The kept answer, as a new response: its headers inserted one by one
    /// into a map sized for them, its body shared.
    pub fn response(&self) -> Response {
        let mut headers = HeaderMap::with_capacity(self.headers.len() + 8);
        for (name, value) in self.headers.iter() {
            headers.append(name.clone(), value.clone());
        }
        let mut response = Response::new(Body::from(self.body.clone()));
        *response.status_mut() = self.status;
        *response.headers_mut() = headers;
        response
    }

    /// The entity tag the answer was sent with.
    pub fn etag(&self) -> Option<&HeaderValue> {
        self.etag.as_ref()
    }

    /// When the corpus last changed, as sent in `Last-Modified`.
    pub fn last_modified(&self) -> Option<&(SystemTime, HeaderValue)> {
        self.last_modified.as_ref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(body: &'static str) -> Response {
        Response::new(Body::from(body))
    }

    #[tokio::test]
    async fn an_answer_is_found_only_by_its_target_encodings_and_corpus() {
        let cache = ResponseCache::new(1 << 20);
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_static("gzip, BR"),
        );
        let lookup = cache.lookup(&headers, "/?q=a");
        let _ = cache
            .store(&lookup, SystemTime::UNIX_EPOCH, ok("page"))
            .await;
        let mut same = HeaderMap::new();
        same.insert(header::ACCEPT_ENCODING, HeaderValue::from_static("gzip,br"));
        assert!(cache.get(&cache.lookup(&same, "/?q=a")).is_some());
        assert!(cache.get(&cache.lookup(&same, "/?q=b")).is_none());
        assert!(
            cache
                .get(&cache.lookup(&HeaderMap::new(), "/?q=a"))
                .is_none()
        );
        cache.clear();
        assert!(cache.get(&cache.lookup(&same, "/?q=a")).is_none());
    }

    #[tokio::test]
    async fn an_answer_too_large_is_passed_on_whole_and_not_kept() {
        let cache = ResponseCache::new(16 * 1024);
        let big = "x".repeat(cache.max_entry() * 3);
        let lookup = cache.lookup(&HeaderMap::new(), "/big");
        let body = futures_util::stream::iter(
            big.as_bytes()
                .chunks(100)
                .map(|c| Ok::<_, std::convert::Infallible>(Bytes::copy_from_slice(c)))
                .collect::<Vec<_>>(),
        );
        let response = Response::new(Body::from_stream(body));
        let sent = cache.store(&lookup, SystemTime::UNIX_EPOCH, response).await;
        let bytes = sent.into_body().collect().await.unwrap().to_bytes();
        assert_eq!(bytes.len(), big.len());
        assert!(cache.is_empty());
        assert!(cache.get(&lookup).is_none());
    }

    #[tokio::test]
    async fn the_cache_stays_within_its_bound() {
        let cache = ResponseCache::new(64 * 1024);
        let page = "y".repeat(cache.max_entry() - 1000);
        for i in 0..200 {
            let target = format!("/page/{i}");
            let lookup = cache.lookup(&HeaderMap::new(), &target);
            let response = Response::new(Body::from(page.clone()));
            let _ = cache.store(&lookup, SystemTime::UNIX_EPOCH, response).await;
        }
        assert!(cache.bytes() <= cache.capacity(), "{} bytes", cache.bytes());
        assert!(!cache.is_empty());
    }

    #[test]
    fn a_cache_of_no_bytes_keeps_nothing() {
        let cache = ResponseCache::new(0);
        assert_eq!(cache.capacity(), 0);
        assert!(cache.get(&cache.lookup(&HeaderMap::new(), "/")).is_none());
    }
}
