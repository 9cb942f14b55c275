//! Test support: goroutines from Rust closures, a keep-alive root set, serialised tests.
#![allow(dead_code)]

use parking_lot::Mutex;
use runtime::{
    ExitInfo, Frame, GoroutineInfo, Marker, RootHandle, RootSet, Runtime, Task, TaskExit, Word,
};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

/// Tests in one binary share the heap; run them one at a time.
pub fn serial() -> parking_lot::MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    LOCK.lock()
}

struct Keep(Mutex<Vec<Word>>);
impl RootSet for Keep {
    fn trace_roots(&self, marker: &mut Marker) {
        for &w in self.0.lock().iter() {
            marker.mark(w);
        }
    }
}

static KEEP: OnceLock<(Arc<Keep>, RootHandle)> = OnceLock::new();

/// Keep `w` reachable for the rest of the test binary.
pub fn keep(w: Word) -> Word {
    let (keep, _) = KEEP.get_or_init(|| {
        let keep = Arc::new(Keep(Mutex::new(Vec::new())));
        let handle = runtime::register_roots(keep.clone());
        (keep, handle)
    });
    keep.0.lock().push(w);
    w
}

/// A goroutine's conservatively scanned "VM stack".
#[derive(Default)]
pub struct Stack(pub Vec<AtomicU64>);

impl Stack {
    pub fn new(n: usize) -> Arc<Stack> {
        Arc::new(Stack((0..n).map(|_| AtomicU64::new(0)).collect()))
    }
    pub fn get(&self, i: usize) -> Word {
        self.0[i].load(Ordering::Relaxed)
    }
    pub fn set(&self, i: usize, w: Word) {
        self.0[i].store(w, Ordering::Relaxed)
    }
}

type Body = Box<dyn FnOnce(&Stack) -> TaskExit + Send>;

/// A goroutine running a Rust closure.
pub struct FnTask {
    name: String,
    body: Option<Body>,
    stack: Arc<Stack>,
}

impl Task for FnTask {
    fn run(&mut self) -> TaskExit {
        let body = self.body.take().expect("run twice");
        let stack = self.stack.clone();
        body(&stack)
    }
    fn trace(&self, marker: &mut Marker) {
        marker.mark_slots(&self.stack.0);
    }
    fn describe(&self) -> GoroutineInfo {
        GoroutineInfo {
            frames: vec![Frame {
                function: format!("{}()", self.name),
                file: "/t/main.go".into(),
                line: 7,
            }],
            created_by: (self.name != "main.main").then(|| Frame {
                function: "main.main()".into(),
                file: "/t/main.go".into(),
                line: 3,
            }),
        }
    }
}

pub fn task(name: &str, f: impl FnOnce(&Stack) -> TaskExit + Send + 'static) -> Box<dyn Task> {
    Box::new(FnTask {
        name: name.to_string(),
        body: Some(Box::new(f)),
        stack: Stack::new(16),
    })
}

/// Spawn a goroutine running `f`.
pub fn go(f: impl FnOnce() + Send + 'static) -> u64 {
    runtime::spawn(task("main.worker", move |_| {
        f();
        TaskExit::Returned
    }))
}

/// Run `f` as main on `procs` workers.
pub fn run(procs: usize, f: impl FnOnce() + Send + 'static) -> ExitInfo {
    Runtime::start(
        procs,
        task("main.main", move |_| {
            f();
            TaskExit::Returned
        }),
    )
}

/// Run and require a clean exit.
pub fn run_ok(procs: usize, f: impl FnOnce() + Send + 'static) {
    let info = run(procs, f);
    assert_eq!(
        info,
        ExitInfo {
            code: 0,
            fatal: None
        }
    );
}
