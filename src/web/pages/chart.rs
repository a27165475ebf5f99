//! The chart of events over time: bars per month, per quarter over spans
//! longer than four years, per year over spans longer than twenty. Drawn on
//! the server as inline SVG; each bar links to its period's view.

use chrono::{Datelike, NaiveDate};

use crate::model::{Event, EventDate};
use crate::web::format::{self, Urls};
use crate::web::params::View;

/// Width and height of the drawing, in its own units.
pub(super) const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 150.0;
/// Room below the bars for the year labels.
const AXIS: f64 = 36.0;
/// Room above the tallest bar.
const TOP: f64 = 32.0;

/// How long each bar's period is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Month,
    Quarter,
    Year,
}

impl Step {
    /// The step for a span of `months` months.
    pub fn for_span(months: i64) -> Step {
        if months > 240 {
            Step::Year
        } else if months > 48 {
            Step::Quarter
        } else {
            Step::Month
        }
    }

    pub(super) fn noun(self) -> &'static str {
        match self {
            Step::Month => "month",
            Step::Quarter => "quarter",
            Step::Year => "year",
        }
    }

    fn coarser(self) -> Step {
        match self {
            Step::Month => Step::Quarter,
            _ => Step::Year,
        }
    }
}

/// One bar.
#[derive(Debug, Clone)]
pub struct Bar {
    /// "Nov 2022", "Q4 2022", "2022".
    pub label: String,
    /// Events in the period.
    pub count: usize,
    /// The view of this period.
    pub href: String,
    /// Left edge, in drawing units.
    pub x: String,
    /// Top edge, in drawing units.
    pub y: String,
    /// Width, in drawing units.
    pub width: String,
    /// Height, in drawing units.
    pub height: String,
    /// The height of the link's target: from the top line to the baseline,
    /// so a short bar is as easy to click as a tall one.
    pub reach: String,
}

/// A label under the axis.
#[derive(Debug, Clone)]
pub struct Tick {
    /// Where the label is anchored, in drawing units.
    pub x: String,
    /// The text: a year, or a month.
    pub label: String,
    /// A month between years: left out on narrow screens.
    pub minor: bool,
    /// "middle" under its period; "start" or "end" at the chart's edges,
    /// where a centred label would run past them.
    pub anchor: &'static str,
}

/// The chart, ready to render.
#[derive(Debug, Clone)]
pub struct Chart {
    /// "Events per month, Sep 2020 – Nov 2023".
    pub title: String,
    /// A sentence for people who cannot see the chart.
    pub summary: String,
    /// "month", "quarter" or "year".
    pub step: &'static str,
    /// "Month", "Quarter" or "Year", for the table's header.
    pub step_title: &'static str,
    /// One bar per period with events.
    pub bars: Vec<Bar>,
    /// Labels under the axis.
    pub ticks: Vec<Tick>,
    /// The SVG viewBox.
    pub view_box: String,
    /// The y of the baseline.
    pub baseline: String,
    /// The y of the year labels.
    pub label_y: String,
    /// The width of the drawing.
    pub width: String,
    /// The largest count, labelled at the top.
    pub max: usize,
    /// The y of the line marking the largest count.
    pub top: String,
}

/// Index of the period containing `day`.
pub(super) fn period(step: Step, day: NaiveDate) -> i64 {
    let months = day.year() as i64 * 12 + day.month0() as i64;
    match step {
        Step::Month => months,
        Step::Quarter => months.div_euclid(3),
        Step::Year => day.year() as i64,
    }
}

/// The period's first and last dates (month precise or year precise) and its label.
pub(super) fn period_dates(step: Step, index: i64) -> Option<(EventDate, EventDate, String)> {
    match step {
        Step::Month => {
            let year = index.div_euclid(12) as i32;
            let month = index.rem_euclid(12) as u32 + 1;
            let date = EventDate::month(year, month)?;
            Some((date, date, date.human()))
        }
        Step::Quarter => {
            let year = index.div_euclid(4) as i32;
            let quarter = index.rem_euclid(4) as u32;
            let first = EventDate::month(year, quarter * 3 + 1)?;
            let last = EventDate::month(year, quarter * 3 + 3)?;
            Some((first, last, format!("Q{} {year}", quarter + 1)))
        }
        Step::Year => {
            let date = EventDate::year(index as i32);
            Some((date, date, index.to_string()))
        }
    }
}

fn year_of(step: Step, index: i64) -> i64 {
    match step {
        Step::Month => index.div_euclid(12),
        Step::Quarter => index.div_euclid(4),
        Step::Year => index,
    }
}

/// The step of the bars for `events`: by the span, and coarser when most
/// events are less precise than a bar, for such bars would mislead. Also
/// the first and last period.
pub(super) fn layout(events: &[&Event]) -> Option<(Step, i64, i64)> {
    let first = events.iter().map(|e| e.date.first_day()).min()?;
    let last = events.iter().map(|e| e.date.last_day()).max()?;
    let span = (last.year() as i64 - first.year() as i64) * 12 + last.month0() as i64
        - first.month0() as i64
        + 1;
    let mut step = Step::for_span(span);
    loop {
        let imprecise = events
            .iter()
            .filter(|e| period(step, e.date.first_day()) != period(step, e.date.last_day()))
            .count();
        if step == Step::Year || imprecise * 2 <= events.len() {
            break;
        }
        step = step.coarser();
    }
    Some((step, period(step, first), period(step, last)))
}

/// The labels under the axis of `n` periods from `start`, each `slot`
/// wide: the year (with the month, for months) where a year begins, and
/// on wide screens the other months too. Every label is centred under its
/// own period (a year label under its year's bars), or, at the chart's
/// edges where that would run past them, ends or starts at the edge inside
/// its period; a label that cannot sit under its period, or would overlap
/// the one before, is left out rather than moved under another period.
pub(super) fn ticks(step: Step, start: i64, n: usize, slot: f64) -> Vec<Tick> {
    let mut ticks = Vec::new();
    let mut label_end = f64::MIN;
    let mut major_end = f64::MIN;
    for i in 0..n {
        let index = start + i as i64;
        let Some((_, _, label)) = period_dates(step, index) else {
            continue;
        };
        let x = i as f64 * slot;
        let year = year_of(step, index);
        let first_of_year = i == 0 || year_of(step, index - 1) != year;
        let tick = match step {
            Step::Month if first_of_year => Some((label, false, slot)),
            Step::Month if n <= 12 || (n <= 24 && index.rem_euclid(3) == 0) => Some((
                format::month_abbreviation(index.rem_euclid(12) as u32 + 1).to_string(),
                true,
                slot,
            )),
            Step::Quarter if first_of_year => {
                // The year's quarters on the chart: the label goes under them all.
                let quarters = (0..4 - index.rem_euclid(4)).take(n - i).count() as f64;
                Some((year.to_string(), false, slot * quarters))
            }
            Step::Year => Some((year.to_string(), false, slot)),
            _ => None,
        };
        let Some((text, minor, span)) = tick else {
            continue;
        };
        let chars = text.chars().count() as f64;
        // Narrow screens draw labels about twice as large and show only
        // the major ones: measure those at that size.
        let wide = if minor { chars * 7.5 } else { chars * 17.0 };
        let centre = x + span / 2.0;
        let (left, at, anchor) = if centre - wide / 2.0 < 0.0 {
            (0.0, x.max(0.0), "start")
        } else if centre + wide / 2.0 > WIDTH {
            (WIDTH - wide, (x + span).min(WIDTH), "end")
        } else {
            (centre - wide / 2.0, centre, "middle")
        };
        // The anchor stays inside the label's own period.
        let inside = at >= x && at <= x + span;
        if inside && left >= label_end && (minor || left >= major_end) {
            label_end = left + chars * 7.5 + 6.0;
            if !minor {
                major_end = left + wide + 10.0;
            }
            ticks.push(Tick {
                x: num(at),
                label: text,
                minor,
                anchor,
            });
        }
    }
    ticks
}

/// Draws the chart of `events` (in any order) for `view`; `None` when there
/// is nothing to draw.
pub fn chart(events: &[&Event], view: &View, urls: &Urls) -> Option<Chart> {
    let (step, start, end) = layout(events)?;
    let n = (end - start + 1) as usize;
    let mut counts = vec![0usize; n];
    let mut imprecise = 0;
    for event in events {
        let a = period(step, event.date.first_day());
        if a == period(step, event.date.last_day()) {
            counts[(a - start) as usize] += 1;
        } else {
            imprecise += 1;
        }
    }
    let max = counts.iter().copied().max().unwrap_or(0);
    let slot = WIDTH / n as f64;
    let gap = if slot > 6.0 {
        (slot * 0.18).min(6.0)
    } else {
        0.5
    };
    let plot = HEIGHT - AXIS - TOP;
    let baseline = HEIGHT - AXIS;
    let mut bars = Vec::new();
    let ticks = ticks(step, start, n, slot);
    for (i, &count) in counts.iter().enumerate() {
        let index = start + i as i64;
        let Some((from, to, label)) = period_dates(step, index) else {
            continue;
        };
        let x = i as f64 * slot;
        if count == 0 {
            continue;
        }
        let height = (count as f64 / max.max(1) as f64 * plot).max(2.0);
        let mut period_view = view.clone();
        period_view.query.from = Some(from);
        period_view.query.to = Some(to);
        bars.push(Bar {
            label,
            count,
            href: urls.view(&period_view),
            x: num(x + gap / 2.0),
            y: num(baseline - height),
            width: num((slot - gap).max(1.0)),
            height: num(height),
            reach: num(plot),
        });
    }
    let (first_date, last_date) = (
        period_dates(step, start).map(|p| p.0)?,
        period_dates(step, end).map(|p| p.1)?,
    );
    let range = format::span(first_date, last_date);
    let title = format!("Events per {}, {range}", step.noun());
    let mut summary = match bars.iter().find(|b| b.count == max) {
        Some(peak) => format!(
            "{} shown by {}, {range}; the busiest {} is {} with {}.",
            format::count(events.len() - imprecise, "event", "events"),
            step.noun(),
            step.noun(),
            peak.label,
            format::count(peak.count, "event", "events"),
        ),
        None => format!(
            "No event is dated precisely enough to be shown by {}.",
            step.noun()
        ),
    };
    if imprecise > 0 {
        summary.push_str(&format!(
            " {} dated less precisely than a {} {} not drawn.",
            format::count(imprecise, "event", "events"),
            step.noun(),
            if imprecise == 1 { "is" } else { "are" },
        ));
    }
    Some(Chart {
        title,
        summary,
        step: step.noun(),
        step_title: match step {
            Step::Month => "Month",
            Step::Quarter => "Quarter",
            Step::Year => "Year",
        },
        bars,
        ticks,
        view_box: format!("0 0 {} {}", num(WIDTH), num(HEIGHT)),
        baseline: num(baseline),
        label_y: num(baseline + 27.0),
        width: num(WIDTH),
        max,
        top: num(TOP),
    })
}

/// A coordinate with at most two decimals.
pub(super) fn num(value: f64) -> String {
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_step_follows_the_span() {
        assert_eq!(Step::for_span(12), Step::Month);
        assert_eq!(Step::for_span(48), Step::Month);
        assert_eq!(Step::for_span(49), Step::Quarter);
        assert_eq!(Step::for_span(241), Step::Year);
    }

    #[test]
    fn periods_have_dates_and_labels() {
        let day = NaiveDate::from_ymd_opt(2022, 11, 23).unwrap();
        let (from, to, label) = period_dates(Step::Quarter, period(Step::Quarter, day)).unwrap();
        assert_eq!(
            (from.to_string(), to.to_string(), label.as_str()),
            ("2022-10".into(), "2022-12".into(), "Q4 2022")
        );
        let (from, _, label) = period_dates(Step::Month, period(Step::Month, day)).unwrap();
        assert_eq!(
            (from.to_string(), label.as_str()),
            ("2022-11".into(), "Nov 2022")
        );
        assert_eq!(num(12.5), "12.5");
        assert_eq!(num(12.0), "12");
    }

    fn event_in(year: i32, month: u32) -> Event {
        Event {
            id: format!("{year}-{month}"),
            date: EventDate::day(year, month, 15).unwrap(),
            approximate: false,
            title: String::new(),
            actors: Vec::new(),
            topics: Vec::new(),
            sources: Vec::new(),
        }
    }

    /// Every label sits under the bar of its own period: its anchor is
    /// inside the slot of the bar its text names (or, for a year label of
    /// quarters, inside that year's quarters).
    fn assert_labels_under_their_periods(events: &[Event]) {
        let events: Vec<&Event> = events.iter().collect();
        let urls = Urls {
            base: String::new(),
            public: None,
        };
        let chart = chart(&events, &View::default(), &urls).unwrap();
        assert!(chart.ticks.len() >= 2, "{:?}", chart.ticks);
        let bars_of = |tick: &Tick| -> Vec<(f64, f64)> {
            chart
                .bars
                .iter()
                .filter(|b| b.label == tick.label || b.label.ends_with(&format!(" {}", tick.label)))
                .map(|b| {
                    let x: f64 = b.x.parse().unwrap();
                    let w: f64 = b.width.parse().unwrap();
                    // The slot: the bar and half the gap on either side.
                    (x - 3.5, x + w + 3.5)
                })
                .collect()
        };
        for tick in &chart.ticks {
            let x: f64 = tick.x.parse().unwrap();
            let slots = bars_of(tick);
            assert!(!slots.is_empty(), "no bar for the label {}", tick.label);
            let (left, right) = (slots[0].0, slots.last().unwrap().1);
            assert!(
                left <= x && x <= right,
                "the label {} at {x} is not under its bars {left}..{right} ({:?})",
                tick.label,
                chart.ticks
            );
        }
    }

    #[test]
    fn year_labels_sit_under_their_own_years_over_two_decades() {
        // 2002 to 2024, one event a year: the bars are years.
        let events: Vec<Event> = (2002..=2024).map(|y| event_in(y, 6)).collect();
        assert_labels_under_their_periods(&events);
        let chart = chart(
            &events.iter().collect::<Vec<_>>(),
            &View::default(),
            &Urls {
                base: String::new(),
                public: None,
            },
        )
        .unwrap();
        // "2023" is not drawn at the right end, where the 2024 bar is.
        let last = chart.ticks.last().unwrap();
        assert_ne!(last.label, "2023", "{:?}", chart.ticks);
        // Twelve years by quarter, and three by month.
        let events: Vec<Event> = (2010..=2021)
            .flat_map(|y| [event_in(y, 2), event_in(y, 11)])
            .collect();
        assert_labels_under_their_periods(&events);
        let events: Vec<Event> = (2021..=2023)
            .flat_map(|y| (1..=12).map(move |m| event_in(y, m)))
            .collect();
        assert_labels_under_their_periods(&events);
    }
}
