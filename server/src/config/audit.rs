//! `[audit]`: the audit log of security events.

use serde::{Deserialize, Serialize};

use super::Span;

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct AuditSettings {
    /// Events older than this are deleted by every instance's hourly purge (and by
    /// `gatehouse audit purge`).
    pub retention: Span,
}

impl Default for AuditSettings {
    fn default() -> Self {
        Self {
            retention: Span::from_secs(90 * 24 * 3600),
        }
    }
}
