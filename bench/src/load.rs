//! Closed-loop (N workers, each sending as soon as it has an answer) and open-loop (a fixed
//! rate, latency measured from each request's scheduled start) runners.

use std::{
    future::Future,
    sync::Arc,
    time::{Duration, Instant},
};

use hdrhistogram::Histogram;
use tokio::sync::Mutex;

pub struct Outcome {
    pub ops: u64,
    pub errors: u64,
    pub elapsed: Duration,
    pub latency: Histogram<u64>,
}

impl Outcome {
    pub fn per_second(&self) -> f64 {
        self.ops as f64 / self.elapsed.as_secs_f64()
    }

    pub fn p(&self, quantile: f64) -> f64 {
        self.latency.value_at_quantile(quantile) as f64 / 1000.0
    }
}

fn histogram() -> Histogram<u64> {
    Histogram::new_with_bounds(1, 60_000_000, 3).expect("valid histogram bounds")
}

/// `make_op(worker)` builds one worker's operation; each call of it is one measured op.
pub async fn closed<W, F, Fut>(concurrency: usize, duration: Duration, make_worker: W) -> Outcome
where
    W: Fn(usize) -> F,
    F: FnMut() -> Fut + Send + 'static,
    Fut: Future<Output = anyhow::Result<()>> + Send,
{
    let started = Instant::now();
    let deadline = started + duration;
    let mut handles = Vec::new();
    for worker in 0..concurrency {
        let mut op = make_worker(worker);
        handles.push(tokio::spawn(async move {
            let (mut latency, mut ops, mut errors) = (histogram(), 0u64, 0u64);
            while Instant::now() < deadline {
                let t = Instant::now();
                match op().await {
                    Ok(()) => {
                        ops += 1;
                        latency.saturating_record(t.elapsed().as_micros() as u64);
                    }
                    Err(_) => errors += 1,
                }
            }
            (latency, ops, errors)
        }));
    }
    let mut total = Outcome {
        ops: 0,
        errors: 0,
        elapsed: Duration::ZERO,
        latency: histogram(),
    };
    for handle in handles {
        let (latency, ops, errors) = handle.await.expect("a load worker panicked");
        total.latency.add(latency).expect("same histogram bounds");
        total.ops += ops;
        total.errors += errors;
    }
    total.elapsed = started.elapsed();
    total
}

/// Sends `rate` requests a second for `duration`, from a pool of `workers` operations.
pub async fn open<F, Fut>(rate: f64, duration: Duration, workers: Vec<F>) -> Outcome
where
    F: FnMut() -> Fut + Send + 'static,
    Fut: Future<Output = anyhow::Result<()>> + Send,
{
    let interval = Duration::from_secs_f64(1.0 / rate.max(0.1));
    let pool = Arc::new(Mutex::new(workers));
    let results = Arc::new(Mutex::new((histogram(), 0u64, 0u64)));
    let started = Instant::now();
    let mut tasks = Vec::new();
    let mut scheduled = started;
    while scheduled < started + duration {
        tokio::time::sleep_until(scheduled.into()).await;
        let (pool, results, at) = (pool.clone(), results.clone(), scheduled);
        tasks.push(tokio::spawn(async move {
            // Waiting for a free connection counts: that is what an open loop measures.
            let mut op = loop {
                if let Some(op) = pool.lock().await.pop() {
                    break op;
                }
                tokio::time::sleep(Duration::from_millis(1)).await;
            };
            let ok = op().await.is_ok();
            let micros = at.elapsed().as_micros() as u64;
            pool.lock().await.push(op);
            let mut r = results.lock().await;
            if ok {
                r.0.saturating_record(micros);
                r.1 += 1;
            } else {
                r.2 += 1;
            }
        }));
        scheduled += interval;
    }
    for task in tasks {
        let _ = task.await;
    }
    let (latency, ops, errors) = std::mem::replace(&mut *results.lock().await, (histogram(), 0, 0));
    Outcome {
        ops,
        errors,
        elapsed: started.elapsed(),
        latency,
    }
}
