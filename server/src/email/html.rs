//! The HTML part of a message, made from its plain text so that both always say the same:
//! paragraphs, the code set large, links as links. No images, no remote content: nothing a
//! mail client would block or that tells a sender the message was opened.

use super::templates::Lang;

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A line's words, with http(s) URLs made links.
fn line(text: &str) -> String {
    text.split(' ')
        .map(|word| {
            if word.starts_with("https://") || word.starts_with("http://") {
                let url = escape(word);
                format!("<a href=\"{url}\" style=\"color:#1d4ed8\">{url}</a>")
            } else {
                escape(word)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn paragraph(text: &str) -> String {
    let text = text.trim();
    if !text.is_empty() && text.len() <= 12 && text.chars().all(|c| c.is_ascii_digit()) {
        return format!(
            "<p style=\"font-size:28px;font-weight:bold;letter-spacing:6px;font-family:monospace;margin:24px 0\">{text}</p>"
        );
    }
    let lines: Vec<String> = text.lines().map(line).collect();
    format!("<p style=\"margin:0 0 16px\">{}</p>", lines.join("<br>"))
}

/// The whole HTML document of a message.
pub fn render(lang: Lang, app_name: &str, subject: &str, text: &str) -> String {
    let body: String = text
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(paragraph)
        .collect();
    let (app_name, subject) = (escape(app_name), escape(subject));
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width\"><title>{subject}</title></head>\
         <body style=\"margin:0;padding:24px;background:#f4f4f5;font-family:system-ui,sans-serif;color:#18181b\">\
         <div style=\"max-width:560px;margin:0 auto;background:#fff;border-radius:8px;padding:32px\">\
         <p style=\"margin:0 0 24px;font-size:14px;font-weight:600;color:#52525b\">{app_name}</p>\
         <h1 style=\"margin:0 0 24px;font-size:20px\">{subject}</h1>{body}</div></body></html>\n",
        lang = lang.tag()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_html_says_what_the_text_says() {
        let html = render(
            Lang::Fr,
            "Acme <ID>",
            "Votre code",
            "Votre code est :\n\n123456\n\nSuivez https://id.example.com/register?invitation=a&b\n",
        );
        assert!(html.contains("<html lang=\"fr\">"));
        assert!(html.contains("Acme &lt;ID&gt;"));
        assert!(html.contains(">123456</p>"));
        assert!(html.contains("<a href=\"https://id.example.com/register?invitation=a&amp;b\""));
    }
}
