//! What commands print (text, or one JSON document with `--json`) and how they exit.

use serde_json::Value;

/// A command's refusal or failure, with its stable dotted code. The exit status tells a script
/// its kind without parsing the message.
#[derive(Debug, thiserror::Error)]
#[error("{message} ({code})")]
pub struct CommandError {
    code: &'static str,
    message: String,
}

/// Exit statuses: 0 done, 1 failure (database, I/O, a bug), 2 invalid input (also clap's
/// status for a bad command line), 3 not found, 4 already exists.
pub const FAILURE: u8 = 1;
pub const INVALID_INPUT: u8 = 2;
pub const NOT_FOUND: u8 = 3;
pub const ALREADY_EXISTS: u8 = 4;

impl CommandError {
    pub fn new(code: &'static str, message: impl ToString) -> Self {
        Self {
            code,
            message: message.to_string(),
        }
    }

    fn exit_status(&self) -> u8 {
        if self.code.starts_with("internal.") {
            FAILURE
        } else if self.code.ends_with("not_found") {
            NOT_FOUND
        } else if self.code.ends_with("_taken") || self.code.ends_with("already_exists") {
            ALREADY_EXISTS
        } else {
            INVALID_INPUT
        }
    }
}

/// The process's exit status for an error that ended a command.
pub fn exit_status(error: &anyhow::Error) -> u8 {
    error
        .downcast_ref::<CommandError>()
        .map_or(FAILURE, CommandError::exit_status)
}

/// Prints either the JSON document or the text lines of a result.
#[derive(Clone, Copy)]
pub struct Output {
    pub json: bool,
}

impl Output {
    pub fn emit(self, value: &Value, text: impl FnOnce()) {
        if self.json {
            println!("{value}");
        } else {
            text();
        }
    }
}

/// RFC 3339 or null.
pub fn time(t: Option<chrono::DateTime<chrono::Utc>>) -> Value {
    t.map_or(Value::Null, |t| Value::String(t.to_rfc3339()))
}
