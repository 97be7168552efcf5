//! Rules of the `captions` category.

mod credit_outside_figcaption;
mod figcaption_disallowed_children;

pub use credit_outside_figcaption::CREDIT_OUTSIDE_FIGCAPTION;
pub use figcaption_disallowed_children::FIGCAPTION_DISALLOWED_CHILDREN;
