//! Outgoing email through lettre: the file transport (one `.eml` per message in `email.dir`,
//! the default) or SMTP. Messages come from `templates`, in the recipient's language.

pub mod account_templates;
mod html;
pub mod templates;

use lettre::{
    AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{Mailbox, MultiPart},
    transport::smtp::authentication::Credentials,
};
use secrecy::ExposeSecret;

use crate::config::EmailSettings;
pub use templates::{Lang, Mail};

#[derive(Debug, thiserror::Error)]
pub enum EmailError {
    #[error("email.from `{0}` is not an address")]
    InvalidFrom(String),
    #[error("`{0}` is not an address")]
    InvalidRecipient(String),
    #[error("cannot build the message: {0}")]
    Build(#[from] lettre::error::Error),
    #[error("cannot set up SMTP to {host}: {source}")]
    SmtpSetup {
        host: String,
        source: lettre::transport::smtp::Error,
    },
    #[error("SMTP delivery failed: {0}")]
    Smtp(#[from] lettre::transport::smtp::Error),
    #[error("writing the message to {dir} failed: {source}")]
    File {
        dir: String,
        source: lettre::transport::file::Error,
    },
}

enum Transport {
    File {
        dir: String,
        transport: AsyncFileTransport<Tokio1Executor>,
    },
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

#[derive(Clone)]
pub struct Mailer {
    from: Mailbox,
    transport: std::sync::Arc<Transport>,
}

impl Mailer {
    pub fn new(settings: &EmailSettings) -> Result<Self, EmailError> {
        let from: Mailbox = settings
            .from
            .parse()
            .map_err(|_| EmailError::InvalidFrom(settings.from.clone()))?;
        let transport = if settings.transport == "smtp" {
            let host = settings.smtp_host.as_str();
            let setup = |source| EmailError::SmtpSetup {
                host: host.to_owned(),
                source,
            };
            let mut builder = match settings.smtp_tls.as_str() {
                "tls" => AsyncSmtpTransport::<Tokio1Executor>::relay(host).map_err(setup)?,
                "starttls" => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(host).map_err(setup)?,
                // Plain SMTP: only for a relay on the same host or a trusted network.
                _ => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host),
            }
            .port(settings.smtp_port)
            .timeout(Some(std::time::Duration::from_secs(20)));
            if let (Some(user), Some(password)) = (&settings.smtp_username, &settings.smtp_password) {
                builder = builder.credentials(Credentials::new(user.clone(), password.expose_secret().to_owned()));
            }
            Transport::Smtp(builder.build())
        } else {
            Transport::File {
                dir: settings.dir.clone(),
                transport: AsyncFileTransport::new(&settings.dir),
            }
        };
        Ok(Self {
            from,
            transport: std::sync::Arc::new(transport),
        })
    }

    /// Sends now and reports the outcome (the CLI uses it).
    pub async fn send(&self, to: &str, mail: &Mail) -> Result<(), EmailError> {
        let recipient: Mailbox = to.parse().map_err(|_| EmailError::InvalidRecipient(to.to_owned()))?;
        // The sender's display name is the deployment's: what users know the service as.
        let app_name = self.from.name.as_deref().unwrap_or("Gatehouse");
        let html = html::render(mail.lang, app_name, &mail.subject, &mail.body);
        let message = Message::builder()
            .from(self.from.clone())
            .to(recipient)
            .subject(mail.subject.clone())
            .multipart(MultiPart::alternative_plain_html(mail.body.clone(), html))?;
        match &*self.transport {
            Transport::File { dir, transport } => {
                tokio::fs::create_dir_all(dir).await.ok();
                transport.send(message).await.map_err(|source| EmailError::File {
                    dir: dir.clone(),
                    source,
                })?;
            }
            Transport::Smtp(transport) => {
                transport.send(message).await?;
            }
        }
        Ok(())
    }

    /// Sends after the answer has gone: how long delivery takes must not tell a caller whether
    /// a message was sent at all (an account exists or not).
    pub fn send_in_background(&self, to: String, mail: Mail) {
        let mailer = self.clone();
        // In the request's span still, so that its lines name the request.
        let sending = async move {
            match mailer.send(&to, &mail).await {
                Ok(()) => tracing::info!(kind = mail.kind, "email sent"),
                Err(e) => tracing::warn!(kind = mail.kind, error = %e, "email not sent"),
            }
        };
        tokio::spawn(tracing::Instrument::in_current_span(sending));
    }
}
