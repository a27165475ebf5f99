//! The domain types every layer shares: dated [`Event`]s and their
//! [`Source`]s, the [`Actor`]s and [`Topic`]s they involve, the
//! [`EventDate`] that says when, at its honest [`Precision`], the
//! [`Block`]s an article's lines are read as, and the shared text ([`Name`],
//! [`Quote`]) that sources point into rather than copy. Extraction produces
//! them, the store indexes them and the web shows them; none of them knows
//! how it was found or how it is served.

mod actor;
mod block;
mod date;
mod event;
mod exact;
mod shared;
mod topic;

pub use actor::{Actor, ActorKind};
pub use block::{Block, BlockKind};
pub(crate) use date::MONTH_ABBREVIATIONS;
pub use date::{EventDate, Precision};
pub use event::{Event, Source};
pub use exact::{exact_string, exact_vec};
pub use shared::{Name, NameTable, Quote};
pub use topic::Topic;
