//! Rules of the `document` category.

mod article_multiple_article_elements;
mod article_not_html_document;
mod article_style_unknown;
mod auto_ad_placement_invalid;
mod auto_ad_placement_without_header_ad;
mod canonical_link_missing;
mod css_styling_ignored;
mod header_ads_not_in_template;
mod html_lang_prefix_missing;
mod html_parse_error;
mod likes_and_comments_invalid;
mod markup_version_invalid;
mod meta_charset_missing;

pub use article_multiple_article_elements::ARTICLE_MULTIPLE_ARTICLE_ELEMENTS;
pub use article_not_html_document::ARTICLE_NOT_HTML_DOCUMENT;
pub use article_style_unknown::ARTICLE_STYLE_UNKNOWN;
pub use auto_ad_placement_invalid::AUTO_AD_PLACEMENT_INVALID;
pub use auto_ad_placement_without_header_ad::AUTO_AD_PLACEMENT_WITHOUT_HEADER_AD;
pub use canonical_link_missing::CANONICAL_LINK_MISSING;
pub use css_styling_ignored::CSS_STYLING_IGNORED;
pub use header_ads_not_in_template::HEADER_ADS_NOT_IN_TEMPLATE;
pub use html_lang_prefix_missing::HTML_LANG_PREFIX_MISSING;
pub use html_parse_error::HTML_PARSE_ERROR;
pub use likes_and_comments_invalid::LIKES_AND_COMMENTS_INVALID;
pub use markup_version_invalid::MARKUP_VERSION_INVALID;
pub use meta_charset_missing::META_CHARSET_MISSING;

pub(crate) use auto_ad_placement_invalid::parse as auto_ad_placement_enabled;
