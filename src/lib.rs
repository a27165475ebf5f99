//! Armenia–CSTO Timeline: news articles in, a browsable timeline of dated
//! events out.
//!
//! Data flows one way: [`corpus`] reads a folder of articles, [`extract`]
//! finds dated events in them, [`store`] indexes the events once, and
//! [`web`] serves them as pages, JSON and exports. [`server`] runs it all.
//! [`analysis`] reads the events once more for their importance, their
//! tone and the statements in them. The types they pass along (events,
//! actors, topics, dates) are in [`model`]. [`import`] builds a corpus folder
//! from saved pages, feeds and links.

pub mod analysis;
pub mod config;
pub mod corpus;
pub mod extract;
pub mod import;
pub mod model;
pub mod progress;
pub mod server;
pub mod store;
pub mod web;
