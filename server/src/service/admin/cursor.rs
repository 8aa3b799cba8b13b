//! Opaque page cursors: the position of a page's last row, which the next page starts after.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chrono::{DateTime, Utc};

use crate::storage::page::Position;

pub const DEFAULT_LIMIT: u64 = 50;
pub const MAX_LIMIT: u64 = 200;

#[derive(Debug, thiserror::Error)]
#[error("the cursor is not one this API gave")]
pub struct InvalidCursor;

/// Where a page starts and how long it is.
pub struct PageRequest {
    pub after: Option<Position>,
    pub limit: u64,
}

impl PageRequest {
    /// `limit` is clamped to 1..=MAX_LIMIT.
    pub fn parse(cursor: Option<&str>, limit: Option<u64>) -> Result<Self, InvalidCursor> {
        let after = cursor.filter(|c| !c.is_empty()).map(decode).transpose()?;
        Ok(Self {
            after,
            limit: limit.unwrap_or(DEFAULT_LIMIT).clamp(1, MAX_LIMIT),
        })
    }

    /// One more row than asked for tells whether another page follows.
    pub fn fetch(&self) -> u64 {
        self.limit + 1
    }
}

/// One page of rows and the cursor of the next page, if there is one.
pub struct Page<T> {
    pub items: Vec<T>,
    pub next_cursor: Option<String>,
}

impl<T> Page<T> {
    /// `rows` came from a query of `request.fetch()` rows; `position` tells where a row is.
    pub fn of(mut rows: Vec<T>, request: &PageRequest, position: impl Fn(&T) -> Position) -> Self {
        let more = rows.len() as u64 > request.limit;
        rows.truncate(request.limit as usize);
        let next_cursor = more.then(|| rows.last().map(|r| encode(&position(r)))).flatten();
        Self {
            items: rows,
            next_cursor,
        }
    }

    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        Page {
            items: self.items.into_iter().map(f).collect(),
            next_cursor: self.next_cursor,
        }
    }
}

fn encode(position: &Position) -> String {
    let text = format!(
        "{}.{}|{}",
        position.at.timestamp(),
        position.at.timestamp_subsec_nanos(),
        position.id
    );
    URL_SAFE_NO_PAD.encode(text)
}

fn decode(cursor: &str) -> Result<Position, InvalidCursor> {
    let bytes = URL_SAFE_NO_PAD.decode(cursor).map_err(|_| InvalidCursor)?;
    let text = String::from_utf8(bytes).map_err(|_| InvalidCursor)?;
    let (time, id) = text.split_once('|').ok_or(InvalidCursor)?;
    let (secs, nanos) = time.split_once('.').ok_or(InvalidCursor)?;
    let at = DateTime::<Utc>::from_timestamp(
        secs.parse().map_err(|_| InvalidCursor)?,
        nanos.parse().map_err(|_| InvalidCursor)?,
    )
    .ok_or(InvalidCursor)?;
    if id.is_empty() || id.len() > 128 {
        return Err(InvalidCursor);
    }
    Ok(Position { at, id: id.to_owned() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_gives_back_its_position() {
        let position = Position {
            at: DateTime::from_timestamp(1_764_000_000, 123_456_789).unwrap(),
            id: "abc|def".into(),
        };
        assert_eq!(decode(&encode(&position)).unwrap(), position);
    }

    #[test]
    fn a_cursor_not_ours_is_refused() {
        for bad in ["", "%%%", "bm90LWEtY3Vyc29y", &URL_SAFE_NO_PAD.encode("1.x|id")] {
            assert!(decode(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_page_says_whether_another_follows() {
        let request = PageRequest::parse(None, Some(2)).unwrap();
        let at = DateTime::from_timestamp(1, 0).unwrap();
        let position = |id: &&str| Position { at, id: id.to_string() };
        let full = Page::of(vec!["a", "b", "c"], &request, position);
        assert_eq!(full.items, ["a", "b"]);
        assert_eq!(decode(full.next_cursor.as_deref().unwrap()).unwrap().id, "b");
        assert!(Page::of(vec!["a", "b"], &request, position).next_cursor.is_none());
    }
}
