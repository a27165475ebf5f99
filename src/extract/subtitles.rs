//! Subtitles saved as text: a video's captions exported as an SRT or a
//! WebVTT file number each cue, give it the times it is shown between
//! ("00:00:08,900 --> 00:00:12,700") and break a sentence across two or
//! three cues ("met here in Yerevan today, and their host refused to sign"
//! / "the declaration they had come to adopt."). Read line by line, every
//! cue would be a paragraph and each piece of a sentence a sentence.
//! Before its layout is read, such a text has its cue numbers and times
//! dropped, its sound cues ("[MUSIC]") too, and the words of its cues
//! joined into paragraphs: a new one where a speaker's label opens a cue
//! ("REPORTER: ..."), as a transcript's turn opens one.

/// How many cue times a text must hold to be taken for subtitles: a story
/// may quote one time range, not several.
const MIN_CUES: usize = 3;

/// The text with its subtitles' cues joined into paragraphs, or `None`
/// when it holds no subtitles. What stands before the first cue (a page's
/// header, the file's name) is kept as it is.
pub(crate) fn joined(text: &str) -> Option<String> {
    // Every cue time holds an arrow: most texts are let go at once.
    if !text.contains("-->") {
        return None;
    }
    let lines: Vec<&str> = text
        .split('\n')
        .map(|line| line.strip_suffix('\r').unwrap_or(line))
        .collect();
    let first_cue = lines.iter().position(|line| is_cue_time(line))?;
    if lines.iter().filter(|line| is_cue_time(line)).count() < MIN_CUES {
        return None;
    }
    // The cue number above the first time belongs to the cues.
    let header_end = match first_cue.checked_sub(1) {
        Some(number) if is_cue_number(lines[number]) => number,
        _ => first_cue,
    };
    let mut out = String::with_capacity(text.len());
    for line in &lines[..header_end] {
        out.push_str(line);
        out.push('\n');
    }
    let mut paragraph = String::new();
    let close = |paragraph: &mut String, out: &mut String| {
        if !paragraph.is_empty() {
            out.push('\n');
            out.push_str(paragraph);
            out.push('\n');
            paragraph.clear();
        }
    };
    for (at, line) in lines.iter().enumerate().skip(header_end) {
        let line = line.trim();
        let numbers_a_cue = is_cue_number(line)
            && lines
                .get(at + 1)
                .is_some_and(|next| is_cue_time(next.trim()));
        if line.is_empty() || numbers_a_cue || is_cue_time(line) || line == "WEBVTT" {
            continue;
        }
        if is_sound_cue(line) {
            continue;
        }
        if opens_with_label(line) {
            close(&mut paragraph, &mut out);
        }
        if !paragraph.is_empty() {
            paragraph.push(' ');
        }
        paragraph.push_str(line);
    }
    close(&mut paragraph, &mut out);
    Some(out)
}

/// "00:00:08,900 --> 00:00:12,700" (SRT) or "00:08.900 --> 00:12.700"
/// (WebVTT), perhaps with a WebVTT cue's settings after it.
fn is_cue_time(line: &str) -> bool {
    let Some((from, to)) = line.trim().split_once("-->") else {
        return false;
    };
    let to = to.split_whitespace().next().unwrap_or("");
    is_time(from.trim()) && is_time(to)
}

/// "00:00:08,900", "00:08.900": hours, minutes and seconds (hours may be
/// left out), and the milliseconds after a comma or a dot.
fn is_time(text: &str) -> bool {
    let Some((clock, millis)) = text.rsplit_once([',', '.']) else {
        return false;
    };
    let parts: Vec<&str> = clock.split(':').collect();
    (2..=3).contains(&parts.len())
        && parts
            .iter()
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
        && millis.len() == 3
        && millis.bytes().all(|b| b.is_ascii_digit())
}

fn is_cue_number(line: &str) -> bool {
    let line = line.trim();
    !line.is_empty() && line.len() <= 6 && line.bytes().all(|b| b.is_ascii_digit())
}

/// "[MUSIC]", "[MUSIC FADES]", "(APPLAUSE)": a sound, not words said.
fn is_sound_cue(line: &str) -> bool {
    let bracketed = (line.starts_with('[') && line.ends_with(']'))
        || (line.starts_with('(') && line.ends_with(')'));
    bracketed && !line.chars().any(char::is_lowercase)
}

/// "REPORTER: At the open part ...", "PASHINYAN (interpreter's voice):
/// ...", "- Good evening.": a cue that opens a speaker's turn.
fn opens_with_label(line: &str) -> bool {
    if line.starts_with("- ") || line.starts_with("– ") {
        return true;
    }
    let Some((label, _)) = line.split_once(": ") else {
        return false;
    };
    let name = label.split(" (").next().unwrap_or(label);
    !name.is_empty()
        && name.split_whitespace().count() <= 3
        && name.chars().any(char::is_alphabetic)
        && !name.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_are_joined_into_the_turns_of_their_speakers() {
        let text = "Evening News · Subtitles\n\n1\n00:00:00,000 --> 00:00:04,100\n[MUSIC]\n\n\
                    2\n00:00:04,200 --> 00:00:08,800\nANCHOR: The leaders met here in Yerevan today,\n\n\
                    3\n00:00:08,900 --> 00:00:12,700\nand their host refused to sign.\n\n\
                    4\n00:00:12,800 --> 00:00:16,400\nREPORTER: Pashinyan told his guests\n\n\
                    5\n00:00:16,500 --> 00:00:20,900\nthat he would not sign.\n";
        let joined = joined(text).unwrap();
        assert_eq!(
            joined,
            "Evening News · Subtitles\n\n\
             \nANCHOR: The leaders met here in Yerevan today, and their host refused to sign.\n\
             \nREPORTER: Pashinyan told his guests that he would not sign.\n"
        );
    }

    #[test]
    fn a_story_quoting_one_time_range_is_no_subtitles() {
        let text = "The clip (00:00:08,900 --> 00:00:12,700) shows the hall.\n\nThe leaders met.";
        assert!(joined(text).is_none());
    }
}
