//! The audit log as stored: stable pages, purges by several instances at once, and the
//! `gatehouse audit` commands.

use chrono::{DateTime, Duration, Utc};
use gatehouse::{
    service::audit::{self, Filter},
    storage::{self, Db},
};
use serde_json::{Value, json};

use crate::{
    audit::{events, insert_at, only, who},
    helpers::{TEST_KEK, TestApp},
};

#[tokio::test]
async fn pages_follow_each_other_whatever_is_added_meanwhile() {
    let app = TestApp::spawn().await;
    let db = &app.state.db;
    let start = Utc::now() - Duration::hours(1);
    // Pairs of events share a time: their ids order them.
    for i in 0..7 {
        insert_at(db, "registration", &format!("old{i}"), start + Duration::seconds(i / 2)).await;
    }
    let mut seen = Vec::new();
    let mut after = None;
    let mut added = 0;
    loop {
        let page = audit::page(db, &Filter::default(), after.clone(), 3).await.unwrap();
        let Some(end) = page.last() else { break };
        after = Some((end.occurred_at, end.id.clone()));
        seen.extend(page.iter().map(|e| e.user_id.clone().unwrap()));
        if added < 3 {
            insert_at(db, "token.revoked", &format!("new{added}"), Utc::now()).await;
            added += 1;
        }
        assert!(seen.len() < 30, "{seen:?}");
    }
    let expected: Vec<String> = (0..7)
        .map(|i| format!("old{i}"))
        .chain((0..3).map(|i| format!("new{i}")))
        .collect();
    assert_eq!(seen, expected);
    let all: Vec<String> = audit::page(db, &Filter::default(), None, 100)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.user_id.unwrap())
        .collect();
    assert_eq!(all, expected);

    let by_kind = Filter {
        kind: Some("token.revoked".into()),
        ..Filter::default()
    };
    assert_eq!(audit::page(db, &by_kind, None, 100).await.unwrap().len(), 3);
    let by_user = Filter {
        user_id: Some("old3".into()),
        ..Filter::default()
    };
    assert_eq!(audit::page(db, &by_user, None, 100).await.unwrap().len(), 1);
    let recent = Filter {
        since: Some(start + Duration::minutes(30)),
        ..Filter::default()
    };
    assert_eq!(audit::page(db, &recent, None, 100).await.unwrap().len(), 3);
    let latest = audit::latest(db, &Filter::default(), 2).await.unwrap();
    let latest: Vec<_> = latest.iter().map(|e| e.user_id.as_deref().unwrap()).collect();
    assert_eq!(latest, ["new1", "new2"]);
}

/// Purges batch after batch until nothing old is left: the rows this connection deleted.
async fn purge_all(db: Db, cutoff: DateTime<Utc>) -> u64 {
    let mut total = 0;
    loop {
        match storage::audit::purge_before(&db, cutoff, 7).await.unwrap() {
            0 => return total,
            deleted => total += deleted,
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_purging_at_once_delete_each_old_event_once() {
    let app = TestApp::spawn().await;
    let other = app.second_instance().await;
    let db = &app.state.db;
    let now = Utc::now();
    for i in 0..60 {
        insert_at(
            db,
            "sign_in.failed",
            &format!("old{i}"),
            now - Duration::days(10) - Duration::seconds(i),
        )
        .await;
    }
    for i in 0..5 {
        insert_at(db, "sign_in.failed", &format!("recent{i}"), now - Duration::days(1)).await;
    }
    let cutoff = now - Duration::days(5);
    let here = tokio::spawn(purge_all(app.state.db.clone(), cutoff));
    let there = tokio::spawn(purge_all(other.state.db.clone(), cutoff));
    let (here, there) = (here.await.unwrap(), there.await.unwrap());
    assert_eq!(here + there, 60);
    let left = audit::page(db, &Filter::default(), None, 100).await.unwrap();
    assert_eq!(left.len(), 5);
    assert!(left.iter().all(|e| e.user_id.as_deref().unwrap().starts_with("recent")));
}

#[tokio::test]
async fn the_command_line_records_deletions_tails_and_purges_the_log() {
    let app = TestApp::spawn().await;
    let db = &app.state.db;
    let carol = app.create_user("carol", "carol@example.com").await;
    insert_at(db, "sign_in.failed", "someone", Utc::now() - Duration::days(100)).await;
    let deleted = app.run_cli(&["user", "delete", &carol]);
    assert!(deleted.status.success(), "{deleted:?}");
    let event = only(db, "account.deleted").await;
    // No request: no address.
    assert_eq!(who(&event), (Some(carol.as_str()), None, None));
    assert_eq!(event.details, json!({"by": "operator"}));

    let tail = app.run_cli(&["--json", "audit", "tail", "--user", &carol]);
    assert!(tail.status.success(), "{tail:?}");
    let lines: Vec<Value> = String::from_utf8(tail.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["kind"], "account.deleted");
    assert_eq!(lines[0]["user_id"], carol.as_str());
    assert_eq!(lines[0]["details"], json!({"by": "operator"}));
    let unknown = app.run_cli(&["audit", "tail", "--type", "nonsense"]);
    assert_eq!(unknown.status.code(), Some(2));

    let purged = app.run_cli(&["--json", "audit", "purge"]);
    assert!(purged.status.success(), "{purged:?}");
    let purged: Value = serde_json::from_slice(&purged.stdout).unwrap();
    assert_eq!(purged, json!({"deleted": 1}));
    assert!(events(db, "sign_in.failed").await.is_empty());
    assert_eq!(events(db, "account.deleted").await.len(), 1);
}

#[tokio::test]
async fn following_the_log_prints_each_new_event_once() {
    use std::io::{BufRead, BufReader};
    let app = TestApp::spawn().await;
    let db = &app.state.db;
    insert_at(db, "token.revoked", "before", Utc::now() - Duration::minutes(1)).await;
    let config = std::env::temp_dir().join(format!("gatehouse-audit-{}.toml", uuid::Uuid::new_v4().simple()));
    let url = &app.settings.database.url;
    std::fs::write(
        &config,
        format!("[database]\nurl = \"{url}\"\n[secrets]\nkek = \"{TEST_KEK}\"\n"),
    )
    .unwrap();
    let mut child = Killed(
        std::process::Command::new(env!("CARGO_BIN_EXE_gatehouse"))
            .arg("--config")
            .arg(&config)
            .args(["--json", "audit", "tail", "--follow", "--type", "token.revoked"])
            .env("GATEHOUSE__LOG__LEVEL", "error")
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let stdout = child.0.stdout.take().unwrap();
    let (lines, read) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if lines.send(line).is_err() {
                break;
            }
        }
    });
    let read = std::sync::Arc::new(std::sync::Mutex::new(read));
    let next_user = || {
        let read = read.clone();
        async move {
            let line = tokio::task::spawn_blocking(move || {
                read.lock().unwrap().recv_timeout(std::time::Duration::from_secs(30))
            })
            .await
            .unwrap()
            .expect("a line within 30 s");
            serde_json::from_str::<Value>(&line).unwrap()["user_id"].clone()
        }
    };
    assert_eq!(next_user().await, "before");
    for user in ["first", "second"] {
        insert_at(db, "sign_in.failed", "someone else", Utc::now()).await;
        insert_at(db, "token.revoked", user, Utc::now()).await;
        assert_eq!(next_user().await, user);
    }
}

/// A `--follow` that never ends by itself: killed when the test ends, passed or not.
struct Killed(std::process::Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}
