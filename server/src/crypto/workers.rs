//! A fixed set of low-priority threads for argon2, each keeping its argon2 memory between jobs.
//!
//! Why not `spawn_blocking`: argon2 keeps a core busy for milliseconds at a time, and at normal
//! priority the threads that answer every other request wait behind it for a time slice, which
//! made a sign-in wait longer for its cheap steps than for its hash. At nice 10 the kernel lets
//! those threads in at once. Reusing the memory saves the page faults of a fresh allocation per
//! hash, and keeps it from piling up in the allocator's per-thread arenas.

use std::sync::{Arc, Mutex, mpsc};

use argon2::Block;
use tokio::sync::oneshot;

type Job = Box<dyn FnOnce(&mut Vec<Block>) + Send>;

/// Nice value of the hashing threads: below every request thread, still ahead of idle work.
const NICE: i32 = 10;

#[derive(Clone)]
pub struct Workers {
    jobs: mpsc::Sender<Job>,
}

impl Workers {
    /// Starts `count` threads; they end when the last `Workers` clone is dropped.
    pub fn start(count: usize) -> std::io::Result<Self> {
        let (jobs, queue) = mpsc::channel::<Job>();
        let queue = Arc::new(Mutex::new(queue));
        for n in 0..count.max(1) {
            let queue = queue.clone();
            std::thread::Builder::new().name(format!("argon2-{n}")).spawn(move || {
                lower_priority();
                // Allocated by the first job, then reused.
                let mut memory = Vec::new();
                loop {
                    let job = queue.lock().map_err(|_| ()).and_then(|q| q.recv().map_err(|_| ()));
                    match job {
                        Ok(job) => job(&mut memory),
                        Err(()) => break,
                    }
                }
            })?;
        }
        Ok(Self { jobs })
    }

    /// Runs `work` on a hashing thread; `None` when the threads are gone.
    pub async fn run<T: Send + 'static>(&self, work: impl FnOnce(&mut Vec<Block>) -> T + Send + 'static) -> Option<T> {
        let (done, result) = oneshot::channel();
        let job: Job = Box::new(move |memory| {
            let _ = done.send(work(memory));
        });
        self.jobs.send(job).ok()?;
        result.await.ok()
    }
}

fn lower_priority() {
    #[cfg(target_os = "linux")]
    if let Err(e) = rustix::process::setpriority_process(Some(rustix::thread::gettid()), NICE) {
        tracing::debug!(error = %e, "cannot lower the priority of a hashing thread");
    }
}
