//! `feed-too-few-items-for-review`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// This rule runs only when asked (`--review`, or `review = true` in `ialint.toml`), for a feed that
    /// you are about to submit for Facebook's initial review; otherwise it never fires. It reports a feed
    /// that holds fewer than `feed-too-few-items-for-review.min-items` (default 10) `<item>` elements. The
    /// feed gets one finding, tied to no item (`item` is `null`), at the `</channel>` end tag (or the end
    /// of the file when the channel is never closed), because the count is only known after the last item.
    /// A feed without a `<channel>` gets no finding from this rule.
    ///
    /// Every `<item>` counts, whatever its own findings. The review looks at complete, correct articles, so
    /// fix the errors reported on the items as well: an item that Facebook rejects does not help reach the
    /// minimum.
    ///
    /// Without `--review` the rule is silent: once the Page is approved, a small feed holding only recent
    /// changes is what Facebook wants (see `feed-too-many-items`). An article file linted on its own is not
    /// a feed, so the rule does not run on it.
    ///
    /// ## Why it matters
    /// Before a Page could publish Instant Articles, Facebook reviewed a sample of its articles from the
    /// feed, and a feed with too few articles was not eligible for the review: the WordPress plugin's
    /// readme gives a minimum of 10 articles (the figure was 100 in 2015–16). This is a review expectation,
    /// not something Facebook checked on every fetch, hence info.
    ///
    /// ## Bad
    /// ```text
    /// ialint check --review feed.xml, where the feed holds 3 <item> elements: one info finding at
    /// </channel> ("the feed has 3 items: the initial review needs at least 10").
    /// ```
    ///
    /// ## Good
    /// ```text
    /// ialint check --review feed.xml, where the feed holds 12 complete articles that raise no error: no
    /// finding from this rule.
    /// ```
    ///
    /// ## Options
    /// - `feed-too-few-items-for-review.min-items` (whole number; default `10`): the smallest number of
    ///   `<item>` elements a feed submitted for review should hold.
    ///
    /// Set it in `ialint.toml` under `[rules.feed-too-few-items-for-review]` as `min-items`.
    ///
    /// ## Source
    /// Automattic/facebook-instant-articles-wp `readme.txt` ("minimum number of 10 articles in your feed
    /// before being eligible for review"); the earlier figure of 100: Automattic/fb-instant-articles issue
    /// #56 (comment) and `facebook-instant-articles.php`. RULES.md A-08; Resolutions 48, 52, 54.
    pub static FEED_TOO_FEW_ITEMS_FOR_REVIEW = {
        name: "feed-too-few-items-for-review",
        category: SizeAndFetching,
        severity: Info,
        summary: "a feed prepared for the initial Instant Articles review with fewer than 10 items",
        check: End(check),
    }
}

use crate::feed::ChannelEnd;
use crate::lint::CrossItem;

fn check(end: &ChannelEnd, _state: &mut CrossItem, ctx: &mut Context<'_>) {
    let min = ctx.settings.min_review_items;
    if !ctx.settings.review || end.items as usize >= min {
        return;
    }
    ctx.report(
        end.span,
        format!(
            "the feed has {} items: the initial review needs at least {min}",
            end.items
        ),
    )
    .help("publish at least ten complete articles in the feed before submitting it for review");
}
