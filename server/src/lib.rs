//! Gatehouse: a self-hosted, headless OpenID Connect provider with a JSON Experience API.

pub mod app;
pub mod cli;
pub mod config;
pub mod crypto;
pub mod domain;
pub mod email;
pub mod http;
pub mod service;
pub mod state;
pub mod storage;
pub mod telemetry;
