//! The relationship's temperature over time: for each period of the
//! current view, how many events read cooperative (a bar up) and how many
//! conflictual (a bar down), drawn on the server as inline SVG on the same
//! periods and axis as the density chart, with a table as its text
//! alternative that names the cue words behind every count, so each point
//! can be checked down to the sentence.

use std::collections::HashMap;

use super::chart::{self, Tick, WIDTH, num, period, period_dates};
use crate::analysis::Tone;
use crate::model::Event;
use crate::store::Store;
use crate::web::format::{self, Urls};
use crate::web::params::View;

const HEIGHT: f64 = 170.0;
const TOP: f64 = 26.0;
const AXIS: f64 = 36.0;
/// Cue words named per period in the table.
const CUES_PER_PERIOD: usize = 3;

/// One period of the chart.
#[derive(Debug, Clone)]
pub struct TonePeriod {
    /// "Nov 2022", "Q4 2022", "2022".
    pub label: String,
    /// The view of this period.
    pub href: String,
    pub cooperative: usize,
    pub conflictual: usize,
    pub neutral: usize,
    /// Cooperative less conflictual, signed for people ("+2", "−3", "0").
    pub balance: String,
    /// The cue words that decided its events, most frequent first.
    pub cues: String,
    /// Left edge and width of its bars, in drawing units.
    pub x: String,
    pub width: String,
    /// The cooperative bar: top and height.
    pub up_y: String,
    pub up_height: String,
    /// The conflictual bar: top (the middle line) and height.
    pub down_height: String,
}

/// The chart, ready to render.
#[derive(Debug, Clone)]
pub struct ToneChart {
    /// Prefix of the element ids, unique on the page.
    pub id: &'static str,
    /// "Relations with the CSTO and Russia per quarter, 2020 – 2023".
    pub title: String,
    /// A sentence for people who cannot see the chart.
    pub summary: String,
    /// "Month", "Quarter" or "Year".
    pub step_title: &'static str,
    pub periods: Vec<TonePeriod>,
    pub ticks: Vec<Tick>,
    pub view_box: String,
    pub width: String,
    /// The y of the middle line, the top line and the bottom line.
    pub middle: String,
    pub top: String,
    pub bottom: String,
    /// From the top line to the bottom line: the height of a period's link.
    pub reach: String,
    pub label_y: String,
    /// The largest count either way, labelled at the top and the bottom.
    pub max: usize,
}

/// Draws the temperature of `events` (in any order) for `view`; `None`
/// when none of them is about the relationship.
pub fn tone_chart(
    events: &[&Event],
    store: &Store,
    view: &View,
    urls: &Urls,
    id: &'static str,
) -> Option<ToneChart> {
    let readings: Vec<(&Event, &crate::analysis::ToneReading)> = events
        .iter()
        .filter_map(|e| Some((*e, &store.insight(e)?.tone)))
        .filter(|(_, t)| t.about)
        .collect();
    let about: Vec<&Event> = readings.iter().map(|(e, _)| *e).collect();
    let (step, start, end) = chart::layout(&about)?;
    let n = (end - start + 1) as usize;
    #[derive(Default, Clone)]
    struct Counts<'a> {
        by_tone: [usize; 3],
        cues: HashMap<&'a str, usize>,
    }
    let mut counts: Vec<Counts> = vec![Counts::default(); n];
    let mut imprecise = 0;
    for (event, reading) in &readings {
        let a = period(step, event.date.first_day());
        if a != period(step, event.date.last_day()) {
            imprecise += 1;
            continue;
        }
        let slot = &mut counts[(a - start) as usize];
        let t = Tone::ALL
            .iter()
            .position(|t| *t == reading.tone)
            .unwrap_or(1);
        slot.by_tone[t] += 1;
        if let Some(cue) = reading.cue() {
            *slot.cues.entry(cue.words.as_str()).or_default() += 1;
        }
    }
    let max = counts
        .iter()
        .map(|c| c.by_tone[0].max(c.by_tone[2]))
        .max()
        .unwrap_or(0);
    let slot = WIDTH / n as f64;
    let gap = if slot > 6.0 {
        (slot * 0.18).min(6.0)
    } else {
        0.5
    };
    let half = (HEIGHT - AXIS - TOP) / 2.0;
    let middle = TOP + half;
    let scale = |count: usize| {
        if count == 0 {
            0.0
        } else {
            (count as f64 / max.max(1) as f64 * half).max(2.0)
        }
    };
    let mut periods = Vec::new();
    let (mut warm, mut cold) = (0, 0);
    for (i, c) in counts.iter().enumerate() {
        let [cooperative, neutral, conflictual] = c.by_tone;
        warm += cooperative;
        cold += conflictual;
        if cooperative + neutral + conflictual == 0 {
            continue;
        }
        let Some((from, to, label)) = period_dates(step, start + i as i64) else {
            continue;
        };
        let mut zoom = view.first_page();
        zoom.query.from = Some(from);
        zoom.query.to = Some(to);
        let mut cues: Vec<(&str, usize)> = c.cues.iter().map(|(w, n)| (*w, *n)).collect();
        cues.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let cues = cues
            .iter()
            .take(CUES_PER_PERIOD)
            .map(|(w, n)| {
                if *n > 1 {
                    format!("“{w}” ×{n}")
                } else {
                    format!("“{w}”")
                }
            })
            .collect::<Vec<_>>()
            .join(", ");
        let balance = cooperative as i64 - conflictual as i64;
        let up = scale(cooperative);
        periods.push(TonePeriod {
            label,
            href: urls.view(&zoom),
            cooperative,
            conflictual,
            neutral,
            balance: match balance {
                b if b > 0 => format!("+{b}"),
                b if b < 0 => format!("−{}", -b),
                _ => "0".into(),
            },
            cues,
            x: num(i as f64 * slot + gap / 2.0),
            width: num((slot - gap).max(1.0)),
            up_y: num(middle - up),
            up_height: num(up),
            down_height: num(scale(conflictual)),
        });
    }
    let range = format::span(
        period_dates(step, start).map(|p| p.0)?,
        period_dates(step, end).map(|p| p.1)?,
    );
    let mut summary = format!(
        "Of the events about Armenia’s relations with the CSTO and Russia, {} read cooperative and {} conflictual, by {}, {range}.",
        warm,
        cold,
        step.noun()
    );
    if let Some(coldest) = periods
        .iter()
        .filter(|p| p.conflictual > p.cooperative)
        .max_by_key(|p| {
            (
                p.conflictual - p.cooperative,
                std::cmp::Reverse(p.label.clone()),
            )
        })
    {
        summary.push_str(&format!(
            " The coldest {} is {} ({} conflictual, {} cooperative).",
            step.noun(),
            coldest.label,
            coldest.conflictual,
            coldest.cooperative
        ));
    }
    if imprecise > 0 {
        summary.push_str(&format!(
            " {} dated less precisely than a {} {} not drawn.",
            format::count(imprecise, "event", "events"),
            step.noun(),
            if imprecise == 1 { "is" } else { "are" }
        ));
    }
    Some(ToneChart {
        id,
        title: format!(
            "Relations with the CSTO and Russia per {}, {range}",
            step.noun()
        ),
        summary,
        step_title: match step.noun() {
            "month" => "Month",
            "quarter" => "Quarter",
            _ => "Year",
        },
        periods,
        ticks: chart::ticks(step, start, n, slot),
        view_box: format!("0 0 {} {}", num(WIDTH), num(HEIGHT)),
        width: num(WIDTH),
        middle: num(middle),
        top: num(TOP),
        bottom: num(middle + half),
        reach: num(2.0 * half),
        label_y: num(HEIGHT - AXIS + 27.0),
        max,
    })
}
