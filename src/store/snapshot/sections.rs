//! A snapshot's body as a sequence of sections, each a length (four bytes,
//! little-endian) and that many bytes of postcard. Long lists are written
//! a chunk of items per section, so that a reader holds one chunk of the
//! file at a time rather than the whole file beside what it decodes from
//! it: that would double the memory a server needs at start-up.

use std::io::{Read, Write};

use serde::Serialize;
use serde::de::DeserializeOwned;

/// Items per section of a long list: big enough that framing costs
/// nothing, small enough that a chunk is a few hundred kilobytes.
const CHUNK: usize = 256;

/// Writes sections to `out`, counting the bytes.
pub(super) struct SectionWriter<W> {
    out: W,
    pub(super) bytes: u64,
}

impl<W: Write> SectionWriter<W> {
    pub(super) fn new(out: W) -> SectionWriter<W> {
        SectionWriter { out, bytes: 0 }
    }

    /// Writes one value as one section.
    pub(super) fn one<T: Serialize>(&mut self, value: &T) -> std::io::Result<()> {
        let body = postcard::to_stdvec(value).map_err(|e| std::io::Error::other(e.to_string()))?;
        let length = u32::try_from(body.len())
            .map_err(|_| std::io::Error::other("a section is longer than 4 GiB"))?;
        self.out.write_all(&length.to_le_bytes())?;
        self.out.write_all(&body)?;
        self.bytes += 4 + body.len() as u64;
        Ok(())
    }

    /// Writes a list as sections of [`CHUNK`] items; a reader is told the
    /// count beforehand. An item that cannot be written stops the list.
    pub(super) fn list<T: Serialize>(
        &mut self,
        items: impl Iterator<Item = std::io::Result<T>>,
    ) -> std::io::Result<()> {
        let mut chunk = Vec::with_capacity(CHUNK);
        for item in items {
            chunk.push(item?);
            if chunk.len() == CHUNK {
                self.one(&chunk)?;
                chunk.clear();
            }
        }
        if !chunk.is_empty() {
            self.one(&chunk)?;
        }
        Ok(())
    }

    pub(super) fn into_inner(self) -> W {
        self.out
    }
}

/// Reads sections from `input`, one buffer reused for all of them.
pub(super) struct SectionReader<R> {
    input: R,
    buffer: Vec<u8>,
}

impl<R: Read> SectionReader<R> {
    pub(super) fn new(input: R) -> SectionReader<R> {
        SectionReader {
            input,
            buffer: Vec::new(),
        }
    }

    /// Reads one section as a value.
    pub(super) fn one<T: DeserializeOwned>(&mut self) -> Result<T, String> {
        let mut length = [0; 4];
        self.input.read_exact(&mut length).map_err(ended)?;
        let length = u32::from_le_bytes(length) as usize;
        self.buffer.clear();
        // Read through `take` so that a damaged length cannot make the
        // buffer bigger than the file.
        (&mut self.input)
            .take(length as u64)
            .read_to_end(&mut self.buffer)
            .map_err(ended)?;
        if self.buffer.len() != length {
            return Err("it ends inside a section".into());
        }
        postcard::from_bytes(&self.buffer).map_err(|e| e.to_string())
    }

    /// Reads a list of `count` items written by [`SectionWriter::list`],
    /// turning each into what it stands for as it comes.
    pub(super) fn list<T: DeserializeOwned, U>(
        &mut self,
        count: usize,
        mut convert: impl FnMut(T) -> Result<U, String>,
    ) -> Result<Vec<U>, String> {
        let mut items = Vec::with_capacity(count.min(1 << 20));
        self.each(count, |item| {
            items.push(convert(item)?);
            Ok(())
        })?;
        Ok(items)
    }

    /// Reads a list of `count` items written by [`SectionWriter::list`],
    /// giving each to `take` as it comes.
    pub(super) fn each<T: DeserializeOwned>(
        &mut self,
        count: usize,
        mut take: impl FnMut(T) -> Result<(), String>,
    ) -> Result<(), String> {
        let mut read = 0;
        while read < count {
            let chunk: Vec<T> = self.one()?;
            read += chunk.len();
            if chunk.is_empty() || read > count {
                return Err("a list has another length than its header says".into());
            }
            for item in chunk {
                take(item)?;
            }
        }
        Ok(())
    }

    /// Whether every byte was read: anything after the last section means
    /// the file is not what its header says.
    pub(super) fn at_end(&mut self) -> Result<bool, String> {
        let mut byte = [0];
        match self.input.read(&mut byte) {
            Ok(n) => Ok(n == 0),
            Err(e) => Err(e.to_string()),
        }
    }
}

fn ended(error: std::io::Error) -> String {
    if error.kind() == std::io::ErrorKind::UnexpectedEof {
        "it ends inside a section".into()
    } else {
        error.to_string()
    }
}
