//! The OpenAPI document as published: poem-openapi's, with each operation's error answers
//! narrowed to the codes its route declares, and the reference page of every code.

use serde_json::{Value, json};

use super::{route_of, routes};
use crate::http::error::ErrorCode;

/// The document `gatehouse export-openapi` writes and `/api/openapi.json` serves.
pub fn document(generated: &str) -> String {
    let mut spec: Value = serde_json::from_str(generated).expect("poem-openapi writes JSON");
    let paths = spec["paths"].as_object_mut().expect("the document has paths");
    for (path, operations) in paths.iter_mut() {
        for (method, operation) in operations.as_object_mut().expect("a path has operations") {
            let method = method.parse().expect("an HTTP method");
            let route = route_of(&method, path)
                .unwrap_or_else(|| panic!("{method} {path} is missing from http::contract::ROUTES"));
            narrow(operation, &route.codes());
        }
    }
    collapse_described_refs(&mut spec);
    spec["components"]["schemas"]["ErrorCode"]["description"] = json!(
        "Every code the API answers; each operation's responses list the ones it may answer, and openapi/error-codes.md what each means."
    );
    serde_json::to_string_pretty(&spec).expect("JSON")
}

/// poem-openapi attaches a field's description to a `$ref` through
/// `allOf: [{$ref}, {description}]`; some generators (openapi-python-client) drop such a schema,
/// and with it every operation that uses it. A plain `$ref` generates everywhere; the field
/// keeps the referenced schema's own description.
fn collapse_described_refs(value: &mut Value) {
    match value {
        Value::Object(map) => {
            let reference = map.get("allOf").and_then(Value::as_array).and_then(|parts| {
                let refs: Vec<&Value> = parts.iter().filter(|p| p.get("$ref").is_some()).collect();
                let only_notes = parts.iter().all(|p| {
                    p.get("$ref").is_some() || p.as_object().is_some_and(|o| o.keys().all(|k| k == "description"))
                });
                (refs.len() == 1 && only_notes).then(|| refs[0].clone())
            });
            if let Some(reference) = reference
                && map.keys().all(|k| k == "allOf" || k == "description")
            {
                *value = reference;
                return;
            }
            map.values_mut().for_each(collapse_described_refs);
        }
        Value::Array(items) => items.iter_mut().for_each(collapse_described_refs),
        _ => {}
    }
}

/// Replaces the operation's error responses by one per status its codes have, each listing
/// its codes (`x-error-codes`) and what they mean.
fn narrow(operation: &mut Value, codes: &[ErrorCode]) {
    let responses = operation["responses"]
        .as_object_mut()
        .expect("an operation has responses");
    let generated: Vec<(String, Value)> = responses
        .iter()
        .filter(|(status, _)| status.starts_with('4') || status.starts_with('5'))
        .map(|(s, r)| (s.clone(), r.clone()))
        .collect();
    responses.retain(|status, _| !(status.starts_with('4') || status.starts_with('5')));
    let mut statuses: Vec<u16> = codes.iter().map(|c| c.status().as_u16()).collect();
    statuses.sort_unstable();
    statuses.dedup();
    for status in statuses {
        let of_status: Vec<ErrorCode> = codes
            .iter()
            .copied()
            .filter(|c| c.status().as_u16() == status)
            .collect();
        let mut response = generated
            .iter()
            .find(|(s, _)| s == &status.to_string())
            .map(|(_, r)| r.clone())
            .unwrap_or_else(
                || json!({"content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}}),
            );
        let lines: Vec<String> = of_status
            .iter()
            .map(|c| format!("- `{}`: {}", c.as_str(), c.meaning()))
            .collect();
        response["description"] = json!(lines.join("\n"));
        response["x-error-codes"] = json!(of_status.iter().map(|c| c.as_str()).collect::<Vec<_>>());
        responses.insert(status.to_string(), response);
    }
}

/// `openapi/error-codes.md`: every code, its status, what it means, and the routes that answer it.
pub fn reference_page() -> String {
    let mut page = String::from(
        "# Error codes\n\n\
         Written by `gatehouse export-openapi` from the server's own table; do not edit. Every \
         error answer of the Experience API is `{code, message, details?}`: key translations \
         and logic on `code` (a UI translates `error.<code>`), never on `message`. Each \
         operation of `openapi/openapi.json` lists the codes it may answer \
         (`x-error-codes`, per status).\n\n\
         | code | status | meaning | answered by |\n|---|---|---|---|\n",
    );
    for code in ErrorCode::ALL {
        let answering: Vec<String> = routes()
            .filter(|r| r.codes().contains(code))
            .map(|r| format!("`{} {}`", r.method.to_uppercase(), r.path))
            .collect();
        let answering = if answering.is_empty() {
            "any path (outside the operations)".to_owned()
        } else if answering.len() == routes().count() {
            "every operation".to_owned()
        } else {
            answering.join(", ")
        };
        page.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            code.as_str(),
            code.status().as_u16(),
            code.meaning().replace('|', "\\|"),
            answering
        ));
    }
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each declared route is an operation of the document, and each operation lists exactly
    /// the codes of its route.
    #[test]
    fn the_document_declares_each_routes_codes() {
        let spec: Value = serde_json::from_str(&crate::http::openapi_json()).unwrap();
        for route in routes() {
            let operation = &spec["paths"][route.path][route.method];
            assert!(
                operation.is_object(),
                "{} {} is not in the document",
                route.method,
                route.path
            );
            let mut listed: Vec<String> = operation["responses"]
                .as_object()
                .unwrap()
                .values()
                .filter_map(|r| r["x-error-codes"].as_array())
                .flatten()
                .map(|c| c.as_str().unwrap().to_owned())
                .collect();
            let mut expected: Vec<String> = route.codes().iter().map(|c| c.as_str()).collect();
            listed.sort();
            expected.sort();
            assert_eq!(listed, expected, "{} {}", route.method, route.path);
        }
    }

    #[test]
    fn the_reference_page_lists_every_code() {
        let page = reference_page();
        for code in ErrorCode::ALL {
            assert!(page.contains(&format!("| `{}` | {} |", code.as_str(), code.status().as_u16())));
        }
    }
}
