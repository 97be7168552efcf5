//! `feed-too-many-items`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The feed should list only the articles created or changed recently. Two cases, each reported at
    /// most once per feed and tied to no item (`item` is `null` in JSON output):
    ///
    /// - **warning**: the feed holds more than `feed-too-many-items.max-items` (default 100) `<item>`
    ///   elements. The finding points at the first item over the limit (by default the 101st `<item>`
    ///   start tag).
    /// - **info**: some items carry an article that has not changed within `feed-too-many-items.max-age`
    ///   (default one hour). An item's time is its article's valid `time.op-modified`, else its valid
    ///   `time.op-published` (the first in the header, else the first anywhere). It is compared with the
    ///   channel's `<lastBuildDate>` when that is an RFC 822 date or an ISO 8601 date-time with a time
    ///   zone, else with the current time (`--now`). One finding for the whole feed, giving the number of
    ///   such items, at the `</channel>` end tag (or the end of the file when the channel is never closed),
    ///   because the count is only known after the last item.
    ///
    /// Every `<item>` counts towards the limit, whatever its own findings; the warning itself is made on
    /// the first item over the limit, and is not made when that item's XML is malformed. For the age, an
    /// item with neither time valid is left out (those are `op-published-missing` and
    /// `time-datetime-invalid`), and so is an item whose XML is malformed. An age of exactly `max-age` is
    /// not old, and a time without a time zone counts as old only if it is old for every offset from
    /// −12:00 to +14:00.
    ///
    /// Not reported here: a feed too small for the initial review (`feed-too-few-items-for-review`). An
    /// article file linted on its own is not a feed, so the rule does not run on it.
    ///
    /// ## Why it matters
    /// Facebook fetches the feed every three minutes and gives up when it cannot download it in 30
    /// seconds, or load and parse it in 10 ("Read Timeout … Please reduce the number of articles in your
    /// feed file"). Articles stay published in Instant Articles after they leave the feed, so the feed only
    /// needs what was created or changed recently: the FAQ suggests the last 10 minutes, the later docs the
    /// last hour. A feed built from the CMS's "latest 500 posts" is slow to fetch, and Facebook imported
    /// only 100 posts at a time. Unchanged old items only cost fetch and parse time, hence info for them.
    ///
    /// ## Bad
    /// ```text
    /// A feed generated from the CMS's "latest posts" query: 500 <item> elements, most of them unchanged
    /// for days. The 101st <item> gets the warning (more than 100 items), and one info finding at
    /// </channel> counts the items whose op-modified (or op-published) is more than an hour older than
    /// the channel's <lastBuildDate>.
    /// ```
    ///
    /// ## Good
    /// ```text
    /// A feed listing only the articles created or updated in the last hour: a handful of items, each with
    /// an op-modified (or op-published) within an hour of <lastBuildDate>. Articles that drop out of the
    /// feed stay published in Instant Articles and can still be updated by putting them back with a later
    /// op-modified.
    /// ```
    ///
    /// ## Options
    /// - `feed-too-many-items.max-items` (whole number; default `100`): the largest number of `<item>`
    ///   elements a feed may hold before the warning.
    /// - `feed-too-many-items.max-age` (a duration such as `"10m"` or `"1h"`; default `"1h"`): how long
    ///   before the channel's build time an item's article may have last changed before it counts towards
    ///   the info finding. `"10m"` follows the FAQ's stricter advice.
    ///
    /// Set them in `ialint.toml` under `[rules.feed-too-many-items]` as `max-items` and `max-age`.
    ///
    /// ## Source
    /// FAQ L654 (include fewer items, e.g. only those added or changed in the last 10 minutes; the feed is
    /// fetched every 3 minutes), L672 (ingested articles persist, and removing them speeds up the next
    /// fetch), L634 (30-second download timeout), L652 (load and parse within 10 seconds); docs
    /// setup-rss-feed ("only articles that have been created or updated in the last hour");
    /// Automattic/facebook-instant-articles-wp `facebook-instant-articles.php` ("Facebook will only import
    /// 100 posts at the time", default 10 posts per feed); Facebook's "Read Timeout" message
    /// (Automattic/fb-instant-articles issue #56). RULES.md A-07; Resolutions 9, 29, 46, 48, 53, 54;
    /// CONTRACT.md (`feed-too-many-items.max-items = 100`).
    pub static FEED_TOO_MANY_ITEMS = {
        name: "feed-too-many-items",
        category: SizeAndFetching,
        severity: Warning,
        severities: [Warning, Info],
        summary: "a feed with more than 100 items, or with items that have not changed for over an hour",
        check: CrossEnd(check, at_end),
    }
}

use crate::feed::ChannelEnd;
use crate::lint::{CrossItem, Digest};

fn check(d: &Digest, state: &mut CrossItem, ctx: &mut Context<'_>) {
    let max = ctx.settings.max_items;
    if d.index as usize == max + 1 {
        // Once, at the first item over the limit, with no item (Resolution 9).
        ctx.report(d.item_tag, format!("the feed lists more than {max} items: Facebook imports at most {max} at a time"))
            .help("list only the articles created or changed recently (the last hour); ingested articles stay after they leave the feed");
    }
    if let Some(t) = d.modified.or(d.published) {
        state.item_times.push(
            (t.latest() + 59_999)
                .div_euclid(60_000)
                .clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32,
        );
    }
}

/// The info part (Resolutions 9 and 53): one finding at the channel's end
/// counting the items older than `max-age` before the feed's build time.
fn at_end(end: &ChannelEnd, state: &mut CrossItem, ctx: &mut Context<'_>) {
    let built = end
        .channel
        .last_build_date
        .as_ref()
        .and_then(|f| crate::datetime::parse_rss_date(&f.text))
        .unwrap_or(ctx.settings.now.0);
    let limit = (built - ctx.settings.max_item_age) * 1000;
    let old = state
        .item_times
        .iter()
        .filter(|&&t| i64::from(t) * 60_000 < limit)
        .count();
    if old == 0 {
        return;
    }
    let hours = ctx.settings.max_item_age as f64 / 3600.0;
    ctx.report(end.span, format!("{old} items were last changed more than {hours} hour(s) before the feed was built"))
        .severity(Severity::Info)
        .help("list only articles created or changed recently: Facebook keeps ingested articles after they leave the feed");
}
