//! Measured time, for the lessons that show how long something takes: `performance.now()` in
//! the browser, the standard library's monotonic clock elsewhere (tests).

/// Milliseconds on a monotonic clock (only differences mean anything).
pub fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
        START.get_or_init(std::time::Instant::now).elapsed().as_secs_f64() * 1e3
    }
}

/// How long one call of `work` takes: it runs at least once and again until `budget_ms` have
/// passed, and the mean is returned with the number of calls. (Browsers round `performance.now()`
/// to 0.1 ms or coarser, so a fast call is timed over many.)
pub fn mean_ms(budget_ms: f64, mut work: impl FnMut()) -> Timing {
    let start = now_ms();
    let mut calls = 0;
    loop {
        work();
        calls += 1;
        let elapsed = now_ms() - start;
        if elapsed >= budget_ms {
            return Timing { ms: elapsed / calls as f64, calls };
        }
    }
}

/// The mean time of one call and how many calls it was measured over.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct Timing {
    /// Milliseconds per call.
    pub ms: f64,
    /// Calls timed.
    pub calls: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_call_is_timed_over_as_many_calls_as_the_budget_takes() {
        let mut count = 0;
        // A budget long enough that a busy machine cannot make one trivial call take it all.
        let timing = mean_ms(50.0, || count += 1);
        assert_eq!(timing.calls, count);
        assert!(timing.calls > 1 && timing.ms > 0.0 && timing.ms * timing.calls as f64 >= 50.0, "{timing:?}");
        let slow = mean_ms(0.0, || std::thread::sleep(std::time::Duration::from_millis(3)));
        assert_eq!(slow.calls, 1);
        assert!(slow.ms >= 3.0);
    }
}
