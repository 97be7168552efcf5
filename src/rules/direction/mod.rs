//! Rules of the `direction` category.

mod rtl_dir_on_ltr_language;
mod rtl_language_without_dir;

pub use rtl_dir_on_ltr_language::RTL_DIR_ON_LTR_LANGUAGE;
pub use rtl_language_without_dir::RTL_LANGUAGE_WITHOUT_DIR;
