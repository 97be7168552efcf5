//! ialint: a fast, exact linter for Facebook Instant Articles RSS feeds.
//!
//! Data flows one way: bytes ([`input`]) -> feed items with byte spans
//! ([`feed`]) -> article DOM with positions mapped back to the feed
//! ([`article`]) -> rules ([`rules`]) -> diagnostics ([`diagnostic`]) ->
//! reporters ([`render`]). [`lint`] drives it.

pub mod article;
pub mod baseline;
pub mod cli;
pub mod config;
pub mod datetime;
pub mod diagnostic;
pub mod feed;
#[cfg(feature = "fetch")]
pub mod fetch;
pub mod input;
pub mod lint;
#[cfg(feature = "fetch")]
pub mod network;
pub mod parallel;
pub mod render;
pub mod rule;
pub mod rules;
pub mod settings;
pub mod source;
pub mod state;
pub mod suppress;
pub mod urls;
