//! Errors at the HTTP boundary. The client sees a short message naming the
//! bad value and what would be accepted; the log sees the cause.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::params::Problem;

/// An error answered as JSON: `{"error": ..., "hint": ...}`.
#[derive(Debug, Clone, Serialize)]
pub struct ApiError {
    #[serde(skip)]
    pub status: StatusCode,
    pub error: String,
    pub hint: String,
}

impl ApiError {
    pub fn bad_request(problems: &[Problem]) -> ApiError {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            error: problems
                .iter()
                .map(|p| p.message.as_str())
                .collect::<Vec<_>>()
                .join("; "),
            hint: problems
                .iter()
                .map(|p| p.hint.as_str())
                .collect::<Vec<_>>()
                .join("; "),
        }
    }

    pub fn not_found(what: &str, value: &str, hint: &str) -> ApiError {
        ApiError {
            status: StatusCode::NOT_FOUND,
            error: format!("no {what} {value:?}"),
            hint: hint.to_string(),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(self)).into_response()
    }
}
