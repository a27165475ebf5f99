//! Armenia–CSTO Timeline: news articles in, a browsable timeline of dated events out.
pub mod corpus;
pub mod extract;
