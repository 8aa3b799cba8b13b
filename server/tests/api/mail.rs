//! Reading what the file transport delivered, as a relying party or an operator would: one
//! `.eml` per message in `email.dir`.

use base64::{Engine, engine::general_purpose::STANDARD};

use crate::helpers::TestApp;

#[derive(Debug, Clone)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    /// The text/plain part.
    pub body: String,
    /// The text/html part beside it, if any.
    pub html: Option<String>,
}

fn decode_quoted_printable(text: &str) -> String {
    let mut bytes = Vec::new();
    let raw = text.replace("=\r\n", "").replace("=\n", "");
    let mut chars = raw.bytes().peekable();
    while let Some(b) = chars.next() {
        if b == b'=' {
            let hi = chars.next().unwrap_or(b'0');
            let lo = chars.next().unwrap_or(b'0');
            let hex = [hi, lo];
            bytes.push(u8::from_str_radix(std::str::from_utf8(&hex).unwrap(), 16).unwrap_or(b'?'));
        } else {
            bytes.push(b);
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn header<'a>(head: &'a str, name: &str) -> Option<&'a str> {
    head.lines().find_map(|l| {
        let (key, value) = l.split_once(':')?;
        key.eq_ignore_ascii_case(name).then(|| value.trim())
    })
}

/// A part's head and decoded body.
fn part(raw: &str) -> (String, String) {
    let (head, body) = raw.split_once("\n\n").unwrap_or((raw, ""));
    let head = head.replace("\n ", " ").replace("\n\t", " ");
    let body = match header(&head, "Content-Transfer-Encoding") {
        Some("quoted-printable") => decode_quoted_printable(body),
        Some("base64") => String::from_utf8(STANDARD.decode(body.replace('\n', "")).unwrap()).unwrap(),
        _ => body.to_owned(),
    };
    (head, body)
}

pub fn parse(raw: &str) -> Mail {
    let raw = raw.replace("\r\n", "\n");
    let (head, body) = part(&raw);
    let content_type = header(&head, "Content-Type").unwrap_or("text/plain").to_owned();
    let (text, html) = match content_type.split_once("boundary=") {
        Some((_, boundary)) if content_type.starts_with("multipart/") => {
            let boundary = format!("--{}", boundary.trim_matches('"'));
            let mut text = String::new();
            let mut html = None;
            for raw_part in body.split(boundary.as_str()).skip(1) {
                let (part_head, part_body) = part(raw_part.trim_start_matches('\n'));
                match header(&part_head, "Content-Type") {
                    Some(t) if t.starts_with("text/plain") => text = part_body,
                    Some(t) if t.starts_with("text/html") => html = Some(part_body),
                    _ => {}
                }
            }
            (text, html)
        }
        _ => (body, None),
    };
    Mail {
        to: header(&head, "To").unwrap_or_default().to_owned(),
        subject: header(&head, "Subject").unwrap_or_default().to_owned(),
        body: text,
        html,
    }
}

/// The first run of 6 digits on a line of its own.
pub fn code_in(mail: &Mail) -> String {
    mail.body
        .lines()
        .map(str::trim)
        .find(|l| l.len() == 6 && l.bytes().all(|b| b.is_ascii_digit()))
        .unwrap_or_else(|| panic!("no code in {mail:?}"))
        .to_owned()
}

impl TestApp {
    /// Every message delivered so far to `to`, oldest first.
    pub fn mails_to(&self, to: &str) -> Vec<Mail> {
        let Ok(entries) = std::fs::read_dir(&self.settings.email.dir) else {
            return Vec::new();
        };
        let mut files: Vec<_> = entries
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
            .map(|e| (e.metadata().unwrap().modified().unwrap(), e.path()))
            .collect();
        files.sort();
        files
            .into_iter()
            .map(|(_, path)| parse(&std::fs::read_to_string(path).unwrap()))
            .filter(|m| m.to.contains(to))
            .collect()
    }

    /// Waits for the `count`th message to `to` (messages are sent after the answer).
    pub async fn wait_for_mail(&self, to: &str, count: usize) -> Mail {
        for _ in 0..100 {
            let mails = self.mails_to(to);
            if mails.len() >= count {
                return mails[count - 1].clone();
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("no message #{count} to {to}");
    }

    /// Gives a message time to arrive, then says how many there are.
    pub async fn mail_count_after_a_while(&self, to: &str) -> usize {
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        self.mails_to(to).len()
    }
}

#[test]
fn decodes_quoted_printable_french() {
    let mail = parse(
        "To: a@b\nSubject: x\nContent-Transfer-Encoding: quoted-printable\n\nVotre code de v=C3=A9rification est=\n :\n\n123456\n",
    );
    assert!(mail.body.contains("vérification est :"));
    assert_eq!(code_in(&mail), "123456");
}
