//! Rules of the `tool` category.

mod input_limit_exceeded;
mod internal_error;
mod unused_suppression;

pub use input_limit_exceeded::INPUT_LIMIT_EXCEEDED;
pub use internal_error::INTERNAL_ERROR;
pub use unused_suppression::UNUSED_SUPPRESSION;
